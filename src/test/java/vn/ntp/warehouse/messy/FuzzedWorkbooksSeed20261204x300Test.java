package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.fixtures.OdsFiles;

/**
 * Issue 14.3: 300 damaged copies of the sample inbox's workbooks (and of two of them saved as .ods), drawn
 * from seed 20261204 (see {@link WorkbookMutants}): truncated, bytes flipped in the stored file, bytes flipped
 * inside an XML part zipped again, XML elements deleted. Every mutant ends in exactly one state in a run under
 * {@code -Xmx1g} that exits 0 without a stack trace, and no mutant loads silently wrong figures: what a loaded
 * mutant holds is the figures of its original ({@link MutantVerdicts}), or it has a finding its original did
 * not have, or the file is rejected with a reason in Vietnamese and English.
 */
class FuzzedWorkbooksSeed20261204x300Test {
    static final long SEED = 20261204L;
    static final int MUTANTS = 300;
    private static final Set<String> STATES = Set.of("loaded", "superseded", "duplicate", "rejected");

    @TempDir
    static Path dir;
    static List<WorkbookMutants.Mutant> mutants;

    @BeforeAll
    static void writeMutants() throws IOException {
        List<Path> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            originals.addAll(files.filter(f -> f.toString().matches(".*\\.xlsx?$")).sorted().toList()); // not the receipts (.received.csv)
        }
        originals.add(OdsFiles.convert(Path.of("jobs", "sample-inbox", "phong-tho-bieu01-2024-6t.xlsx"), dir.resolve("originals/phong-tho-bieu01.ods")));
        originals.add(OdsFiles.convert(Path.of("jobs", "sample-inbox", "phong-tho-bieu02-2024-6t.xlsx"), dir.resolve("originals/phong-tho-bieu02.ods")));
        mutants = WorkbookMutants.write(SEED, MUTANTS, originals, dir.resolve("inbox"));
    }

    @Test
    void noMutantLoadsSilentlyWrongFigures() {
        Map<Path, ExtractedAnnex> originals = new HashMap<>();
        List<String> silentlyWrong = new ArrayList<>();
        int loaded = 0;
        int rejected = 0;
        for (WorkbookMutants.Mutant mutant : mutants) {
            ExtractedAnnex original = originals.computeIfAbsent(mutant.original(), Pipeline::extract);
            ExtractedAnnex annex = Pipeline.extract(mutant.file());
            if (annex.rejected()) {
                rejected++;
                assertThat(annex.reasonCode()).as(mutant + ": a damaged file is refused, the extractor does not fail")
                        .isNotEqualTo("EXTRACTION_FAILED");
                assertThat(Pipeline.reasonVi(annex)).as(mutant.toString()).isNotBlank();
                assertThat(Pipeline.reasonEn(annex)).as(mutant.toString()).isNotBlank();
                continue;
            }
            loaded++;
            for (String wrong : MutantVerdicts.silentlyWrong(original, annex)) {
                silentlyWrong.add(mutant.file().getFileName() + " (" + mutant.detail() + "): " + wrong);
            }
        }
        assertThat(silentlyWrong).as("figures a damaged file changed without a finding").isEmpty();
        assertThat(loaded).as("some mutants are still readable").isPositive();
        assertThat(rejected).as("some mutants are refused").isPositive();
    }

    @Test
    void everyMutantEndsInExactlyOneStateInARunUnderOneGigabyteOfHeap() throws Exception {
        Path home = dir.resolve("home");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "vn.ntp.warehouse.cli.Ntp",
                "run", "--home", home.toString(), "--inbox", dir.resolve("inbox").toString(),
                "--logging.config=classpath:logback-quiet.xml"); // the console as ./ntp leaves it: no log lines
        Process run = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(600, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(out).isZero();
        assertThat(out).as("no stack trace reaches the user").doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, String> states = new HashMap<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"), readOnly);
             ResultSet rs = c.createStatement().executeQuery("select source_file, status from submission")) {
            while (rs.next()) {
                assertThat(states.put(rs.getString(1), rs.getString(2))).as("one state per file: " + rs.getString(1)).isNull();
            }
        }
        for (WorkbookMutants.Mutant mutant : mutants) {
            String name = mutant.file().getFileName().toString();
            assertThat(states.get(name)).as(name).isIn(STATES);
            if (states.get(name).equals("rejected")) {
                String reason = Files.readString(home.resolve("quarantine").resolve(name + ".reason.txt"), StandardCharsets.UTF_8);
                assertThat(reason).as(name).contains("Lý do (").contains("Reason (");
            }
        }
        assertThat(states).hasSize(MUTANTS);
    }
}
