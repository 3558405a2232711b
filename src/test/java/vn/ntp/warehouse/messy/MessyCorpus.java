package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.fixtures.Source.HUY_DONG;
import static vn.ntp.warehouse.fixtures.Source.NSDP_DTPT;
import static vn.ntp.warehouse.fixtures.Source.NSDP_SN;
import static vn.ntp.warehouse.fixtures.Source.NSTW_DTPT;
import static vn.ntp.warehouse.fixtures.Source.NSTW_SN;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.HeaderLabels;
import vn.ntp.warehouse.fixtures.HeaderShape;
import vn.ntp.warehouse.fixtures.LegacyFont;
import vn.ntp.warehouse.fixtures.Measure;
import vn.ntp.warehouse.fixtures.Source;

/**
 * The messy-workbook corpus: every way a real annex drifts from the template ("What real files
 * do" in the annex spec), each written by code with the fixture builders (or, for byte-level
 * oddities, by {@link HostileFiles}). Tests take a workbook by name; {@link MessyCorpusTest}
 * writes them all and checks that each one ends either extracted or clearly rejected.
 *
 * <p>Row map of {@link #phongTho()} with the canonical header (rows 8–10): 11 TỔNG CỘNG (A+B),
 * 12 section A, 13 Dự án 1, 14 TDA 1.1, 15 TDA 1.2, 16 Dự án 2, 17 section B, 18 Dự án 4,
 * 19 TDA 4.2. Columns: C Tổng số, D NSTW ĐTPT, E NSTW SN, F NSĐP ĐTPT, G NSĐP SN, H huy động
 * (allocated); I–N the same for disbursed; O Tỷ lệ; P Ghi chú.
 */
final class MessyCorpus {

    interface Writer {
        Path write(Path dir) throws IOException;
    }

    private MessyCorpus() {
    }

    static final String PHONG_THO = "Huyện Phong Thổ, tỉnh Lai Châu";
    static final String TAM_DUONG = "Huyện Tam Đường, tỉnh Lai Châu";

    /** A district's Biểu 01 with two sections, a project with sub-projects, several sources and decimals. */
    static BudgetWorkbookBuilder phongTho() {
        return phongTho(PHONG_THO).unitCode("109");
    }

    /** The same sheet with another "Đơn vị báo cáo" text and no "Mã đơn vị" line. */
    static BudgetWorkbookBuilder phongTho(String reportingUnit) {
        return AnnexWorkbooks.budget(reportingUnit)
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Triệu đồng")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội vùng nghèo, vùng khó khăn")
                .sub("1.1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội tại các huyện nghèo")
                .allocated(NSTW_DTPT, 85_417).allocated(NSTW_SN, 6_656).allocated(NSDP_DTPT, 4_250.5)
                .disbursed(NSTW_DTPT, 2_563).disbursed(NSTW_SN, 2_130.25)
                .sub("1.2", "Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo")
                .allocated(NSTW_SN, 3_030).allocated(NSDP_SN, 303).disbursed(NSTW_SN, 909)
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(NSTW_SN, 12_391).allocated(HUY_DONG, 500).disbursed(NSTW_SN, 3_717)
                .section("B", "VỐN NĂM 2023 CHUYỂN SANG NĂM 2024")
                .project("4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững")
                .sub("4.2", "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng")
                .allocated(NSTW_SN, 381).disbursed(NSTW_SN, 190);
    }

    /** Another district, section A only. */
    static BudgetWorkbookBuilder tamDuong() {
        return AnnexWorkbooks.budget(TAM_DUONG)
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Triệu đồng").unitCode("106")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(NSTW_SN, 8_000).disbursed(NSTW_SN, 2_000);
    }

    /** A commune in đồng, as communes write it. */
    static BudgetWorkbookBuilder commune() {
        return AnnexWorkbooks.budget("Xã Ma Ly Pho, huyện Phong Thổ, tỉnh Lai Châu")
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Đồng")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(NSTW_SN, 45_632.742).disbursed(NSTW_SN, 1_032)
                .project("6", "Dự án 6: Truyền thông và giảm nghèo về thông tin")
                .allocated(NSTW_SN, 120.5).disbursed(NSTW_SN, 60);
    }

    // ---------- the named workbooks

    static final Map<String, Writer> ALL = new LinkedHashMap<>();
    private static final Map<String, java.util.function.Supplier<BudgetWorkbookBuilder>> BUILDERS = new LinkedHashMap<>();

    private static void add(String name, Writer writer) {
        ALL.put(name, writer);
    }

    /** A one-sheet workbook written from a builder, .xls or .xlsx by its name. */
    private static void add(String name, java.util.function.Supplier<BudgetWorkbookBuilder> builder) {
        BUILDERS.put(name, builder);
        ALL.put(name, dir -> name.endsWith(".xls") ? builder.get().writeXls(dir, name) : builder.get().writeXlsx(dir, name));
    }

    /** The builder a one-sheet corpus workbook was written from (for the figures it holds and its cells). */
    static BudgetWorkbookBuilder builder(String name) {
        var b = BUILDERS.get(name);
        if (b == null) throw new IllegalArgumentException("no one-sheet corpus workbook " + name);
        return b.get();
    }

    static Path write(String name, Path dir) throws IOException {
        Writer w = ALL.get(name);
        if (w == null) throw new IllegalArgumentException("no corpus workbook " + name);
        return w.write(dir);
    }

    /** The sheet with figures typed as text in every convention the spec lists (section A, project 2 and TDA 1.1). */
    static BudgetWorkbookBuilder typedNumbers() {
        return phongTho().numbersAsText()
                .at("A", "1.1").cellText(Measure.ALLOCATED, NSDP_DTPT, "4.250,5")
                .cellText(Measure.DISBURSED, NSTW_SN, "2.130,25\u00A0")
                .at("A", "2").cellText(Measure.ALLOCATED, NSTW_SN, "12\u00A0391").cellText(Measure.ALLOCATED, HUY_DONG, " 500 ")
                .cellText(Measure.DISBURSED, NSDP_SN, "-").rateText("30,00%")
                .at("A", "1.2").cellText(Measure.ALLOCATED, NSDP_SN, "(303)");
    }

    static BudgetWorkbookBuilder cachedErrors() {
        return phongTho().formulas()
                .at("A", "1.1").cellError(Measure.ALLOCATED, NSTW_SN, "#REF!")
                .at("A", "1").cellError(Measure.DISBURSED, null, "#VALUE!")
                .at("A", "2").cellError(Measure.ALLOCATED, HUY_DONG, "#DIV/0!");
    }

    static BudgetWorkbookBuilder datesInFigures() {
        return phongTho()
                .at("A", "1.2").cellText(Measure.DISBURSED, NSTW_SN, "15/06/2024")
                .at("A", "2").cellDate(Measure.DISBURSED, NSTW_SN, LocalDate.of(2024, 6, 30));
    }

    /** Vietnamese text numbers ("213.621,9") around one "1.234" that could be read both ways. */
    static BudgetWorkbookBuilder ambiguousVietnamese() {
        return phongTho().numbersAsText().at("A", "1.2").cellText(Measure.ALLOCATED, NSDP_SN, "1.234");
    }

    /** English text numbers ("85,417.0") around one "1.234", read as 1.234 on this sheet. */
    static BudgetWorkbookBuilder ambiguousEnglish() {
        return phongTho().englishTextNumbers().at("A", "1.2").cellText(Measure.ALLOCATED, NSDP_SN, "1.234");
    }

    /** Project and sub-project labels as people type them, and one line that matches nothing. */
    static BudgetWorkbookBuilder looseLabels() {
        return AnnexWorkbooks.budget(PHONG_THO)
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Triệu đồng").unitCode("109")
                .section("A", "Von ke hoach nam 2024")
                .project("1", "DA1 - Ha tang kinh te xa hoi")
                .sub("1.1", "TDA 1: Hạ tầng các huyện nghèo (vốn ĐTPT).").allocated(NSTW_DTPT, 1_000)
                .sub("1.2", "Tiểu DA2").allocated(NSTW_SN, 200)
                .project("3", "DỰ ÁN 3 - HỖ TRỢ PHÁT TRIỂN SẢN XUẤT, CẢI THIỆN DINH DƯỠNG")
                .sub("a", "tiểu dự án số 2: cải thiện dinh dưỡng ...").allocated(NSTW_SN, 300)
                .project("4", "Dự án số 4.").allocated(NSTW_SN, 50)
                .project("", "Chi hỗ trợ khác (không thuộc dự án nào)").allocated(NSDP_SN, 75.5).disbursed(NSDP_SN, 10);
    }

    static {
        // 1. finding the form
        add("bm01-and-notes.xlsx", dir -> AnnexWorkbooks.workbook()
                .budget(phongTho().sheetName("BM01"))
                .textSheet("Ghi chú", "Số liệu lấy theo báo cáo của Kho bạc", "Người lập biểu: Nguyễn Văn A")
                .writeXlsx(dir, "bm01-and-notes.xlsx"));
        add("hidden-sheet.xlsx", dir -> AnnexWorkbooks.workbook()
                .textSheet("Hướng dẫn", "Điền số liệu vào trang Biểu 01")
                .hiddenBudget(phongTho())
                .writeXlsx(dir, "hidden-sheet.xlsx"));
        add("hidden-sheet.xls", dir -> AnnexWorkbooks.workbook()
                .textSheet("Hướng dẫn", "Điền số liệu vào trang Biểu 01")
                .hiddenBudget(phongTho())
                .writeXls(dir, "hidden-sheet.xls"));
        add("sheet-bieu01.xls", () -> phongTho().sheetName("Bieu01"));
        add("sheet1.xlsx", () -> phongTho().sheetName("Sheet1").formCodeOnLeft());
        add("two-units.xlsx", dir -> AnnexWorkbooks.workbook()
                .budget(phongTho().sheetName("Phong Thổ"))
                .budget(tamDuong().sheetName("Tam Đường"))
                .writeXlsx(dir, "two-units.xlsx"));

        // 2. headers
        add("header-two-rows.xlsx", () -> phongTho().headerShape(HeaderShape.TWO_ROWS));
        add("header-total-on-top.xls", () -> phongTho().headerShape(HeaderShape.TOTAL_ON_TOP));
        add("header-reordered.xlsx", () -> phongTho().disbursedFirst().totalLast()
                .sourceOrder(HUY_DONG, NSDP_SN, NSDP_DTPT, NSTW_SN, NSTW_DTPT));
        add("header-long-ghep.xlsx", () -> phongTho().extraColumn("Vốn lồng ghép (nếu có)"));
        add("header-numbered-blank.xlsx", () -> phongTho().columnNumbers().blankRowUnderHeader());
        add("header-no-diacritics.xlsx", () -> phongTho().headerLabels(HeaderLabels.NO_DIACRITICS));
        add("header-abbreviated.xlsx", () -> phongTho().headerLabels(HeaderLabels.ABBREVIATED));
        add("header-abbreviated-two-rows.xls", () -> phongTho().headerLabels(HeaderLabels.ABBREVIATED)
                .headerShape(HeaderShape.TWO_ROWS));
        add("disbursed-unsplit.xlsx", () -> phongTho().unsplit(Measure.DISBURSED));
        add("allocated-unsplit.xlsx", () -> phongTho().unsplit(Measure.ALLOCATED));

        // 3. numbers
        add("typed-numbers.xlsx", () -> typedNumbers());
        add("typed-numbers-dong.xlsx", () -> commune().numbersAsText());
        add("formulas.xlsx", () -> phongTho().formulas());
        add("formulas.xls", () -> phongTho().formulas());
        add("cached-errors.xlsx", () -> cachedErrors());
        add("cached-errors.xls", () -> cachedErrors());
        add("dates-in-figures.xlsx", () -> datesInFigures());
        add("ambiguous-vietnamese.xlsx", () -> ambiguousVietnamese());
        add("ambiguous-english.xlsx", () -> ambiguousEnglish());

        // 4. money units
        add("unit-dong.xlsx", () -> phongTho().unit("Đồng"));
        add("unit-nghin-dong.xls", () -> phongTho().unit("Nghìn đồng"));
        add("unit-ty-dong.xlsx", () -> phongTho().unit("Tỷ đồng"));
        add("unit-missing-dong.xlsx", () -> commune().noMoneyUnitLine());

        // 5. legacy encodings
        add("unicode.xlsx", () -> phongTho());
        add("unicode.xls", () -> phongTho());
        add("tcvn3.xlsx", () -> phongTho().legacyFont(LegacyFont.TCVN3));
        add("tcvn3.xls", () -> phongTho().legacyFont(LegacyFont.TCVN3));
        add("vni.xlsx", () -> phongTho().legacyFont(LegacyFont.VNI));

        // 6. labels
        add("loose-labels.xlsx", () -> looseLabels());
        add("unit-label-no-diacritics.xlsx", () -> phongTho("UBND huyen Phong Tho - tinh Lai Chau"));

        // 7. hidden rows and columns
        add("hidden-rows-columns.xlsx", () -> hiddenRowsAndColumns());
        add("hidden-rows-columns.xls", () -> hiddenRowsAndColumns());

        // 8. files that are not what they claim
        add("period-mismatch.xlsx", () -> phongTho().period("Năm 2024")
                .title("KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2023"));
        add("program-mismatch.xlsx", () -> phongTho().formCode("Biểu số 01/DTTS"));
        add("no-program.xlsx", () -> phongTho().formCode("Biểu số 01")
                .title("KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI 6 THÁNG ĐẦU NĂM 2024"));
        add("empty-workbook.xlsx", dir -> AnnexWorkbooks.workbook().emptySheet("Sheet1").emptySheet("Sheet2")
                .writeXlsx(dir, "empty-workbook.xlsx"));
        add("empty-workbook.xls", dir -> AnnexWorkbooks.workbook().emptySheet("Sheet1").writeXls(dir, "empty-workbook.xls"));
        add("password.xlsx", dir -> HostileFiles.passwordXlsx(phongTho(), dir.resolve("password.xlsx")));
        add("password.xls", dir -> HostileFiles.passwordXls(phongTho(), dir.resolve("password.xls")));
        add("corrupt.xlsx", dir -> HostileFiles.truncated(phongTho(), dir.resolve("corrupt.xlsx")));
        add("zip-bomb.xlsx", dir -> HostileFiles.zipBomb(dir.resolve("zip-bomb.xlsx")));
        add("xxe.xlsx", dir -> HostileFiles.externalEntity(dir.resolve("xxe.xlsx")));
        add("html-as.xlsx", dir -> HostileFiles.html(dir.resolve("html-as.xlsx")));
        add("csv-as.xlsx", dir -> HostileFiles.csv(dir.resolve("csv-as.xlsx")));
    }

    /** TDA 1.2 typed, then hidden; the NSĐP columns hidden. */
    static BudgetWorkbookBuilder hiddenRowsAndColumns() {
        return phongTho().at("A", "1.2").hidden().hiddenColumns(Source.NSDP_DTPT).hiddenColumns(Source.NSDP_SN);
    }
}
