package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.cli.Ntp;

/**
 * Issue 5, item 8, end to end: hostile and broken files among good ones. The run ends normally, the good
 * files are loaded, each bad one is in quarantine/ with a .reason.txt in Vietnamese and English.
 */
class HostileInboxRunTest {
    @TempDir
    Path tmp;

    @Test
    void badFilesGoToQuarantineAndTheGoodOnesLoad() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        List<String> bad = List.of("password.xlsx", "password.xls", "corrupt.xlsx", "zip-bomb.xlsx", "xxe.xlsx",
                "html-as.xlsx", "csv-as.xlsx", "empty-workbook.xlsx", "no-program.xlsx", "allocated-unsplit.xlsx");
        for (String name : bad) MessyCorpus.write(name, inbox);
        MessyCorpus.write("tcvn3.xls", inbox);
        MessyCorpus.tamDuong().formulas().writeXls(inbox, "tam-duong.xls");
        Path home = tmp.resolve("home");

        int exit = Ntp.run(new String[] {"run", "--inbox", inbox.toString(), "--home", home.toString()});

        assertThat(exit).isZero();
        for (String name : bad) {
            Path reason = home.resolve("quarantine").resolve(name + ".reason.txt");
            assertThat(reason).as(name).exists();
            String text = Files.readString(reason, StandardCharsets.UTF_8);
            assertThat(text).as(name).contains("Lý do (").contains("Reason (");
            assertThat(home.resolve("quarantine").resolve(name)).exists();
        }
        assertThat(Files.readString(home.resolve("quarantine/zip-bomb.xlsx.reason.txt"))).contains("Lý do (ZIP_BOMB)");
        assertThat(query(home, "select source_file || ' ' || status from submission order by source_file"))
                .contains("tcvn3.xls loaded", "tam-duong.xls loaded", "password.xlsx rejected");
        assertThat(query(home, "select cast(sum(allocated_mvnd) as varchar) from fact_budget where source_file = 'tcvn3.xls'"))
                .containsExactly("112928.500000");
    }

    private static List<String> query(Path home, String sql) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"), readOnly);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
