package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * docs/validate.md lists every sheet check of jobs/rules/findings.yaml with its severity and Vietnamese message, as
 * the sender reads it, and names every reason a file is refused.
 */
class ValidateDocsTest {
    private static final java.util.Map<String, String> SEVERITY_VI = java.util.Map.of(
            "error", "lỗi", "warning", "cảnh báo", "info", "thông tin");

    @Test
    void everyRuleCodeIsDocumentedWithItsMessage() throws Exception {
        String doc = Files.readString(Path.of("docs/validate.md"), StandardCharsets.UTF_8);
        for (FindingCatalogue.Entry check : Pipeline.REFERENCE.checks().ofStage(FindingCatalogue.Stage.SHEET)) {
            assertThat(doc).as(check.code()).contains("| `" + check.code() + "` | " + SEVERITY_VI.get(check.severity())
                    + " | `" + check.messageVi() + "` |");
        }
        for (FindingCatalogue.Entry reason : Pipeline.REFERENCE.checks().ofStage(FindingCatalogue.Stage.SUBMISSION)) {
            if (!reason.code().equals("SHEET_REFUSED")) assertThat(doc).as(reason.code()).contains("`" + reason.code() + "`");
        }
    }
}
