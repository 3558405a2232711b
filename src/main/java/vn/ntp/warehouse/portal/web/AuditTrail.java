package vn.ntp.warehouse.portal.web;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Appends to {@code portal_audit}: refused reads and uploads, submissions, approvals, "Nạp ngay". */
@Component
@Profile("portal")
public class AuditTrail {
    public static final String REFUSED_READ = "REFUSED_READ";
    public static final String REFUSED_UPLOAD = "REFUSED_UPLOAD";
    public static final String SUBMIT = "SUBMIT";
    public static final String LOAD_NOW = "LOAD_NOW";
    public static final String APPROVAL = "APPROVAL";

    private final JdbcTemplate jdbc;

    public AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, String action, String unitCode, String detail) {
        String d = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        jdbc.update("insert into portal_audit (at, username, action, unit_code, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), username, action, unitCode, d);
    }
}
