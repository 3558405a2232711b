package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.mvnd;
import static vn.ntp.warehouse.pipeline.Pipelines.single;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spring Batch job repository on a real PostgreSQL (the server of {@code .ci/postgres}): the schema is
 * created on first start, a full run of the sample inbox completes with every stage and partition recorded,
 * and a second run over the same database finds the first and reads nothing again. The portal's accounts and
 * audit tables live in the same database.
 */
class PostgresJobRepositoryTest {

    @TempDir
    Path tmp;

    @Test
    void fullRunKeepsItsJobRepositoryOnPostgres() throws Exception {
        ThrowAwayPostgres db = ThrowAwayPostgres.freshDatabase();
        Path home = tmp.resolve("home");
        Path inbox = Pipelines.copyOfSampleInbox(tmp.resolve("inbox"));

        Pipelines.Result first = ntp(db, "run", "--home", home.toString(), "--inbox", inbox.toString());
        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(single(home, "select sum(allocated_mvnd) from mart_disbursement where unit_code = '109' and basis = 'reported'"
                + " and project_code = 'GNBV' and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'"))
                .isEqualTo(mvnd(144_735));

        assertThat(db.column("select status from batch_job_execution")).containsExactly("COMPLETED");
        assertThat(db.column("select step_name from batch_step_execution order by step_name"))
                .contains("intakeStep", "publishWarehouseStep")
                .anyMatch(step -> step.startsWith("extractAnnexesWorker:partition-"));
        assertThat(db.column("select count(*) from batch_step_execution where status <> 'COMPLETED'")).containsExactly("0");

        Pipelines.Result second = ntp(db, "run", "--home", home.toString(), "--inbox", inbox.toString());
        assertThat(second.exitCode()).as(second.out()).isZero();
        assertThat(db.column("select status from batch_job_execution order by job_execution_id"))
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(db.column("select count(*) from batch_job_instance")).containsExactly("2");
        assertThat(single(home, "select count(*) from submission where status = 'loaded'"))
                .isEqualTo(single(home, "select count(distinct submission_id) from submission where status = 'loaded'"));
    }

    @Test
    void portalAccountsLiveInTheSamePostgres() throws Exception {
        ThrowAwayPostgres db = ThrowAwayPostgres.freshDatabase();
        Path home = tmp.resolve("home");
        Path password = java.nio.file.Files.writeString(tmp.resolve("password.txt"), "mat-khau-dai-9\n");

        Pipelines.Result added = ntp(db, "user", "add", "phongtho", "--unit", "109", "--role", "don-vi",
                "--home", home.toString(), "--password-file", password.toString());
        assertThat(added.exitCode()).as(added.out()).isZero();
        assertThat(ntp(db, "user", "disable", "phongtho", "--home", home.toString()).exitCode()).isZero();

        assertThat(db.column("select username || ' ' || unit_code || ' ' || role || ' ' || enabled from portal_account"))
                .containsExactly("phongtho 109 don-vi false");
        assertThat(db.column("select count(*) from portal_audit")).as("the audit table is there, empty").containsExactly("0");
        assertThat(home.resolve("state/jobrepo.mv.db")).as("nothing went to the default H2 file").doesNotExist();
    }

    private static Pipelines.Result ntp(ThrowAwayPostgres db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(db.springArgs());
        return Pipelines.ntp(all.toArray(String[]::new));
    }
}
