package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException.Reason;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files that are not readable workbooks are refused with a reason and a message for their sender. */
class RejectionTest {
    @TempDir
    Path tmp;

    private UnreadableWorkbookException refusal(Path file) {
        return refusal(file, ReadLimits.DEFAULT);
    }

    private UnreadableWorkbookException refusal(Path file, ReadLimits limits) {
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new WorkbookReader(limits).read(file, new RecordingVisitor()));
        assertThat(e).as("refused").isNotNull();
        assertThat(RefusalText.vi(e)).isNotBlank();
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(tmp.resolve(name), content);
    }

    private static byte[] sampleXlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = wb.createSheet("Biểu 01").createRow(0);
            for (int i = 0; i < 200; i++) row.createCell(i).setCellValue("Giá trị " + i);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path file = tmp.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(sampleXlsx());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableWorkbookException e = refusal(file);

        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(RefusalText.vi(e)).isEqualTo(
                "Tệp được bảo vệ bằng mật khẩu, không đọc được. Vui lòng gửi lại tệp không đặt mật khẩu.");
    }

    @Test
    void passwordProtectedXls() throws Exception {
        Path file = tmp.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("matkhau");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(refusal(file).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void zipBombRefusedFromTheCentralDirectory() throws Exception {
        Path file = bomb(tmp.resolve("bomb.xlsx"));
        ReadLimits limits = new ReadLimits(10L << 20, 4L << 20, 100, 100);

        UnreadableWorkbookException e = refusal(file, limits);

        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
    }

    @Test
    void zipBombWhoseDirectoryLiesIsStoppedWhileInflating() throws Exception {
        Path file = bomb(tmp.resolve("lying-bomb.xlsx"));
        declareSize(file, HandMadeXlsx.SHEET_PART, 1_000);
        ReadLimits limits = new ReadLimits(10L << 20, 4L << 20, 1_000_000, 100);

        UnreadableWorkbookException e = refusal(file, limits);

        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("inflated more than");
    }

    @Test
    void tooManyZipEntries() throws Exception {
        Path file = write("many.xlsx", sampleXlsx());

        assertThat(refusal(file, new ReadLimits(10L << 20, 1L << 30, 200, 3)).reason()).isEqualTo(Reason.ZIP_BOMB);
    }

    @Test
    void doctypeWithAnExternalEntity() throws Exception {
        Path file = new HandMadeXlsx("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>""")
                .write(tmp.resolve("xxe.xlsx"));

        UnreadableWorkbookException e = refusal(file);

        assertThat(e.reason()).isEqualTo(Reason.EXTERNAL_ENTITY);
        assertThat(e.getMessage()).contains(HandMadeXlsx.SHEET_PART);
    }

    @Test
    void htmlRenamedToXlsx() throws Exception {
        Path file = write("bao-cao.xlsx", ("\uFEFF  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                + "<body><table><tr><td>Dự án 1</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(file).reason()).isEqualTo(Reason.NOT_EXCEL_HTML);
        assertThat(refusal(write("t.xls", "<!DOCTYPE html>\n<table></table>".getBytes(StandardCharsets.UTF_8))).reason())
                .isEqualTo(Reason.NOT_EXCEL_HTML);
    }

    @Test
    void csvRenamedToXlsx() throws Exception {
        Path file = write("bao-cao.xlsx", "STT;Nội dung;Số tiền\n1;Dự án 1;213.621,9\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(file).reason()).isEqualTo(Reason.NOT_EXCEL_CSV);
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(refusal(write("empty.xlsx", new byte[0])).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThat(refusal(write("noise.xlsx", noise)).reason()).isEqualTo(Reason.NOT_EXCEL);
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] xlsx = sampleXlsx();

        UnreadableWorkbookException e = refusal(write("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2)));

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void truncatedXls() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            var sheet = wb.createSheet("Biểu 01");
            for (int r = 0; r < 500; r++) sheet.createRow(r).createCell(0).setCellValue("Dòng " + r);
            wb.write(bytes);
        }
        byte[] xls = bytes.toByteArray();

        assertThat(refusal(write("cut.xls", Arrays.copyOf(xls, xls.length / 2))).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void brokenXmlNamesThePart() throws Exception {
        Path file = new HandMadeXlsx(HandMadeXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")).write(tmp.resolve("broken.xlsx"));

        UnreadableWorkbookException e = refusal(file);

        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains(HandMadeXlsx.SHEET_PART);
        assertThat(RefusalText.vi(e)).contains(HandMadeXlsx.SHEET_PART);
    }

    @Test
    void zipWithoutAWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes/readme.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refusal(write("doc.xlsx", bytes.toByteArray())).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        Path file = write("big.xlsx", sampleXlsx());

        assertThat(refusal(file, new ReadLimits(1_000, 1L << 30, 200, 10_000)).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    /** A valid package whose one sheet inflates to about 8 MB from a few kilobytes. */
    private static Path bomb(Path file) throws Exception {
        StringBuilder rows = new StringBuilder();
        String row = "<row><c><v>0</v></c><c><v>0</v></c><c><v>0</v></c><c><v>0</v></c></row>";
        while (rows.length() < 8_000_000) rows.append(row);
        return new HandMadeXlsx(HandMadeXlsx.sheet(rows.toString())).write(file);
    }

    /** Overwrites the uncompressed size the central directory declares for one entry. */
    private static void declareSize(Path file, String entryName, int size) throws Exception {
        byte[] zip = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
                Files.write(file, zip);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + entryName);
    }
}
