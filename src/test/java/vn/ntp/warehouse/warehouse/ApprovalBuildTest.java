package vn.ntp.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.budgetLeaf;
import static vn.ntp.warehouse.warehouse.AnnexRows.submission;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;
import vn.ntp.warehouse.portal.approval.ApprovalLog;

/**
 * Issue 12, item 6: the portal's approval events reach the warehouse. A new event alone makes the
 * next publish rebuild; approved figures are locked (a later file is {@code held}: in the lake and in
 * {@code submission}, not in the facts) until the approval is withdrawn; {@code approval} and
 * {@code audit_log} expose them.
 */
class ApprovalBuildTest {
    @TempDir
    Path home;
    @TempDir
    Path referenceDir;

    private static final ApprovalLog.Key PHONG_THO_2024 = new ApprovalLog.Key("GNBV", "01", "109", 2024, "Năm 2024");

    @Test
    void anApprovedUnitFormAndPeriodHoldsALaterFileUntilTheApprovalIsWithdrawn() throws Exception {
        ReferenceFixture.write(referenceDir);
        LakeWriter lake = new LakeWriter(home.resolve("lake"));
        WarehouseBuilder builder = new WarehouseBuilder(home, Path.of("sql"), referenceDir);
        ApprovalLog approvals = new ApprovalLog(home);
        SubmissionRow first = submission("s1", "b1", "01", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 1_000L);
        lake.writeBatch("b1", List.of(first), budgetLeaf(first, "GNBV.DA1.TDA1", "100", "40", 12), List.of());
        assertThat(builder.publish(p -> { }).outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(builder.publish(p -> { }).outcome()).isEqualTo(WarehouseBuilder.Outcome.UNCHANGED);

        approvals.append("laichau", ApprovalLog.APPROVE, PHONG_THO_2024, "");

        assertThat(builder.publish(p -> { }).outcome()).as("an approval alone is a change").isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(query("select unit_code || ' ' || approval_status || ' ' || status_by from approval")).containsExactly("109 approved laichau");
        assertThat(query("select distinct basis || ' ' || approval_status from mart_disbursement where unit_code = '109' order by 1"))
                .as("the marts carry the unit's approval of that form and period").containsExactly("reported approved");

        SubmissionRow later = submission("s2", "b2", "01", "109", "Huyện Phong Thổ", 2024, "Năm 2024", System.currentTimeMillis() + 60_000);
        lake.writeBatch("b2", List.of(later), budgetLeaf(later, "GNBV.DA1.TDA1", "900", "400", 12), List.of());
        builder.publish(p -> { });

        assertThat(query("select submission_id || ' ' || status from submission order by submission_id")).containsExactly("s1 loaded", "s2 held");
        assertThat(query("select cast(sum(allocated_mvnd) as varchar) from fact_budget")).containsExactly("100.000000");
        assertThat(query("select count(*) from stg_budget where submission_id = 's2'")).as("held: still in the lake").doesNotContain("0");

        approvals.append("laichau", ApprovalLog.WITHDRAW, PHONG_THO_2024, "Huyện gửi số liệu điều chỉnh");
        builder.publish(p -> { });

        assertThat(query("select submission_id || ' ' || status from submission order by submission_id")).containsExactly("s1 superseded", "s2 loaded");
        assertThat(query("select cast(sum(allocated_mvnd) as varchar) from fact_budget")).containsExactly("900.000000");
        assertThat(query("select action || ' ' || username || ' ' || coalesce(comment, '') from audit_log order by event_at, action"))
                .containsExactly("approve laichau ", "withdraw laichau Huyện gửi số liệu điều chỉnh");
        assertThat(query("select approval_status from approval")).containsExactly("withdrawn");
        assertThat(query("select distinct approval_status from mart_disbursement where unit_code = '109'")).containsExactly("withdrawn");
    }

    private List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
