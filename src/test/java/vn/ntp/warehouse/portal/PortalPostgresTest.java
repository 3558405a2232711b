package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.pipeline.ThrowAwayPostgres;

/** Issue 12, item 2: accounts and the audit table in PostgreSQL when the state database is configured so. */
class PortalPostgresTest {
    @TempDir
    Path tmp;

    @Test
    void accountsMadeOnTheCommandLineSignInAndRefusalsAreAuditedInPostgresql() throws Exception {
        ThrowAwayPostgres db = ThrowAwayPostgres.freshDatabase();
        String[] pg = db.springArgs().toArray(String[]::new);
        Path home = Files.createDirectories(tmp.resolve("home"));
        assertThat(PortalServer.addUser(home, "phongtho", "109", "don-vi", pg)).isZero();

        try (PortalServer server = new PortalServer(home, pg)) {
            assertThat(server.get("/api/submissions", "phongtho").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/submissions?unit=106", "phongtho").statusCode()).isEqualTo(403);
        }

        assertThat(db.column("select username || ' ' || role || ' ' || enabled from portal_account")).containsExactly("phongtho don-vi true");
        assertThat(db.column("select action || ' ' || unit_code from portal_audit")).containsExactly("REFUSED_READ 106");
        assertThat(home.resolve("state/jobrepo.mv.db")).as("nothing in the H2 default").doesNotExist();
    }
}
