package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;

/**
 * Found by {@code ./ntp bench fuzz}: a header label changed (mistyped, or one damaged byte in an .xls, which has
 * no checksum) so that the "SN" columns read "ĐTPT" too. Each such column would be loaded as investment next to
 * the real investment column, silently; it is a DUPLICATE_COLUMN error on its header cell instead.
 */
class DamagedHeaderTest {
    @TempDir
    Path dir;

    @Test
    void twoColumnsReadAsTheSameSourceAreAnError() throws Exception {
        Path excel = MessyCorpus.phongTho().writeXlsx(dir, "phong-tho.xlsx");
        Path damaged = ZipParts.rewriteXml(excel, dir.resolve("damaged.xlsx"),
                xml -> xml.replace("<t>SN</t>", "<t>ĐTPT</t>"));

        ExtractedAnnex annex = Pipeline.extract(damaged);

        assertThat(Pipeline.rules(Pipeline.extract(excel))).doesNotContain("DUPLICATE_COLUMN");
        assertThat(annex.findings()).filteredOn(f -> f.ruleCode().equals("DUPLICATE_COLUMN"))
                .as("each SN column now read as ĐTPT").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(f -> assertThat(f.expected()).containsAnyOf("NSTW DTPT", "NSDP DTPT"));
    }
}
