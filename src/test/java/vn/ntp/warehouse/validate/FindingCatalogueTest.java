package vn.ntp.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One catalogue of findings, jobs/rules/findings.yaml: every code once, with one stage and one severity; every code
 * the code base finds is in it and every entry is found by something; no message of a finding or a refusal is
 * written in Java. (The warehouse's rendering of the same catalogue: CatalogueRenderingTest.)
 */
class FindingCatalogueTest {

    private static final Path MAIN = Path.of("src/main/java/vn/ntp/warehouse");
    /** Where findings and refusals are made (the workbook reader's refusals included: extract/workbook). */
    private static final List<String> FINDING_PACKAGES = List.of("extract", "validate", "batch", "intake", "lake", "warehouse");
    /**
     * A file that makes a finding or a refusal (a workbook the reader refuses included): the places a finding's
     * message could be written. The places that show one (validate, the feedback workbook, the portal) frame the
     * catalogue's words with labels of their own ("Tệp không nạp được: "), which are not findings' messages.
     */
    private static final Pattern MAKES_FINDINGS = Pattern.compile(
            "\\bnew Finding\\(|\\bFinding\\.(of|about)\\(|\\.with\\(\"|ExtractedAnnex\\.rejected\\(|Recognized\\.refused\\("
                    + "|quarantine\\.put\\(|Rejections\\.|ForeignFormats\\.|new UnreadableWorkbookException\\(");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    /** The reader's refusals: a reason alone (Rejections.refuse(Reason.X, null ...)) or a reason and a variant. */
    private static final Pattern REFUSAL = Pattern.compile(
            "refuse\\(Reason\\.([A-Z_]+), null|Rejections\\.(corrupt|unsupported)\\(\"([A-Z0-9_]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ]");

    @TempDir
    Path dir;

    @Test
    void theShippedCatalogueHasEveryCodeOnceWithOneStageAndOneSeverity() {
        FindingCatalogue catalogue = FindingCatalogue.load(Path.of("jobs/rules"));
        List<String> codes = catalogue.all().stream().map(FindingCatalogue.Entry::code).toList();
        assertThat(codes).doesNotHaveDuplicates().contains("SUM_TOTAL_ROW", "RATE_OUT_OF_RANGE", "PERIOD_MISMATCH",
                "COUNTERPART_SHARE", "SAVED_BEFORE_PERIOD", "DUPLICATE_FILE");
        // the contradictions of the two former catalogues are settled: one severity each, found once
        assertThat(catalogue.entry("RATE_OUT_OF_RANGE")).extracting(FindingCatalogue.Entry::stage, FindingCatalogue.Entry::severity)
                .containsExactly(FindingCatalogue.Stage.SHEET, "error");
        assertThat(catalogue.entry("PERIOD_MISMATCH")).extracting(FindingCatalogue.Entry::stage, FindingCatalogue.Entry::severity)
                .containsExactly(FindingCatalogue.Stage.SHEET, "error");
        // each warehouse rule has its query and each query its rule
        Set<String> queries = new TreeSet<>();
        for (Path sql : list(Path.of("sql/rules"))) queries.add(sql.getFileName().toString().replace(".sql", ""));
        assertThat(catalogue.ofStage(FindingCatalogue.Stage.WAREHOUSE)).extracting(FindingCatalogue.Entry::code)
                .containsExactlyInAnyOrderElementsOf(queries);
    }

    @Test
    void aCodeListedTwiceOrWithAnUnknownSeverityOrStageOrNoMessageFailsTheLoad() throws IOException {
        String entry = """
                  SUM_TOTAL_ROW:
                    stage: sheet
                    severity: %s
                    message_vi: "số tổng"
                    message_en: "stated total"
                """;
        assertThatThrownBy(() -> load("findings:\n" + entry.formatted("warning") + entry.formatted("error")))
                .hasMessageContaining("SUM_TOTAL_ROW");
        assertThatThrownBy(() -> load("findings:\n" + entry.formatted("fatal")))
                .hasMessageContaining("SUM_TOTAL_ROW: severity must be one of [error, warning, info], not fatal");
        assertThatThrownBy(() -> load("findings:\n" + entry.formatted("warning").replace("stage: sheet", "stage: lake")))
                .hasMessageContaining("stage must be sheet, submission or warehouse");
        assertThatThrownBy(() -> load("findings:\n" + entry.formatted("warning").replace("    message_en: \"stated total\"\n", "")))
                .hasMessageContaining("message_vi and message_en are both required");
        assertThatThrownBy(() -> load("findings:\n" + entry.formatted("warning").replace("severity", "severty")))
                .hasMessageContaining("severty");
        assertThatThrownBy(() -> FindingCatalogue.load(Path.of("jobs/rules")).render(Finding.of("NO_SUCH_CODE", "", "", "")))
                .hasMessageContaining("Unknown finding code NO_SUCH_CODE");
    }

    @Test
    void everyCodeTheSourcesFindIsInTheCatalogueAndEveryEntryIsFoundBySomething() {
        FindingCatalogue catalogue = FindingCatalogue.load(Path.of("jobs/rules"));
        Set<String> used = new TreeSet<>();
        for (Path file : findingSources()) {
            Matcher refusal = REFUSAL.matcher(read(file));
            while (refusal.find()) {
                if (refusal.group(1) != null) used.add(refusal.group(1));
                else used.add((refusal.group(2).equals("corrupt") ? "CORRUPT_" : "UNSUPPORTED_FORMAT_") + refusal.group(3));
            }
            Matcher code = CODE_LITERAL.matcher(REFUSAL.matcher(read(file)).replaceAll(""));
            while (code.find()) used.add(code.group(1));
        }
        assertThat(used).as("codes in " + FINDING_PACKAGES).allSatisfy(code -> assertThat(catalogue.knows(code)).as(code).isTrue());
        List<String> neverFound = new ArrayList<>();
        for (FindingCatalogue.Entry e : catalogue.all()) {
            if (e.stage() != FindingCatalogue.Stage.WAREHOUSE && !used.contains(e.code())) neverFound.add(e.code());
        }
        assertThat(neverFound).as("catalogue entries no code makes").isEmpty();
    }

    @Test
    void noMessageOfAFindingOrARefusalIsWrittenInJava() {
        List<String> messages = new ArrayList<>();
        for (Path file : sources(List.of(""))) {
            String text = read(file);
            if (!MAKES_FINDINGS.matcher(text).find()) continue;   // progress lines and logs are not findings
            int lineNumber = 0;
            for (String line : text.split("\n", -1)) {
                lineNumber++;
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue;
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    String s = literal.group(1);
                    // a word or two of vocabulary ("trang", "năm", "cả năm") may be joined; a sentence is a message
                    if (VIETNAMESE.matcher(s).find() && s.strip().split("\\s+").length >= 4) {
                        messages.add(MAIN.relativize(file) + ":" + lineNumber + " " + s);
                    }
                }
            }
        }
        assertThat(messages).as("messages belong in jobs/rules/findings.yaml").isEmpty();
    }

    @Test
    void noWarehouseRuleOrFindingModelWritesVietnameseWordsOfItsOwn() {
        // a rule names a measure by the dictionary's word (config_code_word: jobs/dictionary/codes.csv), its sentence is the catalogue's
        Pattern sqlLiteral = Pattern.compile("'((?:[^'\\n]|'')*)'");
        List<String> words = new ArrayList<>();
        for (Path folder : List.of(Path.of("sql/rules"), Path.of("sql/05_findings"))) {
            for (Path sql : list(folder)) {
                int lineNumber = 0;
                for (String line : read(sql).split("\n", -1)) {
                    lineNumber++;
                    String code = line.replaceAll("--.*$", "");
                    Matcher literal = sqlLiteral.matcher(code);
                    while (literal.find()) {
                        if (VIETNAMESE.matcher(literal.group(1)).find()) words.add(sql + ":" + lineNumber + " " + literal.group(1));
                    }
                }
            }
        }
        assertThat(words).as("words belong in jobs/dictionary/codes.csv, sentences in jobs/rules/findings.yaml").isEmpty();
    }

    @Test
    void theCatalogueSitsBelowEveryStageThatFindsOrShowsFindings() {
        // validate/ is the home of the catalogue: extract, batch, warehouse, report and cli import it, never the reverse
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.list(MAIN.resolve("validate"))) {
            files.forEach(f -> read(f).lines()
                    .filter(l -> l.startsWith("import vn.ntp.warehouse.") && !l.startsWith("import vn.ntp.warehouse.config.")
                            && !l.startsWith("import vn.ntp.warehouse.text.") && !l.startsWith("import vn.ntp.warehouse.validate."))
                    .forEach(l -> upward.add(f.getFileName() + ": " + l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void aMessageIsFilledWithTheValuesAsTheirReaderWritesThem() {
        FindingCatalogue catalogue = FindingCatalogue.load(Path.of("jobs/rules"));
        Finding total = new Finding("SUM_TOTAL_ROW", "Biểu 01", "C40", "Tiểu dự án 2", null, "5292.024", "5292.19");
        assertThat(catalogue.render(total)).isEqualTo(new FindingCatalogue.Rendered("SUM_TOTAL_ROW", "warning",
                "Biểu 01!C40: số tổng ghi 5.292,19 khác tổng các phần (5.292,024), chênh 0,166.",
                "Biểu 01!C40: stated total 5,292.19 differs from the sum of its parts 5,292.024 (difference 0.166)."));
        Finding period = new Finding("PERIOD_MISMATCH", "Biểu 01", "A5", "", null, "2024", "Năm 2023").with("title_cell", "A2");
        assertThat(catalogue.render(period).messageVi()).isEqualTo("Biểu 01!A5: kỳ báo cáo \"Năm 2023\" không khớp với năm 2024 "
                + "(tiêu đề A2); số liệu được ghi theo dòng \"Kỳ báo cáo\". Vui lòng sửa cho thống nhất.");
        assertThat(catalogue.line(Finding.about("DUPLICATE_FILE", "a.xlsx", "b.xlsx")))
                .isEqualTo("Tệp trùng nội dung với tệp đã nhận \"a.xlsx\"; không nạp lại.");
        assertThat(MessageTemplate.number("-1234567.1234567", true)).isEqualTo("-1.234.567,123457");
        assertThat(MessageTemplate.number("Năm 2024", true)).isEqualTo("Năm 2024");
        assertThat(Finding.paramsFromJson(period.paramsJson())).isEqualTo(Map.of("title_cell", "A2"));
    }

    private FindingCatalogue load(String yaml) throws IOException {
        Files.writeString(dir.resolve(FindingCatalogue.FILE_NAME), yaml);
        return FindingCatalogue.load(dir);
    }

    private static List<Path> findingSources() {
        return sources(FINDING_PACKAGES);
    }

    private static List<Path> sources(List<String> packages) {
        List<Path> files = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> walk = Files.walk(MAIN.resolve(pkg))) {
                walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
