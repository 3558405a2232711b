package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ntp.warehouse.messy.PortalWorkbooks;

/**
 * Issue 12, acceptance: a real browser (Debian's chromium through chromedriver, paths given, nothing
 * downloaded) on a real portal. A district officer uploads a messy workbook, sees the highlighted
 * cell with its message, sends it; the province officer loads it ("Nạp ngay"), sees it loaded,
 * approves one district and returns another; a later file for the approved period ends held.
 * Screenshots of the upload feedback and of the province view go to docs/.
 */
class PortalBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("ntp.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ntp.test.chromedriver", "/usr/bin/chromedriver"));

    @TempDir
    Path tmp;
    PortalServer server;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        Path home = Files.createDirectories(tmp.resolve("home"));
        assertThat(PortalServer.addUser(home, "phongtho", "109", "don-vi")).isZero();
        assertThat(PortalServer.addUser(home, "laichau", "12", "tinh")).isZero();
        server = new PortalServer(home);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1100", "--lang=vi", "--user-data-dir=" + tmp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void uploadSeeTheCellSubmitLoadApproveReturnAndALaterFileIsHeld() throws Exception {
        Path workbooks = Files.createDirectories(tmp.resolve("workbooks"));

        // the district officer uploads a workbook with three cached formula errors
        login("phongtho");
        assertThat(browser.getCurrentUrl()).endsWith("/gui");
        upload(PortalWorkbooks.cachedErrors(workbooks, "phong-tho-bieu01-6t-2024.xlsx"));
        WebElement e14 = browser.findElement(By.cssSelector("table.preview td[data-ref='E14']"));
        assertThat(e14.getAttribute("class")).isEqualTo("sev-error");
        assertThat(e14.getAttribute("title")).isEqualTo("ô có lỗi công thức #REF!; số liệu ô này không được tính (không coi là 0).");
        assertThat(e14.findElement(By.className("msg")).getText()).contains("#REF!");
        assertThat(browser.findElement(By.cssSelector("table.preview td[data-ref='E13']")).getAttribute("class")).isNullOrEmpty();
        assertThat(texts(By.cssSelector("table.findings tr.sev-error td:nth-child(2)")))
                .containsExactly("Biểu 01!I13", "Biểu 01!E14", "Biểu 01!H16");
        assertThat(browser.findElement(By.className("summary")).getText()).startsWith("3 lỗi, 0 cảnh báo, 0 thông tin.");
        assertThat(browser.findElement(By.className("phan-hoi")).getAttribute("href")).contains("/phan-hoi");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e14);
        screenshot("portal-upload-feedback.png");

        // sends it: waiting for the next run
        go(browser.findElement(By.className("nut-gui")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Đã gửi tệp vào hộp thư với tên GNBV_01_109_2024_");
        String first = onlyRow("pending").getAttribute("data-file");
        assertThat(onlyRow("pending").findElement(By.className("state")).getText()).isEqualTo("Chờ nạp");
        logout();

        // the province officer loads now: the file is loaded, with its findings and figures
        login("laichau");
        browser.get(server.uri("/ho-so").toString());
        go(browser.findElement(By.id("nap-ngay")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Đã nạp xong");
        WebElement loaded = row(first);
        assertThat(loaded.getAttribute("data-status")).isEqualTo("loaded");
        assertThat(loaded.findElement(By.className("state")).getText()).isEqualTo("Đã nạp");
        go(loaded.findElement(By.tagName("a")));
        assertThat(browser.findElement(By.id("trang-thai")).getText()).isEqualTo("Đã nạp");
        assertThat(browser.findElement(By.id("so-lieu")).getText()).contains("Kế hoạch (triệu đồng)").contains("Biểu 01: vốn (triệu đồng)");
        assertThat(browser.getPageSource()).contains("Biểu 01!E14");

        // province view: Phong Thổ sent with errors, Tam Đường is missing; approve one, return the other
        browser.get(server.uri("/tinh").toString());
        assertThat(cell("109").getAttribute("data-state")).isEqualTo("errors");
        assertThat(cell("106").getAttribute("data-state")).isEqualTo("missing");
        assertThat(texts(By.cssSelector("#chua-nop td:first-child"))).contains("Huyện Tam Đường").doesNotContain("Huyện Phong Thổ");
        assertThat(browser.findElements(By.cssSelector("svg#giai-ngan rect[data-label='Huyện Phong Thổ']"))).hasSize(1);
        go(matrixRow("109").findElement(By.className("phe-duyet")));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Huyện Phong Thổ, biểu 01: Đã phê duyệt.");
        matrixRow("106").findElement(By.className("ly-do")).sendKeys("Chưa nộp biểu 01, đề nghị gửi trước 20/7");
        go(matrixRow("106").findElement(By.className("tra-lai")));
        assertThat(cell("109").getAttribute("data-approval")).isEqualTo("approve");
        assertThat(cell("106").getAttribute("data-approval")).isEqualTo("return");
        assertThat(cell("106").getText()).contains("Trả lại: Chưa nộp biểu 01, đề nghị gửi trước 20/7");
        assertThat(matrixRow("109").findElements(By.className("rut"))).hasSize(1);
        screenshot("portal-province-view.png");
        logout();

        // a corrected file for the approved period is read and checked, but held out of the marts
        // (sent with another district's file in the same upload: that one is refused, and audited)
        login("phongtho");
        upload(PortalWorkbooks.phongTho().writeXlsx(workbooks, "phong-tho-bieu01-6t-2024-sua.xlsx"),
                PortalWorkbooks.tamDuong().writeXlsx(workbooks, "tam-duong-bieu01-6t-2024.xlsx"));
        assertThat(texts(By.cssSelector("section.upload h2"))).containsExactly("phong-tho-bieu01-6t-2024-sua.xlsx");
        assertThat(texts(By.cssSelector("section.upload p.refusal"))).containsExactly("tam-duong-bieu01-6t-2024.xlsx: "
                + "Không có quyền với đơn vị Huyện Tam Đường, tỉnh Lai Châu: đơn vị này nằm ngoài phạm vi của tài khoản.");
        go(browser.findElement(By.className("nut-gui")));
        logout();
        login("laichau");
        browser.get(server.uri("/ho-so").toString());
        go(browser.findElement(By.id("nap-ngay")));
        WebElement held = onlyRow("held");
        assertThat(held.getAttribute("data-file")).isNotEqualTo(first).startsWith("GNBV_01_109_2024_");
        assertThat(held.findElement(By.className("state")).getText()).isEqualTo("Tạm giữ (số liệu đã phê duyệt)");
        assertThat(row(first).getAttribute("data-status")).as("the approved file stays loaded").isEqualTo("loaded");

        // the warehouse exposes the approvals and their audit rows
        try (Connection c = readOnly(); Statement s = c.createStatement()) {
            assertThat(rows(s, "select unit_code || ' ' || approval_status || ' ' || coalesce(comment, '') from approval order by unit_code"))
                    .containsExactly("106 returned Chưa nộp biểu 01, đề nghị gửi trước 20/7", "109 approved ");
            assertThat(rows(s, "select username || ' ' || action || ' ' || unit_code from audit_log order by event_at"))
                    .containsExactly("laichau approve 109", "laichau return 106");
            assertThat(rows(s, "select unit_code || ' ' || approval_status || ' ' || held_files from mart_approval "
                    + "where unit_code in ('106', '109') order by unit_code"))
                    .containsExactly("106 returned 0", "109 approved 1");
        }
    }

    // ---------- steps

    private void login(String user) {
        browser.get(server.uri("/dang-nhap").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PortalServer.PASSWORD);
        go(browser.findElement(By.id("dang-nhap")));
    }

    private void logout() {
        go(browser.findElement(By.id("dang-xuat")));
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap");
    }

    /**
     * Clicks something that loads another page, and waits until the new page has loaded. The old page is
     * marked with a script variable that a new document does not have: asking the clicked element whether
     * it went stale races with chromedriver, which may answer "Node with given id does not belong to the
     * document" while the old document is being replaced.
     */
    private void go(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.ntpOldPage = true");
        element.click();
        new WebDriverWait(browser, java.time.Duration.ofMinutes(2)).ignoring(WebDriverException.class)
                .until(b -> Boolean.TRUE.equals(js.executeScript(
                        "return window.ntpOldPage === undefined && document.readyState === 'complete'")));
    }

    private void upload(Path... files) {
        browser.get(server.uri("/gui").toString());
        browser.findElement(By.id("files")).sendKeys(String.join("\n",
                java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        go(browser.findElement(By.id("kiem-tra")));
    }

    private WebElement row(String file) {
        return browser.findElement(By.cssSelector("#ho-so tr[data-file='" + file + "']"));
    }

    private WebElement onlyRow(String status) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#ho-so tr[data-status='" + status + "']"));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private WebElement matrixRow(String unit) {
        return browser.findElement(By.cssSelector("#ma-tran tr[data-unit='" + unit + "']"));
    }

    private WebElement cell(String unit) {
        return matrixRow(unit).findElement(By.cssSelector("div[data-form='01']"));
    }

    private List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path docs = Files.createDirectories(Path.of("docs"));
        Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private Connection readOnly() throws Exception {
        return vn.ntp.warehouse.warehouse.ReadOnlyWarehouse.open(server.home.resolve("warehouse.duckdb"));
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
