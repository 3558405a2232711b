package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;

/**
 * Issue 14.3: workbooks other programs write are read with the figures Excel's file gives (LibreOffice's
 * .ods, .NET's prefixed namespaces, strict OOXML, .xlsm, inline strings without cell references); valid
 * files of formats we do not read are refused saying what they are and what to do — never "damaged".
 */
class ForeignFilesTest {
    @TempDir
    Path dir;

    static Stream<String> read() {
        return ForeignFiles.READ.keySet().stream();
    }

    static Stream<String> refused() {
        return ForeignFiles.REFUSED.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("read")
    void anAnnexOtherProgramsWroteIsReadWithExcelsFigures(String name) throws Exception {
        Path excel = ForeignFiles.excel(dir);
        ExtractedAnnex expected = Pipeline.extract(excel);
        ExtractedAnnex actual = Pipeline.extract(ForeignFiles.READ.get(name).write(excel, dir));

        assertThat(actual.rejected()).as(String.valueOf(actual.reason())).isFalse();
        assertThat(Pipeline.leaves(actual)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Biểu 01"));
        OpenDocumentTest.assertSameExtraction(expected, actual);
    }

    @org.junit.jupiter.api.Test
    void anInboxOfForeignFilesRunsToTheEndWithOneStatePerFile() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(dir.resolve("inbox"));
        Path excel = ForeignFiles.excel(dir);
        for (var writer : ForeignFiles.READ.values()) writer.write(excel, inbox);
        for (var writer : ForeignFiles.REFUSED.values()) writer.write(excel, inbox);
        Path home = dir.resolve("home");

        int exit = vn.ntp.warehouse.cli.Ntp.run(new String[] {"run", "--inbox", inbox.toString(), "--home", home.toString()});

        assertThat(exit).isZero();
        java.util.Map<String, String> states = new java.util.HashMap<>();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"), readOnly);
             var rs = c.createStatement().executeQuery("select source_file, status, reason_code, reason_finding, reason_vi from submission")) {
            while (rs.next()) {
                assertThat(states.put(rs.getString(1), rs.getString(2))).as(rs.getString(1)).isNull();
                if (!rs.getString(2).equals("rejected")) continue;
                // the ledger keeps the reason raw; the warehouse's words are the catalogue's, as validate shows them
                vn.ntp.warehouse.validate.Finding reason = vn.ntp.warehouse.validate.Finding.fromJson(rs.getString(4));
                assertThat(reason.ruleCode()).isEqualTo(rs.getString(3));
                assertThat(rs.getString(5)).as(rs.getString(1)).isEqualTo(Pipeline.REFERENCE.checks().render(reason).messageVi())
                        .startsWith("Tệp ");
            }
        }
        assertThat(states).hasSize(ForeignFiles.READ.size() + ForeignFiles.REFUSED.size());
        for (String name : ForeignFiles.READ.keySet()) assertThat(states.get(name)).as(name).isIn("loaded", "superseded", "duplicate");
        assertThat(states).containsValue("loaded");
        for (String name : ForeignFiles.REFUSED.keySet()) {
            assertThat(states.get(name)).as(name).isEqualTo("rejected");
            String reason = java.nio.file.Files.readString(home.resolve("quarantine").resolve(name + ".reason.txt"));
            assertThat(reason).as(name).contains("Lý do (").contains("Reason (").containsAnyOf("UNSUPPORTED_FORMAT", "NOT_EXCEL_HTML");
        }
    }

    @ParameterizedTest
    @MethodSource("refused")
    void aValidFileOfAnotherFormatIsRefusedSayingWhatItIs(String name) throws Exception {
        Path file = ForeignFiles.REFUSED.get(name).write(ForeignFiles.excel(dir), dir);
        ExtractedAnnex annex = Pipeline.extract(file);

        assertThat(annex.rejected()).isTrue();
        if (name.equals("web-page.xls")) {
            assertThat(annex.reasonCode()).isEqualTo("NOT_EXCEL_HTML");
            assertThat(Pipeline.reasonVi(annex)).contains("trang HTML").contains("Lưu thành (Save As)");
            return;
        }
        assertThat(annex.reasonCode()).as(String.valueOf(annex.reason())).startsWith("UNSUPPORTED_FORMAT_");
        assertThat(Pipeline.reasonVi(annex)).startsWith("Tệp là ").contains("tệp không hỏng").contains("Vui lòng")
                .doesNotContain("bị hỏng");
        assertThat(Pipeline.reasonEn(annex)).startsWith("A valid file of a format that is not read");
        String what = switch (name) {
            case "binary.xlsb" -> ".xlsb";
            case "report.pdf.xlsx" -> "PDF";
            case "photo.xlsx" -> "ảnh";
            case "letter.docx", "letter.odt" -> "văn bản";
            case "all-communes.zip.xlsx" -> "tệp nén";
            case "budget.numbers" -> "Numbers";
            case "flat.fods" -> ".fods";
            default -> throw new AssertionError(name);
        };
        assertThat(Pipeline.reasonVi(annex)).contains(what);
    }
}
