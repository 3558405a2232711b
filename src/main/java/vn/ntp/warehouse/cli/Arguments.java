package vn.ntp.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ntp [OPTION]... COMMAND [OPTION]... [ARG]...}: the first word that is not an option is the
 * command; options (with a value, {@code --home DIR} or {@code --home=DIR}, or flags such as
 * {@code --verbose}) may stand anywhere, before or after it; Spring properties
 * ({@code --spring.datasource.url=...}) are passed through to the batch context.
 */
public record Arguments(String command, Map<String, String> options, Set<String> flags, List<String> positional,
                        List<String> springArgs) {
    private static final Set<String> OPTIONS = Set.of("--home", "--inbox", "--cron", "--format", "--jobs-dir", "--sql-dir", "--out",
            "--port", "--unit", "--role", "--password", "--password-file",
            "--form", "--period", "--program", "--basis", "--project", "--measure", "--budget-level",
            "--capital-type", "--vintage", "--indicator", "--group", "--unit-of-measure");
    private static final Set<String> FLAGS = Set.of("--verbose", "--help", "--feedback-next-to-file");

    public static Arguments parse(String[] args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS.contains(a)) {
                if (i + 1 >= args.length) throw new UsageException("Tùy chọn " + a + " cần một giá trị.");
                options.put(a, args[++i]);
            } else if (a.startsWith("--") && a.contains("=") && OPTIONS.contains(a.substring(0, a.indexOf('=')))) {
                options.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (FLAGS.contains(a) || a.equals("-h")) {
                flags.add(a.equals("-h") ? "--help" : a);
            } else if (a.startsWith("--spring.") || a.startsWith("--ntp.") || a.startsWith("--logging.")) {
                spring.add(a);
            } else if (a.matches("--[A-Za-z][\\w.=-]*")) {
                throw new UsageException("Tùy chọn không hợp lệ: " + a);
            } else if (command == null) {
                command = a;
            } else {
                positional.add(a);
            }
        }
        if (command == null) {
            if (flags.contains("--help")) command = "help";
            else throw new UsageException("Thiếu lệnh.");
        }
        return new Arguments(command, options, flags, positional, spring);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public boolean verbose() {
        return flag("--verbose");
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
