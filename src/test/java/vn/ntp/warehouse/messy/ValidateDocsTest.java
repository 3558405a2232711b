package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.validate.CheckCatalog;

/** docs/validate.md lists every rule code of jobs/rules/checks.yaml with its Vietnamese message, as the sender reads it. */
class ValidateDocsTest {
    @Test
    void everyRuleCodeIsDocumentedWithItsMessage() throws Exception {
        String doc = Files.readString(Path.of("docs/validate.md"), StandardCharsets.UTF_8);
        for (CheckCatalog.Check check : Pipeline.REFERENCE.checks().all()) {
            assertThat(doc).as(check.code()).contains("| `" + check.code() + "` | ");
            assertThat(doc).as(check.code()).contains("`" + check.messageVi() + "`");
        }
    }
}
