package vn.ntp.warehouse.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * {@code submission_reason}: the words of why a file was not loaded, rendered at build time from the findings
 * catalogue. The ledger keeps the reason raw ({@code reason_finding}: a finding's code and values as JSON); the
 * build renders each distinct one of the lake it reads with {@link FindingCatalogue#render} (the renderer of
 * {@code ./ntp validate}, the quarantine notes and the portal) and {@code submission} joins them, so a changed
 * message is a rebuild, not a reload. Filled after the staging views, before the first model that reads it.
 */
final class SubmissionReasons {

    static final String TABLE = "submission_reason";

    private SubmissionReasons() {
    }

    static void create(Statement statement) throws SQLException {
        statement.execute("create or replace table submission_reason (reason_finding varchar, reason_vi varchar, reason_en varchar)");
    }

    static void fill(Connection connection, Statement statement, FindingCatalogue catalogue) throws SQLException {
        List<String> reasons = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "select distinct reason_finding from stg_submission where reason_finding is not null")) {
            while (rs.next()) reasons.add(rs.getString(1));
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into submission_reason values (?, ?, ?)")) {
            for (String json : reasons) {
                FindingCatalogue.Rendered rendered;
                try {
                    rendered = catalogue.render(Finding.fromJson(json));
                } catch (RuntimeException e) {
                    throw new WarehouseBuildException("Cannot render the reason " + json + ": " + e.getMessage(), e);
                }
                insert.setString(1, json);
                insert.setString(2, rendered.messageVi());
                insert.setString(3, rendered.messageEn());
                insert.executeUpdate();
            }
        }
    }
}
