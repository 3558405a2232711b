package vn.ntp.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ntp COMMAND [--option value]... [ARG]...}: options with a value, positional arguments, and
 * Spring properties ({@code --spring.datasource.url=...}) passed through to the batch context.
 */
public record Arguments(String command, Map<String, String> options, List<String> positional, List<String> springArgs) {
    private static final Set<String> OPTIONS = Set.of("--home", "--inbox", "--cron", "--format", "--jobs-dir", "--sql-dir", "--out",
            "--port", "--unit", "--role", "--password-file");

    public static Arguments parse(String[] args) throws UsageException {
        if (args.length == 0) throw new UsageException("Thiếu lệnh.");
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS.contains(a)) {
                if (i + 1 >= args.length) throw new UsageException("Tùy chọn " + a + " cần một giá trị.");
                options.put(a, args[++i]);
            } else if (a.startsWith("--") && a.contains("=") && OPTIONS.contains(a.substring(0, a.indexOf('=')))) {
                options.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.startsWith("--spring.") || a.startsWith("--ntp.") || a.startsWith("--logging.")) {
                spring.add(a);
            } else if (a.startsWith("--")) {
                throw new UsageException("Tùy chọn không hợp lệ: " + a);
            } else {
                positional.add(a);
            }
        }
        return new Arguments(args[0], options, positional, spring);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public Path home() {
        return Path.of(options.getOrDefault("--home", "ntp-home")).toAbsolutePath().normalize();
    }

    public Path jobsDir() {
        return Path.of(options.getOrDefault("--jobs-dir", System.getProperty("ntp.jobs-dir", "jobs"))).toAbsolutePath().normalize();
    }

    public Path sqlDir() {
        return Path.of(options.getOrDefault("--sql-dir", System.getProperty("ntp.sql-dir", "sql"))).toAbsolutePath().normalize();
    }

    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
