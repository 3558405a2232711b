package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntp.warehouse.messy.PortalWorkbooks;

/** Issue 12: the portal over real HTTP — scope, CSRF, upload limits, hostile files, the JSON API. */
class PortalHttpTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path tmp;
    static PortalServer server;
    static Path workbooks;

    @BeforeAll
    static void start() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        assertThat(PortalServer.addUser(home, "phongtho", "109", "don-vi")).isZero();
        assertThat(PortalServer.addUser(home, "tamduong", "106", "don-vi")).isZero();
        assertThat(PortalServer.addUser(home, "laichau", "12", "tinh")).isZero();
        server = new PortalServer(home, "--ntp.portal.max-upload-mb=1");
        workbooks = Files.createDirectories(tmp.resolve("workbooks"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void validateAnswersTheFindingsOfTheSendersCellsAsJson() throws Exception {
        Path file = PortalWorkbooks.cachedErrors(workbooks, "phong-tho-loi.xlsx");

        HttpResponse<String> response = server.postFile("/api/validate", "phongtho", file);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("form_code").asString()).isEqualTo("01");
        assertThat(body.get("unit_code").asString()).isEqualTo("109");
        assertThat(body.get("program_code").asString()).isEqualTo("GNBV");
        assertThat(body.get("year").asInt()).isEqualTo(2024);
        assertThat(body.get("period_label").asString()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(body.get("errors").asInt()).isEqualTo(3);
        JsonNode e14 = body.get("findings").valueStream()
                .filter(f -> f.get("cell_ref").asString().equals("E14")).findFirst().orElseThrow();
        assertThat(e14.get("rule_code").asString()).isEqualTo("CELL_ERROR");
        assertThat(e14.get("severity").asString()).isEqualTo("error");
        assertThat(e14.get("sheet").asString()).isEqualTo("Biểu 01");
        assertThat(e14.get("message_vi").asString()).contains("#REF!").contains("không coi là 0");
        assertThat(e14.get("message_en").asString()).isNotBlank();
    }

    @Test
    void anOfficerOfAnotherUnitIsRefusedWith403AndTheAttemptIsAudited() throws Exception {
        Path phongTho = PortalWorkbooks.phongTho().writeXlsx(workbooks, "phong-tho.xlsx");
        long before = auditRows("tamduong");

        HttpResponse<String> upload = server.postFile("/api/submissions", "tamduong", phongTho);
        HttpResponse<String> validate = server.postFile("/api/validate", "tamduong", phongTho);
        HttpResponse<String> read = server.get("/api/submissions?unit=109", "tamduong");
        HttpResponse<String> completeness = server.get("/api/completeness?period=6%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202024&unit=109", "tamduong");

        for (HttpResponse<String> r : List.of(upload, validate, read, completeness)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("message_vi").asString()).contains("Không có quyền").contains("Huyện Phong Thổ");
        }
        assertThat(auditRows("tamduong") - before).isEqualTo(4);
        assertThat(new JdbcTemplate(server.context.getBean(javax.sql.DataSource.class)).queryForList(
                "select action from portal_audit where username = 'tamduong' and unit_code = '109' order by audit_id", String.class))
                .contains("REFUSED_UPLOAD", "REFUSED_READ");
        try (Stream<Path> inbox = Files.list(server.home.resolve("inbox")).filter(p -> p.toString().contains("_106_") || p.toString().contains("_109_"))) {
            assertThat(inbox.filter(p -> p.getFileName().toString().startsWith("GNBV_01_109")).count())
                    .as("the refused upload is not in the inbox").isZero();
        } catch (java.nio.file.NoSuchFileException noInbox) {
            // nothing was ever sent: also fine
        }
        // the province's officer reads the district's submissions
        assertThat(server.get("/api/submissions?unit=109", "laichau").statusCode()).isEqualTo(200);
    }

    @Test
    void aFileWhoseBytesWereAlreadyReceivedIsSaidToBeADuplicateBeforeItIsSent() throws Exception {
        Path file = Path.of("jobs/sample-inbox/phong-tho-bieu04-2024-6t.xlsx");
        HttpResponse<String> first = server.postFile("/api/submissions", "phongtho", file);
        assertThat(first.statusCode()).isEqualTo(201);
        String name = json(first).get("name").asString();
        server.context.getBean(vn.ntp.warehouse.portal.web.RunNow.class).run();

        HttpResponse<String> again = server.postFile("/api/validate", "phongtho", file);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("same_content_as").asString()).isEqualTo(name);
        assertThat(json(again).get("notice_vi").asString())
                .isEqualTo("Tệp này trùng nội dung với tệp đã nhận \"" + name + "\" (Đã nạp): gửi lại sẽ được ghi nhận là trùng lặp, "
                        + "không thay đổi gì trong kho.");
        HttpResponse<String> other = server.postFile("/api/validate", "phongtho",
                Path.of("jobs/sample-inbox/phong-tho-bieu02-2024-6t.xlsx"));
        assertThat(json(other).get("same_content_as").isNull()).isTrue();
    }

    @Test
    void aSubmittedFileIsWrittenIntoTheInboxUnderAGeneratedNameNeverTheUploadedOne() throws Exception {
        byte[] content = Files.readAllBytes(PortalWorkbooks.tamDuong().writeXlsx(workbooks, "tam-duong.xlsx"));

        HttpResponse<String> response = server.postFile("/api/submissions", "tamduong", "file", "../../../ngoai-hop-thu.xlsx", content);

        assertThat(response.statusCode()).isEqualTo(201);
        String name = json(response).get("name").asString();
        assertThat(name).matches("GNBV_01_106_2024_6-thang-dau-nam-2024_\\d{8}-\\d{6}-\\d{3}_[0-9a-f]{8}\\.xlsx");
        assertThat(json(response).get("state_vi").asString()).isEqualTo("Chờ nạp");
        assertThat(server.home.resolve("inbox").resolve(name)).hasBinaryContent(content);
        assertThat(Files.readAllLines(server.home.resolve("inbox/.received.csv"))).first().isEqualTo("file,received_at");
        assertThat(Files.readAllLines(server.home.resolve("inbox/.received.csv")))
                .anyMatch(line -> line.matches(Pattern.quote(name) + ",20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+07:00"));
        assertThat(tmp.resolve("ngoai-hop-thu.xlsx")).doesNotExist();
        assertThat(server.home.getParent().resolve("ngoai-hop-thu.xlsx")).doesNotExist();
        HttpResponse<String> listed = server.get("/api/submissions?unit=106", "tamduong");
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode row = json(listed).valueStream()
                .filter(r -> r.get("source_file").asString().equals(name)).findFirst().orElseThrow();
        assertThat(row.get("status").asString()).isEqualTo("pending");
        assertThat(row.get("state_vi").asString()).isEqualTo("Chờ nạp");
    }

    @Test
    void thePagesOfAnotherUnitAreRefusedWith403AndAudited() throws Exception {
        var tamDuong = server.login("tamduong");
        long before = auditRows("tamduong");

        HttpResponse<String> submissions = PortalServer.get(tamDuong, server.uri("/ho-so?unit=109"));
        HttpResponse<String> province = PortalServer.get(tamDuong, server.uri("/tinh?unit=109"));

        for (HttpResponse<String> r : List.of(submissions, province)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Không có quyền với đơn vị Huyện Phong Thổ").doesNotContain("Exception");
        }
        assertThat(auditRows("tamduong") - before).isEqualTo(2);
        HttpResponse<String> own = PortalServer.get(tamDuong, server.uri("/ho-so"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Hồ sơ đã gửi — <span>Huyện Tam Đường</span>", "<th>Nhận lúc (giờ Việt Nam)</th>");
        assertThat(vn.ntp.warehouse.portal.web.SubmissionStates.inVietnam("2026-12-04 13:38:08.515")).isEqualTo("04/12/2026 20:38");
        assertThat(PortalServer.get(tamDuong, server.uri("/tinh")).body()).contains("Tổng hợp — <span id=\"don-vi\">Huyện Tam Đường</span>");
    }

    @Test
    void theUploadPageOffersTheFeedbackWorkbookWithTheProblemCellsColoured() throws Exception {
        var phongTho = server.login("phongtho");
        String token = csrf(PortalServer.get(phongTho, server.uri("/gui")).body());
        Path file = PortalWorkbooks.cachedErrors(workbooks, "phong-tho-phan-hoi.xlsx");
        java.net.http.HttpClient browserLike = phongTho;

        HttpResponse<String> page = server.postFile(browserLike, "/gui?_csrf=" + token, "files", "phong-tho-phan-hoi.xlsx", Files.readAllBytes(file));

        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("href=\"(/gui/[0-9a-f]+/phan-hoi)\"").matcher(page.body());
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> download = browserLike.send(HttpRequest.newBuilder(server.uri(link.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''phong-tho-phan-hoi.kiem-tra.xlsx");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(download.body()))) {
            assertThat(wb.getSheetName(0)).isEqualTo(vn.ntp.warehouse.report.FeedbackWorkbook.LIST_SHEET);
            var e14 = wb.getSheet("Biểu 01").getRow(13).getCell(4);
            assertThat(e14.getCellStyle().getFillForegroundColor()).isEqualTo(vn.ntp.warehouse.report.FeedbackWorkbook.ERROR_FILL);
            assertThat(e14.getCellComment().getString().getString()).contains("#REF!");
        }
        // another account cannot fetch it
        HttpResponse<String> stranger = PortalServer.get(server.login("tamduong"), server.uri(link.group(1)));
        assertThat(stranger.statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorSeesTheAccountsAndSessionsTimeOutAfterThirtyMinutes() throws Exception {
        assertThat(PortalServer.addUser(server.home, "quantri", "12", "quan-tri")).isZero();

        HttpResponse<String> admin = PortalServer.get(server.login("quantri"), server.uri("/tai-khoan"));
        HttpResponse<String> officer = PortalServer.get(server.login("phongtho"), server.uri("/tai-khoan"));

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("<td>phongtho</td><td>109</td>", "<td>Cán bộ đơn vị</td>").doesNotContain("$2a$");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).contains("Chỉ tài khoản quản trị xem được danh sách tài khoản.");
        assertThat(server.context.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void loadNowWaitsForNothingWhileAnotherProcessHoldsTheRunLock() throws Exception {
        // a nightly run in another process holds state/run.lock (RunLock, as a run takes it)
        Path holder = Files.writeString(tmp.resolve("HoldRunLock.java"), """
                import java.nio.file.Path;
                public class HoldRunLock {
                    public static void main(String[] a) throws Exception {
                        if (vn.ntp.warehouse.batch.RunLock.tryAcquire(Path.of(a[0])).isEmpty()) System.exit(3);
                        System.out.println("locked");
                        System.in.read();
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), holder.toString(), server.home.resolve("state").toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine()).isEqualTo("locked");

            String outcome = server.context.getBean(vn.ntp.warehouse.portal.web.RunNow.class).run();

            assertThat(outcome).startsWith("Một lần chạy khác (tiến trình " + other.pid() + ", bắt đầu lúc ")
                    .endsWith(") đang diễn ra trên thư mục này; lần này không chạy. Chạy lại khi lần đó xong.");
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void theApiWithoutCredentialsAnswers401InVietnamese() throws Exception {
        HttpResponse<String> response = server.get("/api/submissions", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(response).get("message_vi").asString()).startsWith("Cần đăng nhập");
        assertThat(server.get("/api/submissions", "phongtho").statusCode()).isEqualTo(200);
    }

    @Test
    void aPagePostWithoutItsCsrfTokenIsRefused() throws Exception {
        // a signed-in session (form login with its token)...
        HttpResponse<String> loginPage = server.get("/dang-nhap", null);
        String token = csrf(loginPage.body());
        HttpResponse<String> login = server.http.send(HttpRequest.newBuilder(server.uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=phongtho&password=" + PortalServer.PASSWORD + "&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("loi");
        assertThat(server.get("/gui", null).body()).contains("Gửi báo cáo");

        // ...cannot send a file, nor sign someone else in, without the token
        Path file = PortalWorkbooks.phongTho().writeXlsx(workbooks, "phong-tho-csrf.xlsx");
        HttpResponse<String> upload = server.postFile("/gui", null, "files", "phong-tho-csrf.xlsx", Files.readAllBytes(file));
        HttpResponse<String> loginAgain = server.http.send(HttpRequest.newBuilder(server.uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=phongtho&password=" + PortalServer.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("Không có quyền truy cập trang này").doesNotContain("Exception");
        assertThat(loginAgain.statusCode()).isEqualTo(403);

        // with its token (in the query: the body of a refused upload is never read for it), a too large file is 413
        String pageToken = csrf(server.get("/gui", null).body());
        HttpResponse<String> tooLarge = server.postFile("/gui?_csrf=" + pageToken, null, "files", "lon.xlsx", new byte[3 << 20]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Tệp quá lớn: mỗi tệp tối đa 1 MB.");
        try (Stream<Path> staged = Files.walk(server.home.resolve("state"))) {
            assertThat(staged.filter(p -> p.getFileName().toString().equals("phong-tho-csrf.xlsx")).count()).isZero();
        }
    }

    @Test
    void anOversizedUploadGets413WithAVietnameseMessage() throws Exception {
        byte[] big = new byte[3 << 20];   // the server was started with a 1 MB limit

        HttpResponse<String> response = server.postFile("/api/validate", "phongtho", "file", "lon.xlsx", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("message_vi").asString()).isEqualTo(
                "Tệp quá lớn: mỗi tệp tối đa 1 MB. Hãy bỏ bớt các trang tính không cần gửi.");
    }

    @Test
    void aZipBombAnXxeFileAndAnHtmlFileGet400AndTheServerStaysUp() throws Exception {
        Map<Path, String> hostile = Map.of(
                PortalWorkbooks.zipBomb(workbooks.resolve("bom.xlsx")), "ZIP_BOMB",
                PortalWorkbooks.externalEntity(workbooks.resolve("xxe.xlsx")), "EXTERNAL_ENTITY",
                PortalWorkbooks.html(workbooks.resolve("trang-web.xls")), "NOT_EXCEL_HTML");
        for (Map.Entry<Path, String> e : hostile.entrySet()) {
            HttpResponse<String> response = server.postFile("/api/validate", "phongtho", e.getKey());

            assertThat(response.statusCode()).as(e.getValue()).isEqualTo(400);
            assertThat(json(response).get("reason_code").asString()).isEqualTo(e.getValue());
            assertThat(json(response).get("message_vi").asString()).startsWith("Không đọc được tệp: ");
        }
        Runtime rt = Runtime.getRuntime();
        assertThat(rt.totalMemory() - rt.freeMemory()).as("heap in use after the hostile files").isLessThan(rt.maxMemory());
        assertThat(server.get("/api/submissions", "phongtho").statusCode()).isEqualTo(200);
        assertThat(server.postFile("/api/validate", "phongtho", PortalWorkbooks.phongTho().writeXlsx(workbooks, "sau.xlsx"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        assertThat(PortalServer.addUser(server.home, "nghiviec", "109", "don-vi")).isZero();
        assertThat(server.get("/api/submissions", "nghiviec").statusCode()).isEqualTo(200);

        assertThat(vn.ntp.warehouse.cli.Ntp.run(new String[]{"user", "disable", "nghiviec", "--home", server.home.toString()})).isZero();

        HttpResponse<String> refused = server.get("/api/submissions", "nghiviec");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).get("message_vi").asString()).startsWith("Cần đăng nhập");
    }

    @Test
    void afterARunTheSenderSeesLoadedAndDuplicateFilesOfTheirUnit() throws Exception {
        byte[] content = Files.readAllBytes(PortalWorkbooks.tamDuong().allocated(vn.ntp.warehouse.fixtures.Source.NSTW_SN, 8_123)
                .writeXlsx(workbooks, "tam-duong-hai-lan.xlsx"));
        String first = json(server.postFile("/api/submissions", "tamduong", "file", "a.xlsx", content)).get("name").asString();
        Thread.sleep(5);   // a later name (the time and id differ); the same bytes
        String second = json(server.postFile("/api/submissions", "tamduong", "file", "b.xlsx", content)).get("name").asString();

        String outcome = server.context.getBean(vn.ntp.warehouse.portal.web.RunNow.class).run();

        assertThat(outcome).startsWith("Đã nạp xong");
        JsonNode listed = json(server.get("/api/submissions?unit=106", "tamduong"));
        Map<String, String> states = new java.util.HashMap<>();
        listed.valueStream().forEach(r -> states.put(r.get("source_file").asString(), r.get("status").asString() + " " + r.get("unit_code").asString()));
        assertThat(states.get(first)).isIn("loaded 106", "superseded 106");
        assertThat(states.get(second)).isEqualTo("duplicate 106");
        assertThat(json(server.get("/api/submissions?unit=106", "phongtho")).get("message_vi").asString()).contains("Không có quyền");

        JsonNode completeness = json(server.get("/api/completeness?period=6%20th%C3%A1ng%20%C4%91%E1%BA%A7u%20n%C4%83m%202024&unit=12", "laichau"));
        JsonNode tamDuongRow = completeness.valueStream().filter(r -> r.get("unit_code").asString().equals("106")).findFirst().orElseThrow();
        assertThat(tamDuongRow.get("form_code").asString()).isEqualTo("01");
        assertThat(tamDuongRow.get("received").asBoolean()).isTrue();
        assertThat(tamDuongRow.get("loaded_error_count").asInt()).isZero();
        assertThat(tamDuongRow.get("approval_status").asString()).isEqualTo("none");
        assertThat(tamDuongRow.get("due_date").asString()).isEqualTo("2024-07-15");
    }

    private static long auditRows(String user) {
        Long n = new JdbcTemplate(server.context.getBean(javax.sql.DataSource.class))
                .queryForObject("select count(*) from portal_audit where username = ?", Long.class, user);
        return n == null ? 0 : n;
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("login page carries a CSRF token").isTrue();
        return m.group(1);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
