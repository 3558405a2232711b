package vn.ntp.warehouse.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.cli.Arguments;
import vn.ntp.warehouse.cli.ServeCommand;
import vn.ntp.warehouse.cli.Ntp;

/**
 * A real portal for tests: {@code ./ntp serve} on a random port over a temp home, accounts made with
 * {@code ./ntp user add}, and an HTTP client with helpers for Basic auth and multipart bodies.
 */
final class PortalServer implements AutoCloseable {
    static final String PASSWORD = "mat-khau-123";

    final Path home;
    final ConfigurableApplicationContext context;
    final int port;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    PortalServer(Path home, String... extraArgs) throws Exception {
        this.home = home;
        List<String> args = new ArrayList<>(List.of("serve", "--home", home.toString(), "--port", "0"));
        args.addAll(List.of(extraArgs));
        this.context = ServeCommand.start(Arguments.parse(args.toArray(String[]::new)));
        this.port = ServeCommand.port(context);
    }

    /** {@code ./ntp user add NAME --unit UNIT --role ROLE --password-file F}; returns its exit code. */
    static int addUser(Path home, String name, String unit, String role) throws IOException {
        Path file = Files.writeString(Files.createTempFile(home.getParent(), "pw", ".txt"), PASSWORD + "\n");
        return Ntp.run(new String[]{"user", "add", name, "--unit", unit, "--role", role, "--password-file", file.toString(),
                "--home", home.toString()});
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) b.header("Authorization", basic(user));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart POST of one file as part {@code part}, with Basic credentials of {@code user} (none: null). */
    HttpResponse<String> postFile(String path, String user, String part, String fileName, byte[] content) throws Exception {
        return postFile(http, path, user, part, fileName, content);
    }

    /** The same, from a client of its own (a signed-in session). */
    HttpResponse<String> postFile(HttpClient client, String path, String part, String fileName, byte[] content) throws Exception {
        return postFile(client, path, null, part, fileName, content);
    }

    private HttpResponse<String> postFile(HttpClient client, String path, String user, String part, String fileName, byte[] content)
            throws Exception {
        String boundary = "----ntp" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) b.header("Authorization", basic(user));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postFile(String path, String user, Path file) throws Exception {
        return postFile(path, user, "file", file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** A browser-like client of its own, signed in through the login form (with its CSRF token). */
    HttpClient login(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(uri("/dang-nhap")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) throw new IllegalStateException("no CSRF token on the login page");
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD + "&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("loi")) {
            throw new IllegalStateException("login of " + user + " failed");
        }
        return client;
    }

    static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        context.close();
    }
}
