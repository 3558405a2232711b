package vn.ntp.warehouse.bench;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.ReadLimits;
import vn.ntp.warehouse.extract.workbook.SheetVisitor;
import vn.ntp.warehouse.extract.workbook.WorkbookReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Times the workbook reader against the floor of a bare aalto StAX pass: one sheet of 200,000 rows
 * × 16 columns, and 2,000 small annex-like files of 60 rows × 16 columns on one thread. Best of 3
 * after a warm-up. Run with {@code -Xmx128m} to check that the big sheet streams.
 */
public final class ReaderBench {
    static final int BIG_ROWS = 200_000;
    static final int COLUMNS = 16;
    static final int SMALL_FILES = 2_000;
    static final int SMALL_ROWS = 60;
    private static final int RUNS = 3;
    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/readerbench");
        System.out.println(run(workDir));
    }

    /** Writes the test data into {@code workDir} (or reuses it), times the readers, returns the report. */
    public static String run(Path workDir) throws Exception {
        Path big = workDir.resolve("big-200k.xlsx");
        Path smallDir = workDir.resolve("small");
        writeBigSheet(big);
        List<Path> small = writeSmallAnnexes(smallDir);
        WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

        long floorCells = barePass(big);
        Timing floorBig = bestOf(() -> barePass(big));
        CountingVisitor counted = new CountingVisitor();
        reader.read(big, counted);
        resetPeaks();
        Timing readerBig = bestOf(() -> reader.read(big, new CountingVisitor()));
        long peakHeap = peakHeapUsed();

        for (Path file : small) barePass(file);
        Timing floorSmall = bestOf(() -> {
            for (Path file : small) barePass(file);
        }).per(small.size());
        for (Path file : small) reader.read(file, new CountingVisitor());
        Timing readerSmall = bestOf(() -> {
            for (Path file : small) reader.read(file, new CountingVisitor());
        }).per(small.size());

        return String.format(Locale.ROOT, """
                        data: %d rows x %d columns in one sheet (%.1f MB file, %d cells, sum %.2f); %d small annexes of %d rows
                        bare aalto StAX pass (floor): %.3f s per 200k-row sheet, %.3f ms per small annex (%d cells counted)
                        WorkbookReader:               %.3f s per 200k-row sheet (%.2fx floor), %.3f ms per small annex (%.2fx floor)
                        CPU time of the reading thread, floor: %.3f s per 200k-row sheet, %.3f ms per small annex
                        CPU time of the reading thread, WorkbookReader: %.3f s per 200k-row sheet (%.2fx), %.3f ms per small annex (%.2fx)
                        peak heap used while reading the big sheet: %.1f MB (max heap %.0f MB); load average at the end %.2f""",
                BIG_ROWS, COLUMNS, Files.size(big) / 1e6, counted.cells, counted.sum, small.size(), SMALL_ROWS,
                floorBig.wall(), floorSmall.wall() * 1000, floorCells,
                readerBig.wall(), readerBig.wall() / floorBig.wall(), readerSmall.wall() * 1000, readerSmall.wall() / floorSmall.wall(),
                floorBig.cpu(), floorSmall.cpu() * 1000,
                readerBig.cpu(), readerBig.cpu() / floorBig.cpu(), readerSmall.cpu() * 1000, readerSmall.cpu() / floorSmall.cpu(),
                peakHeap / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Counts cells and sums numbers: the least a real consumer does. */
    static final class CountingVisitor implements SheetVisitor {
        long cells;
        double sum;

        @Override
        public void row(int rowIndex, boolean hidden, List<Cell> row) {
            for (Cell cell : row) {
                cells++;
                if (cell.isNumber()) sum += cell.number();
            }
        }
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    /** Best wall-clock seconds and best CPU seconds of this thread (the machine may be shared). */
    private record Timing(double wall, double cpu) {
        Timing per(int n) {
            return new Timing(wall / n, cpu / n);
        }
    }

    private static Timing bestOf(Timed timed) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            timed.run();
            wall = Math.min(wall, (System.nanoTime() - start) / 1e9);
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
        }
        return new Timing(wall, cpu);
    }

    // ---------- the floor: inflate and tokenize the sheet, count <c> elements, nothing else

    private static final XMLInputFactory BARE = bareFactory();

    private static XMLInputFactory bareFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The floor: inflates the first sheet and counts its cells with aalto, converting nothing. */
    public static long barePass(Path file) throws IOException, XMLStreamException {
        long cells = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(SHEET_PART);
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = BARE.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) cells++;
                }
                xml.close();
            }
        }
        return cells;
    }

    /**
     * The floor of a whole workbook: inflates and tokenizes the shared strings and every worksheet of an
     * {@code .xlsx} with aalto, counting elements, converting nothing; returns the element count. An
     * {@code .xls} has no XML to parse: its bytes are read once (a floor below what any BIFF reader needs).
     */
    public static long barePassAll(Path file) throws IOException, XMLStreamException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) return Files.readAllBytes(file).length > 0 ? 1 : 0;
        long elements = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                if (!part.equals("xl/sharedStrings.xml") && !(part.startsWith("xl/worksheets/") && part.endsWith(".xml"))) continue;
                try (InputStream in = zip.getInputStream(entry)) {
                    XMLStreamReader xml = BARE.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) elements++;
                    }
                    xml.close();
                }
            }
        }
        return elements;
    }

    // ---------- heap

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }

    // ---------- test data, written once

    private static final String[] UNITS = {"Xã Mường So", "Xã Khổng Lào", "Xã Bản Lang", "Thị trấn Phong Thổ", "Xã Hoang Thèn",
        "Xã Dào San", "Xã Sì Lở Lầu", "Xã Mù Sang", "Xã Ma Li Pho", "Xã Nậm Xe"};
    private static final String[] LINES = {"Dự án 1", "Tiểu dự án 1", "Tiểu dự án 2", "Dự án 2", "Dự án 3", "Nội dung 1",
        "NS Trung ương", "NS địa phương", "Vốn đầu tư", "Vốn sự nghiệp"};

    private static void writeBigSheet(Path file) throws IOException {
        if (Files.exists(file)) return;
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(partial)) {
            SXSSFSheet sheet = wb.createSheet("Biểu 01");
            Random random = new Random(1);
            for (int r = 0; r < BIG_ROWS; r++) {
                SXSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(UNITS[r % UNITS.length]);
                row.createCell(1).setCellValue(LINES[r % LINES.length]);
                for (int c = 2; c < COLUMNS; c++) {
                    if (c % 2 == 0) row.createCell(c).setCellValue(random.nextInt(10_000_000));
                    else row.createCell(c).setCellValue(Math.round(random.nextDouble() * 1e7) / 100.0);
                }
            }
            wb.write(out);
        }
        Files.move(partial, file);
    }

    private static List<Path> writeSmallAnnexes(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SMALL_FILES; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "annex-%04d.xlsx", i));
            if (!Files.exists(file)) writeSmallAnnex(file, i);
            files.add(file);
        }
        return files;
    }

    /** A title merged across, two header rows, 56 lines of labels and amounts, one hidden row. */
    private static void writeSmallAnnex(Path file, int seed) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, true); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("Biểu 01");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Random random = new Random(seed);

            SXSSFRow title = sheet.createRow(0);
            title.createCell(0).setCellValue("KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN NĂM 2024 - " + UNITS[seed % UNITS.length]);
            title.getCell(0).setCellStyle(header);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
            for (int h = 1; h <= 2; h++) {
                SXSSFRow row = sheet.createRow(h);
                for (int c = 0; c < COLUMNS; c++) {
                    row.createCell(c).setCellValue(h == 1 ? "Cột " + (c + 1) : String.valueOf(c + 1));
                    row.getCell(c).setCellStyle(header);
                }
            }
            for (int r = 3; r < SMALL_ROWS; r++) {
                SXSSFRow row = sheet.createRow(r);
                if (r == 10) row.setZeroHeight(true);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(LINES[r % LINES.length]);
                for (int c = 2; c < COLUMNS; c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(random.nextInt(100) < 70 ? random.nextInt(50_000_000) : Math.round(random.nextDouble() * 1e6) / 10.0);
                    cell.setCellStyle(amount);
                }
            }
            wb.write(out);
        }
    }
}
