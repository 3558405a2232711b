package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.validate.FindingCatalogue;

/** The README keeps its promises: the two first commands, and every rule code documented. */
class ReadmeTest {
    private final String readme = read("README.md");

    @Test
    void firstScreenGivesTheDemoAndTheTestCommandThatCiRuns() {
        int first = readme.indexOf("```\n");
        List<String> commands = readme.substring(first + 4, readme.indexOf("```", first + 4)).lines().toList();
        assertThat(commands).containsExactly("./ntp demo", "mvn -B verify");
        assertThat(read(".ci/run")).contains("mvn -B verify");
    }

    @Test
    void everyRuleCodeIsInTheFindingsTable() {
        for (FindingCatalogue.Entry check : FindingCatalogue.load(Path.of("jobs/rules")).all()) {
            assertThat(readme).as(check.code()).contains("| `" + check.code() + "` | " + check.severity() + " |");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
