package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Where the log lines of a command go before (or without) Spring: the commands that answer at once (validate, query,
 * annex, explain, status...) never start it, and logback's own default printed every line on the terminal, English and
 * debug ones included. Here they follow what Spring's commands do: the levels of {@code application.properties}
 * ({@code logging.level.*}), lines to {@code <home>/state/ntp.log} when the home has a state folder, to stderr only
 * with {@code --verbose}; the terminal shows the command's own Vietnamese output and nothing else. Spring's commands
 * replace this configuration with their own when their context starts.
 */
final class CommandLogging {
    /** Spring Boot's file pattern, so that ntp.log reads the same whichever command wrote a line. */
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5level " + ProcessHandle.current().pid()
            + " --- [%thread] %-40.40logger{39} : %msg%n";
    private static final String LEVEL_PREFIX = "logging.level.";

    private CommandLogging() {
    }

    static void configure(Arguments args) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        levels().forEach((name, level) -> context.getLogger(name.equals("root") ? Logger.ROOT_LOGGER_NAME : name)
                .setLevel(Level.toLevel(level, Level.WARN)));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Path state = args.home().resolve("state");
        if (Files.isDirectory(state) && Files.isWritable(state)) {
            FileAppender<ILoggingEvent> file = new FileAppender<>();
            file.setFile(state.resolve("ntp.log").toString());
            file.setAppend(true);
            root.addAppender(started(file, context));
        }
        if (args.verbose()) {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setTarget("System.err");
            root.addAppender(started(console, context));
        }
    }

    private static OutputStreamAppender<ILoggingEvent> started(OutputStreamAppender<ILoggingEvent> appender, LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /** {@code logging.level.<logger>} of application.properties: logger (or "root") → level. */
    private static Map<String, String> levels() {
        Properties properties = new Properties();
        try (InputStream in = CommandLogging.class.getResourceAsStream("/application.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> levels = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(LEVEL_PREFIX)) levels.put(key.substring(LEVEL_PREFIX.length()), properties.getProperty(key).trim());
        }
        return levels;
    }
}
