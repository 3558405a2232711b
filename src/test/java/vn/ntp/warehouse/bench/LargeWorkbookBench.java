package vn.ntp.warehouse.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;

/**
 * Extracts a workbook of about 50 MB under a small heap (issue 5: "a 50 MB workbook is extracted
 * with -Xmx256m"). The workbook is what large files from districts are: a Biểu 01 sheet followed
 * by a big attached list (here 1,000,000 households × 10 columns, with varied text and numbers so
 * that it does not compress away), plus a Biểu 01 whose table has 20,000 content lines. The
 * extractor keeps only the head of each sheet until it is recognised, streams an unrecognised
 * sheet through without keeping it, and keeps of a recognised sheet only its classified lines.
 *
 * <pre>
 * mvn -q -B -Pbench test-compile exec:exec -Dbench.main=vn.ntp.warehouse.bench.LargeWorkbookBench \
 *     -Dbench.jvm=-Xmx256m -Dbench.args=/tmp/large-bench
 * </pre>
 */
public final class LargeWorkbookBench {
    static final int HOUSEHOLDS = 1_000_000;
    static final int CONTENT_LINES = 20_000;

    private LargeWorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/large-bench");
        Files.createDirectories(dir);
        Path big = dir.resolve("bieu01-with-household-list.xlsx");
        if (!Files.exists(big)) write(big, HOUSEHOLDS, 7);
        Path longForm = dir.resolve("bieu01-20000-lines.xlsx");
        if (!Files.exists(longForm)) write(longForm, 0, CONTENT_LINES);
        ReferenceData reference = ReferenceData.load(new NtpSettings(dir.resolve("home"), Path.of("jobs"), Path.of("sql"), 0));
        for (Path file : new Path[] {big, longForm}) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            ExtractedAnnex annex = reference.extractor().extract(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %.1f MB file, %s, %d lake rows, %d findings, %.1f s, peak heap %.0f MB of max %.0f MB%n",
                    file.getFileName(), Files.size(file) / 1e6,
                    annex.rejected() ? "rejected " + annex.reasonCode() : "extracted", annex.factRows(), annex.findings().size(),
                    seconds, peakHeapUsed() / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576.0);
        }
    }

    /** A Biểu 01 sheet of {@code lines} project lines, then (if households > 0) a household list sheet. */
    static void write(Path file, int households, int lines) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            writeBudgetSheet(wb, lines);
            if (households > 0) writeHouseholds(wb, households);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void writeBudgetSheet(SXSSFWorkbook wb, int lines) {
        SXSSFSheet sheet = wb.createSheet("Biểu 01");
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        text(sheet.createRow(0), 14, "Biểu số 01/GNBV");
        text(sheet.createRow(1), 0, "KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG 6 THÁNG ĐẦU NĂM 2024");
        text(sheet.createRow(2), 0, "Đơn vị báo cáo: Huyện Phong Thổ, tỉnh Lai Châu");
        text(sheet.createRow(3), 0, "Kỳ báo cáo: 6 tháng đầu năm 2024");
        text(sheet.createRow(4), 0, "Đơn vị tính: Triệu đồng");
        SXSSFRow h1 = sheet.createRow(6);
        SXSSFRow h2 = sheet.createRow(7);
        SXSSFRow h3 = sheet.createRow(8);
        text(h1, 0, "STT");
        text(h1, 1, "Nội dung");
        String[] groups = {"Kế hoạch vốn năm (giao)", "Giải ngân (thực hiện)"};
        for (int g = 0; g < 2; g++) {
            int first = 2 + g * 6;
            text(h1, first, groups[g]);
            text(h2, first, "Tổng số");
            text(h2, first + 1, "NSTW");
            text(h2, first + 3, "NSĐP");
            text(h2, first + 5, "Vốn huy động khác");
            text(h3, first + 1, "ĐTPT");
            text(h3, first + 2, "SN");
            text(h3, first + 3, "ĐTPT");
            text(h3, first + 4, "SN");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, first, first + 5));
            sheet.addMergedRegion(new CellRangeAddress(7, 7, first + 1, first + 2));
            sheet.addMergedRegion(new CellRangeAddress(7, 7, first + 3, first + 4));
        }
        text(h1, 14, "Tỷ lệ giải ngân (%)");
        int r = 9;
        SXSSFRow section = sheet.createRow(r++);
        text(section, 0, "A");
        text(section, 1, "VỐN KẾ HOẠCH NĂM 2024");
        Random random = new Random(7);
        for (int i = 0; i < lines; i++) {
            SXSSFRow row = sheet.createRow(r++);
            int project = i % 7 + 1;
            text(row, 0, String.valueOf(i + 1));
            text(row, 1, lines <= 7 ? "Dự án " + project : "Nội dung " + (i + 1) + " của Dự án " + project);
            row.createCell(4).setCellValue(100 + random.nextInt(10_000));
            row.createCell(10).setCellValue(random.nextInt(100));
        }
    }

    private static void writeHouseholds(SXSSFWorkbook wb, int households) {
        SXSSFSheet sheet = wb.createSheet("Danh sách hộ nghèo");
        SXSSFRow head = sheet.createRow(0);
        String[] columns = {"STT", "Mã hộ", "Họ và tên chủ hộ", "Bản", "Xã", "Số nhân khẩu", "Điểm B1", "Điểm B2", "Thu nhập bình quân", "Ghi chú"};
        for (int c = 0; c < columns.length; c++) text(head, c, columns[c]);
        String[] family = {"Nguyễn", "Lò", "Tòng", "Lường", "Vàng", "Giàng", "Sùng", "Hoàng", "Lý", "Tẩn"};
        String[] given = {"Văn Mạnh", "Thị Hoa", "A Páo", "Seo Chử", "Thị Mai", "Văn Thắng", "A Sử", "Thị Dung"};
        Random random = new Random(42);
        for (int i = 1; i <= households; i++) {
            SXSSFRow row = sheet.createRow(i);
            row.createCell(0).setCellValue(i);
            text(row, 1, "LC" + (100_000_000L + random.nextInt(900_000_000)));
            text(row, 2, family[random.nextInt(family.length)] + " " + given[random.nextInt(given.length)]);
            text(row, 3, "Bản " + (1 + random.nextInt(60)));
            text(row, 4, "Xã " + (1 + random.nextInt(17)));
            row.createCell(5).setCellValue(1 + random.nextInt(9));
            row.createCell(6).setCellValue(random.nextInt(100));
            row.createCell(7).setCellValue(random.nextInt(100));
            row.createCell(8).setCellValue(300 + random.nextInt(2_000) + random.nextInt(1000) / 1000.0);
            if (random.nextInt(5) == 0) text(row, 9, "Hộ nghèo thiếu hụt " + random.nextInt(6) + " chỉ số");
        }
    }

    private static void text(SXSSFRow row, int col, String value) {
        row.createCell(col).setCellValue(value);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
