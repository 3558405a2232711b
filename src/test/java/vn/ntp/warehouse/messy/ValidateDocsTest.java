package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.validate.FindingCatalogue;

/** docs/validate.md lists every sheet check of jobs/rules/findings.yaml with its Vietnamese message, as the sender reads it. */
class ValidateDocsTest {
    @Test
    void everyRuleCodeIsDocumentedWithItsMessage() throws Exception {
        String doc = Files.readString(Path.of("docs/validate.md"), StandardCharsets.UTF_8);
        for (FindingCatalogue.Entry check : Pipeline.REFERENCE.checks().ofStage(FindingCatalogue.Stage.SHEET)) {
            assertThat(doc).as(check.code()).contains("| `" + check.code() + "` | ");
            assertThat(doc).as(check.code()).contains("`" + check.messageVi() + "`");
        }
    }
}
