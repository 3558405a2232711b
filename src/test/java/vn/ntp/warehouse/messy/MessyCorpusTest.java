package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;

/** Every workbook of the corpus ends either extracted or rejected with a reason in both languages; none throws. */
class MessyCorpusTest {
    @TempDir
    Path dir;

    @Test
    void everyMessyWorkbookEndsExtractedOrClearlyRejected() throws Exception {
        assertThat(MessyCorpus.ALL).hasSizeGreaterThanOrEqualTo(30);
        List<String> outcomes = new ArrayList<>();
        for (String name : MessyCorpus.ALL.keySet()) {
            Path file = MessyCorpus.write(name, dir);
            ExtractedAnnex annex = Pipeline.extract(file);
            if (annex.rejected()) {
                assertThat(Pipeline.reasonVi(annex)).as(name).isNotBlank();
                assertThat(Pipeline.reasonEn(annex)).as(name).isNotBlank();
                outcomes.add(name + " → rejected " + annex.reasonCode());
            } else {
                assertThat(annex.figures("budget")).as(name).isNotEmpty();
                outcomes.add(name + " → " + annex.factRows() + " rows, " + Pipeline.rules(annex));
            }
        }
        outcomes.forEach(System.out::println);
    }
}
