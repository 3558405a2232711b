package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

/**
 * The worked example of docs/rules.md ("Adding a rule"): its query and its YAML entry, read from the document, added
 * to copies of sql/ and jobs/, give the finding the document promises.
 */
class DocumentedRuleExampleTest {

    @TempDir
    Path home;
    @TempDir
    Path jobsDir;

    @Test
    void theDocumentedRuleIsAConfigChangeThatWorks() throws Exception {
        String doc = Files.readString(Path.of("docs/rules.md"));
        String example = doc.substring(doc.indexOf("## Adding a rule"));
        Path sql = home.resolve("sql");
        TreeCopy.copy(Path.of("sql"), sql);
        Files.writeString(sql.resolve("rules/NO_DISBURSEMENT.sql"), block(example, "```sql"));
        JobsFixture jobs = JobsFixture.copyOfShipped(jobsDir);
        Path referenceDir = jobsDir.resolve("reference");   // as shipped: the catalogue is jobs/rules beside it
        ReferenceFixture.write(referenceDir);
        Path rules = jobs.dir().resolve("rules/findings.yaml");
        Files.writeString(rules, Files.readString(rules) + "\n" + block(example, "```yaml"));

        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, "6 tháng đầu năm 2024", "2024-07-10T03:00:00Z");
        new vn.ntp.warehouse.lake.LakeWriter(home.resolve("lake")).writeBatch("b1", List.of(tamDuong), concat(
                        leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "500", "0", 12),
                        leaf(tamDuong, "GNBV.DA1.TDA1", "NSTW SN current", "500", "10", 13),
                        leaf(tamDuong, "GNBV.DA1.TDA2", "NSTW SN current", "50", "0", 14)), List.of());
        WarehouseBuilder builder = new WarehouseBuilder(home, sql, referenceDir, jobs.dir());
        builder.build(m -> { });

        try (var c = ReadOnlyWarehouse.open(builder.warehouseFile()); var s = c.createStatement();
             var rs = s.executeQuery("select cell_ref, expected, actual, message from dq_issue where rule_code = 'NO_DISBURSEMENT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).containsExactly("H12", "500", "0",
                    "Biểu 01!H12: Huyện Tam Đường: dòng GNBV.DA2 được giao 500 triệu đồng nhưng chưa giải ngân đồng nào "
                            + "(6 tháng đầu năm 2024).");
            assertThat(rs.next()).isFalse();
        }
    }

    /** The first fenced block opened by {@code fence} in the text. */
    private static String block(String text, String fence) {
        int start = text.indexOf(fence);
        int bodyStart = text.indexOf('\n', start) + 1;
        return text.substring(bodyStart, text.indexOf("```", bodyStart));
    }
}
