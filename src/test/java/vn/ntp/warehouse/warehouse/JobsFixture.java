package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the shipped warehouse configuration (jobs/rules/findings.yaml, counterpart_share.csv,
 * policy.yaml, jobs/schedule/forms.yaml) in a temporary jobs folder, to be changed by a test the way an
 * operator would change it: text edits of the files.
 */
final class JobsFixture {

    private final Path dir;

    private JobsFixture(Path dir) {
        this.dir = dir;
    }

    static JobsFixture copyOfShipped(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(dir.resolve("schedule"));
        for (String file : new String[]{"rules/findings.yaml", "rules/season.yaml", "rules/counterpart_share.csv", "rules/policy.yaml",
                "schedule/forms.yaml"}) {
            Files.copy(Path.of("jobs").resolve(file), dir.resolve(file));
        }
        return new JobsFixture(dir);
    }

    Path dir() {
        return dir;
    }

    JobsFixture blockOnError(boolean block) throws IOException {
        return replace("rules/policy.yaml", "block_on_error: false", "block_on_error: " + block);
    }

    /** Changes the missing-value policy of one rule (the line right after its severity). */
    JobsFixture missing(String code, MissingPolicy policy) throws IOException {
        Path file = dir.resolve("rules/findings.yaml");
        String yaml = Files.readString(file);
        int start = yaml.indexOf("\n  " + code + ":\n");
        int line = yaml.indexOf("missing: ", start);
        int end = yaml.indexOf(' ', line + "missing: ".length());
        int endOfLine = yaml.indexOf('\n', line);
        Files.writeString(file, yaml.substring(0, line) + "missing: " + policy.yamlName()
                + yaml.substring(Math.min(end < 0 ? endOfLine : end, endOfLine)));
        return this;
    }

    JobsFixture appendCounterpartShare(String line) throws IOException {
        Files.writeString(dir.resolve("rules/counterpart_share.csv"),
                Files.readString(dir.resolve("rules/counterpart_share.csv")) + line + "\n");
        return this;
    }

    JobsFixture replace(String file, String text, String replacement) throws IOException {
        Path path = dir.resolve(file);
        String content = Files.readString(path);
        if (!content.contains(text)) {
            throw new IllegalStateException(file + " has no " + text);
        }
        Files.writeString(path, content.replace(text, replacement));
        return this;
    }
}
