package vn.ntp.warehouse.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.FeedbackListSheet;
import vn.ntp.warehouse.report.feedback.CellMarks;
import vn.ntp.warehouse.report.feedback.FindingList;
import vn.ntp.warehouse.report.feedback.PoiFeedback;
import vn.ntp.warehouse.report.feedback.Severities;
import vn.ntp.warehouse.report.feedback.XlsxFeedback;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The workbook a district officer gets back from {@code ./ntp validate}: a copy of the sender's own
 * workbook with every cell that has a finding filled in the colour of its severity (error rose,
 * warning yellow, info pale blue) and a comment holding the Vietnamese message, plus a first sheet
 * "Kết quả kiểm tra" that lists all findings with a link to each cell. A .xls stays a .xls (HSSF).
 * A file that cannot be opened at all (encrypted, corrupt, not Excel) gets the list sheet alone,
 * with the reason. A .xlsx or .xlsm is rewritten as a stream of its zip entries ({@link XlsxFeedback}:
 * a run writes hundreds of these); what that writer does not handle, and every other file, goes through
 * POI's usermodel ({@link PoiFeedback}).
 */
public final class FeedbackWorkbook {
    public static final String LIST_SHEET = FeedbackListSheet.NAME;
    public static final short ERROR_FILL = Severities.ERROR_FILL;
    public static final short WARNING_FILL = Severities.WARNING_FILL;
    public static final short INFO_FILL = Severities.INFO_FILL;
    /** Refusals whose file cannot be opened to be marked up (a damaged file's code is CORRUPT or CORRUPT_...). */
    private static final Set<String> UNOPENABLE = Set.of("ENCRYPTED", "CORRUPT", "ZIP_BOMB", "EXTERNAL_ENTITY",
            "NOT_EXCEL_HTML", "NOT_EXCEL_CSV", "NOT_EXCEL", "EMPTY", "TOO_LARGE", "IO_ERROR", "EXTRACTION_FAILED");
    private static final long MAX_COPY_BYTES = 20L << 20;
    /** What a feedback workbook's name adds to its source's, before the extension. */
    private static final String MARK = ".kiem-tra";
    /** The mark before an extension, or before the " (1)" or "(1)" a browser adds when the same download is saved again. */
    private static final Pattern FEEDBACK_NAME = Pattern.compile(Pattern.quote(MARK) + "(?: ?\\(\\d+\\))?\\.", Pattern.CASE_INSENSITIVE);

    private final FindingCatalogue checks;
    private final XlsxFeedback streamed;

    public FeedbackWorkbook(FindingCatalogue checks) {
        this.checks = checks;
        this.streamed = new XlsxFeedback(checks);
    }

    private static boolean unopenable(String reasonCode) {
        return UNOPENABLE.contains(reasonCode) || reasonCode.startsWith("CORRUPT_");
    }

    /** Writes {@code reportsDir/<name>.kiem-tra.xlsx} (or {@code .xls}, {@code .xlsm} as the source is); returns its path. */
    public Path write(Path source, ExtractedAnnex annex, Path reportsDir) throws IOException {
        Files.createDirectories(reportsDir);
        boolean copy = !(annex.rejected() && unopenable(annex.reasonCode())) && Files.size(source) <= MAX_COPY_BYTES;
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (copy && (name.endsWith(".xlsx") || name.endsWith(".xlsm"))) {
            // the stream writer copies the package unopened: the source's name says whether it is macro-enabled
            Path out = feedbackFile(reportsDir, source, false, name.endsWith(".xlsm"));
            if (streamed.write(source, annex, out)) return out;
        }
        Workbook workbook = copy ? open(source) : null;
        if (workbook == null) workbook = new XSSFWorkbook();
        try (Workbook wb = workbook) {
            Map<String, Map<String, CellMarks.Mark>> marks = CellMarks.of(annex.findings(), checks, sheet -> nameOf(wb.getSheet(sheet)));
            FindingList list = FindingList.of(source.getFileName().toString(), annex, checks, sheet -> wb.getSheet(sheet) != null);
            Path out = feedbackFile(reportsDir, source, wb instanceof HSSFWorkbook, wb instanceof XSSFWorkbook x && x.isMacroEnabled());
            try (OutputStream stream = Files.newOutputStream(out)) {
                PoiFeedback.write(wb, marks, list, stream);
            }
            return out;
        }
    }

    /**
     * {@code <name>.kiem-tra.xls} for a .xls workbook, {@code .xlsm} for a macro-enabled package (Excel refuses a
     * .xlsx whose content type says macros), else {@code .xlsx}.
     */
    private static Path feedbackFile(Path reportsDir, Path source, boolean xls, boolean macroEnabled) {
        return reportsDir.resolve(feedbackName(source.getFileName().toString(), xls ? ".xls" : macroEnabled ? ".xlsm" : ".xlsx"));
    }

    /**
     * The feedback workbook written under {@code dir} for the source {@code sourceFile}, whichever of its kinds it is:
     * {@code huyen/tam-duong.xlsx} → {@code dir/huyen/tam-duong.kiem-tra.xlsx} (or .xlsm, .xls).
     */
    public static Optional<Path> written(Path dir, String sourceFile) {
        for (String extension : List.of(".xlsx", ".xlsm", ".xls")) {
            Path file = dir.resolve(feedbackName(sourceFile, extension));
            if (Files.exists(file)) return Optional.of(file);
        }
        return Optional.empty();
    }

    /** The feedback workbook's name for a source named {@code sourceName}: {@code huyen/b.xls}, ".xls" → {@code huyen/b.kiem-tra.xls}. */
    public static String feedbackName(String sourceName, String extension) {
        return stem(sourceName) + MARK + extension;
    }

    /**
     * True for the name of a feedback workbook, whatever its case or extension: {@code a.kiem-tra.xlsx},
     * {@code A.KIEM-TRA.xls}, and a browser's second copy of a download, {@code a.kiem-tra (1).xlsx}.
     */
    public static boolean isFeedbackName(String fileName) {
        return FEEDBACK_NAME.matcher(fileName).find();
    }

    /**
     * A name without its extension, its folders kept: {@code huyen/tam-duong.xlsx} → {@code huyen/tam-duong},
     * {@code bao-cao.2024} → {@code bao-cao}; a name without a dot after its last folder, or whose only dot starts it
     * ({@code huyen.cu/bieu01}, {@code .xlsx}), is kept whole.
     */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
    }

    private static String nameOf(Sheet sheet) {
        return sheet == null ? null : sheet.getSheetName();
    }

    private static Workbook open(Path source) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(source)));
        } catch (IOException | RuntimeException unreadable) {
            return null; // the list alone still tells the sender what is wrong
        }
    }

    public static short fill(String severity) {
        return Severities.fill(severity);
    }

    public static String severityVi(String severity) {
        return Severities.word(severity);
    }
}
