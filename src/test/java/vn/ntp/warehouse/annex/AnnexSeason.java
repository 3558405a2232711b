package vn.ntp.warehouse.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.cli.Ntp;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.Source;

/**
 * One real season, loaded once per test JVM by the real command line: first half of 2024, both programs. Lai Châu (12):
 * Biểu 01 of Phong Thổ (109, in triệu đồng) and Tam Đường (106, in đồng) and the province's own Biểu 01 (GNBV; its
 * Dự án 2 differs from the districts' sum); the five other districts send nothing. Biểu 02 of both districts with two
 * communes each, Biểu 03 of two communes of Phong Thổ, Biểu 04 of both districts — each for GNBV and DTTS. Hà Giang
 * (02, district Đồng Văn) and Tuyên Quang (08, district Yên Sơn), which became Tuyên Quang on 1 July 2025, each one
 * GNBV Biểu 01.
 */
final class AnnexSeason {
    static final String PERIOD = "6 tháng đầu năm 2024";
    private static Path home;
    private static IllegalStateException failed;

    private AnnexSeason() {
    }

    static synchronized Path home() throws IOException {
        if (home != null) return home;
        if (failed != null) throw failed;
        Path dir = Files.createTempDirectory("annex-season");
        Path inbox = dir.resolve("inbox");
        for (String program : List.of("GNBV", "DTTS")) writeProgram(inbox, program);
        budget("Tỉnh Lai Châu", "12", "GNBV")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng")
                .sub("1.1", "Tiểu dự án 1").allocated(Source.NSTW_DTPT, 85_417).disbursed(Source.NSTW_DTPT, 40_000)
                .allocated(Source.NSTW_SN, 6_656).disbursed(Source.NSTW_SN, 2_130)
                .project("2", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, 9_999)
                .writeXlsx(inbox, "lai-chau-bieu01-gnbv.xlsx");
        budget("Huyện Đồng Văn, tỉnh Hà Giang", "026", "GNBV")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, 700).disbursed(Source.NSTW_SN, 350)
                .writeXlsx(inbox, "dong-van-bieu01.xlsx");
        budget("Huyện Yên Sơn, tỉnh Tuyên Quang", "075", "GNBV")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, 300).disbursed(Source.NSTW_SN, 120)
                .writeXlsx(inbox, "yen-son-bieu01.xlsx");
        Output run = ntp("run", "--home", dir.toString(), "--inbox", inbox.toString());
        if (run.exitCode() != 0) {
            failed = new IllegalStateException("run failed: " + run.out().substring(Math.max(0, run.out().length() - 3000)));
            throw failed;
        }
        home = dir;
        return home;
    }

    private static void writeProgram(Path inbox, String program) throws IOException {
        String p = program.toLowerCase();
        boolean gnbv = program.equals("GNBV");
        var phongTho = budget("Huyện Phong Thổ, tỉnh Lai Châu", "109", program)
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", gnbv ? "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng" : "Dự án 1: Giải quyết tình trạng thiếu đất ở");
        (gnbv ? phongTho.sub("1.1", "Tiểu dự án 1") : phongTho.content("-", "Nội dung 1: Hỗ trợ đất ở"))
                .allocated(Source.NSTW_DTPT, 85_417).disbursed(Source.NSTW_DTPT, 40_000)
                .allocated(Source.NSTW_SN, 6_656).disbursed(Source.NSTW_SN, 2_130)
                .project("4", "Dự án 4").allocated(Source.NSTW_SN, 1_295.5).disbursed(Source.NSTW_SN, 1_250)
                .allocated(Source.NSDP_SN, 130).disbursed(Source.NSDP_SN, 12.25)
                .section("B", "VỐN NĂM 2023 CHUYỂN SANG NĂM 2024")
                .project("4", "Dự án 4").allocated(Source.NSTW_SN, 7_361).disbursed(Source.NSTW_SN, 5_000)
                .writeXlsx(inbox, "phong-tho-bieu01-" + p + ".xlsx");
        budget("Huyện Tam Đường, tỉnh Lai Châu", "106", program).unit("Đồng")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("4", "Dự án 4").allocated(Source.NSTW_SN, 2_000).disbursed(Source.NSTW_SN, 1_500)
                .allocated(Source.HUY_DONG, 50).disbursed(Source.HUY_DONG, 50)
                .project("2", gnbv ? "Dự án 2: Đa dạng hóa sinh kế" : "Dự án 2").allocated(Source.NSTW_SN, 400)
                .writeXlsx(inbox, "tam-duong-bieu01-" + p + ".xlsx");
        AnnexWorkbooks.households("Huyện Phong Thổ, tỉnh Lai Châu").program(program).period(PERIOD).unitCode("109")
                .unit("Xã Huổi Luông").households(1_000).start(300, 120).end(250, 110).escaped(60).newPoor(10).ethnicMinorityPoor(240)
                .unit("Thị trấn Phong Thổ").households(2_000).start(200, 100).end(150, 90).escaped(55).newPoor(5).ethnicMinorityPoor(140)
                .totalRow().target(3.5)
                .writeXlsx(inbox, "phong-tho-bieu02-" + p + ".xlsx");
        AnnexWorkbooks.households("Huyện Tam Đường, tỉnh Lai Châu").program(program).period(PERIOD).unitCode("106")
                .unit("Xã Thèn Sin").households(800).start(400, 100).end(380, 95).escaped(30).newPoor(10).ethnicMinorityPoor(370)
                .unit("Thị trấn Tam Đường").households(1_500).start(100, 80).end(90, 70).escaped(12).newPoor(2).ethnicMinorityPoor(60)
                .writeXlsx(inbox, "tam-duong-bieu02-" + p + ".xlsx");
        deprivation("Xã Huổi Luông, huyện Phong Thổ, tỉnh Lai Châu", "03490", program, 250, 110, 0)
                .writeXlsx(inbox, "huoi-luong-bieu03-" + p + ".xlsx");
        deprivation("Thị trấn Phong Thổ, huyện Phong Thổ, tỉnh Lai Châu", "03549", program, 150, 90, 7)
                .writeXlsx(inbox, "tt-phong-tho-bieu03-" + p + ".xlsx");
        AnnexWorkbooks.outputs("Huyện Phong Thổ, tỉnh Lai Châu").program(program).period(PERIOD).unitCode("109")
                .line("1", gnbv ? "Dự án 5: Hỗ trợ nhà ở" : "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở", "Số nhà được hỗ trợ", "Nhà", 46, 14, 2_041, 616)
                .line("2", "Dự án 4", "Số người được đào tạo nghề", "Người", 120, 90, 300, 250)
                .writeXlsx(inbox, "phong-tho-bieu04-" + p + ".xlsx");
        AnnexWorkbooks.outputs("Huyện Tam Đường, tỉnh Lai Châu").program(program).period(PERIOD).unitCode("106")
                .line("1", gnbv ? "Dự án 5: Hỗ trợ nhà ở" : "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở", "Số nhà được hỗ trợ", "nhà", 30, 30, 1_300, 1_250.5)
                .writeXlsx(inbox, "tam-duong-bieu04-" + p + ".xlsx");
    }

    private static vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder budget(String unit, String code, String program) {
        return AnnexWorkbooks.budget(unit).program(program).period(PERIOD).unit("Triệu đồng").unitCode(code);
    }

    private static vn.ntp.warehouse.fixtures.DeprivationWorkbookBuilder deprivation(String unit, String code, String program,
                                                                                    long poor, long nearPoor, long shift) {
        var b = AnnexWorkbooks.deprivation(unit).program(program).period(PERIOD).unitCode(code).base(poor, nearPoor);
        String[] codes = {"1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"};
        for (int i = 0; i < codes.length; i++) b.indicator(codes[i], (poor / 3) - i + shift, (nearPoor / 4) - i + shift);
        return b;
    }

    record Output(int exitCode, String out) {
    }

    /** {@code ./ntp ARGS...} in this JVM, capturing what it prints. */
    static synchronized Output ntp(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Ntp.run(args);
            return new Output(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    static List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException, IOException {
        try (WarehouseRows rows = new WarehouseRows(home().resolve("warehouse.duckdb"))) {
            return rows.query(sql, parameters);
        }
    }
}
