package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;

/**
 * The commands that do not start Spring (validate, query, annex...) log as Spring's do: to the home's ntp.log at the
 * levels of application.properties, to stderr only with --verbose, and never on the terminal an officer reads.
 */
class CommandLoggingTest {
    @TempDir
    Path home;

    @AfterEach
    void logbackAsItStarts() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void linesGoToTheHomesLogAtTheConfiguredLevelsAndNothingToTheTerminal() throws Exception {
        Files.createDirectories(home.resolve("state"));

        String[] terminal = logging("validate", "x.xlsx", "--home", home.toString());

        assertThat(terminal[0]).isEmpty();
        assertThat(terminal[1]).isEmpty();
        String log = Files.readString(home.resolve("state/ntp.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO", "XlsxFeedback", "left to POI: the package has VML")
                .contains("WARN", "a warning of a library")
                .doesNotContain("POI's note on document properties")    // org.apache.poi.POIDocument: ERROR only
                .doesNotContain("a library's debug line");              // root: WARN
    }

    @Test
    void verboseAlsoWritesThemToStderr() throws Exception {
        Files.createDirectories(home.resolve("state"));

        String[] terminal = logging("annex", "--verbose", "--home", home.toString());

        assertThat(terminal[0]).isEmpty();
        assertThat(terminal[1]).contains("left to POI: the package has VML").doesNotContain("a library's debug line");
    }

    @Test
    void aHomeWithoutItsStateFolderGetsNoLogAndTheTerminalStaysQuiet() throws Exception {
        String[] terminal = logging("query", "select 1", "--home", home.toString());

        assertThat(terminal[0]).isEmpty();
        assertThat(terminal[1]).isEmpty();
        assertThat(home.resolve("state")).doesNotExist();
    }

    /** Configures logging for the command line, logs a few lines; returns what stdout and stderr received. */
    private static String[] logging(String... commandLine) {
        CommandLineTest.Printed printed = CommandLineTest.printed(() -> {
            CommandLogging.configure(Arguments.parse(commandLine));
            LoggerFactory.getLogger("vn.ntp.warehouse.report.feedback.XlsxFeedback").info("Feedback workbook of {} left to POI: the package has VML", "x.xlsx");
            LoggerFactory.getLogger("org.apache.poi.POIDocument").warn("POI's note on document properties");
            LoggerFactory.getLogger("com.example.Library").warn("a warning of a library");
            LoggerFactory.getLogger("com.example.Library").debug("a library's debug line");
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            return 0;
        });
        return new String[] {printed.out(), printed.err()};
    }
}
