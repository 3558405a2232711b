package vn.ntp.warehouse.messy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;

/** Files that are not what they claim, written byte by byte: what a sender's tools or an attacker produce. */
final class HostileFiles {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    /** A real Biểu 01 saved with "Encrypt with password" (agile encryption, as Excel 2010+ does). */
    static Path passwordXlsx(BudgetWorkbookBuilder sheet, Path file) throws IOException {
        Path plain = sheet.writeXlsx(file.getParent(), "." + file.getFileName() + ".plain.xlsx");
        byte[] bytes = Files.readAllBytes(plain);
        Files.delete(plain);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(bytes);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        return file;
    }

    /** A real Biểu 01 in .xls with a password to open (RC4 CryptoAPI, as Excel 2003 does). */
    static Path passwordXls(BudgetWorkbookBuilder sheet, Path file) throws IOException {
        Path plain = sheet.writeXls(file.getParent(), "." + file.getFileName() + ".plain.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(plain))) {
            Biff8EncryptionKey.setCurrentUserPassword("matkhau");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
            Files.deleteIfExists(plain);
        }
        return file;
    }

    /** A real Biểu 01 cut off in the middle, as an interrupted e-mail download leaves it. */
    static Path truncated(BudgetWorkbookBuilder sheet, Path file) throws IOException {
        sheet.writeXlsx(file.getParent(), file.getFileName().toString());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        return file;
    }

    /** A well-formed .xlsx whose one sheet inflates to 64 MB of blanks from a few tens of kilobytes. */
    static Path zipBomb(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            skeleton(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) zip.write(blanks);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A sheet that declares an external entity (XXE) pointing at a local file. */
    static Path externalEntity(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            skeleton(zip);
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                    + "</sheetData></worksheet>");
        }
        return file;
    }

    /** What "Xuất ra Excel" of many web applications gives: an HTML table saved as .xlsx. */
    static Path html(Path file) throws IOException {
        Files.writeString(file, """
                <html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>
                <table><tr><td>STT</td><td>Nội dung</td><td>Kế hoạch vốn năm (giao)</td></tr>
                <tr><td>1</td><td>Dự án 1</td><td>10.618</td></tr></table></body></html>
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** A CSV export renamed to .xlsx. */
    static Path csv(Path file) throws IOException {
        Files.writeString(file, "STT;Nội dung;Kế hoạch vốn năm (giao);Giải ngân\n1;Dự án 1;10.618;3.039\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void skeleton(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
