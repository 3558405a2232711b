package vn.ntp.warehouse.batch;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the warehouse lives and what it reads. {@code ntp.home} holds everything the warehouse
 * owns (inbox, lake, warehouse.duckdb, quarantine, reports, exports, state); {@code ntp.jobs-dir}
 * and {@code ntp.sql-dir} are the repository's configuration and SQL; {@code ntp.threads} the
 * extraction threads (default: one per core).
 */
@ConfigurationProperties(prefix = "ntp")
public record NtpSettings(Path home, Path jobsDir, Path sqlDir, int chunkSize, int threads) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public NtpSettings {
        home = (home == null ? Path.of("ntp-home") : home).toAbsolutePath().normalize();
        jobsDir = (jobsDir == null ? Path.of("jobs") : jobsDir).toAbsolutePath().normalize();
        sqlDir = (sqlDir == null ? Path.of("sql") : sqlDir).toAbsolutePath().normalize();
        if (chunkSize <= 0) chunkSize = 500;
        if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
    }

    /** Settings with the default number of extraction threads. */
    public NtpSettings(Path home, Path jobsDir, Path sqlDir, int chunkSize) {
        this(home, jobsDir, sqlDir, chunkSize, 0);
    }

    public Path inbox() {
        return home.resolve("inbox");
    }

    public Path lake() {
        return home.resolve("lake");
    }

    public Path quarantine() {
        return home.resolve("quarantine");
    }

    public Path reports() {
        return home.resolve("reports");
    }

    public Path state() {
        return home.resolve("state");
    }

    public Path warehouse() {
        return home.resolve("warehouse.duckdb");
    }

    public Path templates() {
        return jobsDir.resolve("templates");
    }

    public Path rules() {
        return jobsDir.resolve("rules");
    }

    public Path reference() {
        return jobsDir.resolve("reference");
    }
}
