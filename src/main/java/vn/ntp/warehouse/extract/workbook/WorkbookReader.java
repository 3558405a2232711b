package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a workbook sheet by sheet into a {@link SheetVisitor}. What the file is comes from its
 * bytes, never from its name: a zip is read as .xlsx/.xlsm (streaming, guarded against zip bombs and
 * external entities) or, when its {@code mimetype} says so, as an OpenDocument spreadsheet (.ods); Excel 2003's XML Spreadsheet
 * by its namespace;
 * an OLE2 file as legacy .xls or, when it holds an {@code EncryptedPackage}, recognised as a
 * password-protected .xlsx. HTML, CSV, empty, oversized and unknown files are refused with an
 * {@link UnreadableWorkbookException} whose Vietnamese message can go to the sender; valid files of
 * formats we do not read (.xlsb, .fods, .numbers, PDF, Word, images, archives...) as UNSUPPORTED_FORMAT.
 *
 * <p>Values are raw, as stored: a number is its double (never the formatted display text), a formula
 * cell carries its cached result, a cached error is {@link CellKind#ERROR} with its code. For
 * non-numeric cells {@link Cell#number()} is NaN, except booleans (1 or 0).
 *
 * <p>Stateless and thread-safe: one instance can read many files on many threads.
 */
public final class WorkbookReader {
    private static final int SNIFF_BYTES = 8192;
    private static final String WORKBOOK_STREAM = "Workbook";
    private static final String BIFF5_WORKBOOK_STREAM = "Book";

    private final ReadLimits limits;

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
    }

    public void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException, IOException {
        long size = Files.size(file);
        if (size == 0) throw Rejections.empty();
        if (size > limits.maxFileBytes()) throw Rejections.tooLarge(size, limits.maxFileBytes());
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        switch (FileFormat.sniff(head, length)) {
            case ZIP -> new XlsxReader(limits).read(file, visitor);
            case OLE2 -> readOle2(file, visitor);
            case HTML -> throw Rejections.html();
            case CSV -> throw Rejections.csv();
            case PDF -> throw ForeignFormats.pdf();
            case IMAGE -> throw ForeignFormats.image();
            case ARCHIVE -> throw ForeignFormats.archive();
            case RTF -> throw ForeignFormats.wordProcessing();
            case SPREADSHEET_ML -> new SpreadsheetMlReader().read(file, visitor);
            case FLAT_ODF -> throw ForeignFormats.flatOpenDocument();
            default -> throw Rejections.notExcel("unrecognised content");
        }
    }

    private static void readOle2(Path file, SheetVisitor visitor) throws UnreadableWorkbookException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw Rejections.corrupt("OLE2", Map.of(), e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw Rejections.encrypted();
            }
            if (root.hasEntry("WordDocument")) throw ForeignFormats.wordProcessing();
            if (root.hasEntry("PowerPoint Document")) throw ForeignFormats.presentation();
            if (!root.hasEntry(WORKBOOK_STREAM) && !root.hasEntry(BIFF5_WORKBOOK_STREAM)
                    && !root.hasEntry(WORKBOOK_STREAM.toUpperCase())) {
                throw Rejections.notExcel("an OLE2 document without a workbook stream");
            }
            new XlsReader().read(root, visitor);
        } catch (IOException closing) {
            // the file system was opened read-only; closing it cannot lose anything
        }
    }
}
