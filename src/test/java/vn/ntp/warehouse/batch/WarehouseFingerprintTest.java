package vn.ntp.warehouse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseFingerprintTest {
    @TempDir
    Path tmp;

    @Test
    void changesWithANewBatchOrAnyChangedFileAndOnlyThen() throws Exception {
        Path sql = Files.createDirectories(tmp.resolve("sql/03_marts"));
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        Files.writeString(sql.resolve("mart_disbursement.sql"), "select 1");
        Files.writeString(reference.resolve("projects.csv"), "code,name");
        List<Path> folders = List.of(tmp.resolve("sql"), reference);

        String base = WarehouseFingerprint.of(Set.of("b1", "b2"), folders);

        assertThat(WarehouseFingerprint.of(Set.of("b2", "b1"), folders)).as("order does not matter").isEqualTo(base);
        assertThat(WarehouseFingerprint.of(Set.of("b1", "b2", "b3"), folders)).isNotEqualTo(base);
        Files.writeString(sql.resolve("mart_disbursement.sql"), "select 2");
        assertThat(WarehouseFingerprint.of(Set.of("b1", "b2"), folders)).isNotEqualTo(base);
        Files.writeString(sql.resolve("mart_disbursement.sql"), "select 1");
        assertThat(WarehouseFingerprint.of(Set.of("b1", "b2"), folders)).isEqualTo(base);

        Path stored = tmp.resolve("state/warehouse.fingerprint");
        assertThat(WarehouseFingerprint.stored(stored)).isEmpty();
        WarehouseFingerprint.store(stored, base);
        assertThat(WarehouseFingerprint.stored(stored)).contains(base);
    }
}
