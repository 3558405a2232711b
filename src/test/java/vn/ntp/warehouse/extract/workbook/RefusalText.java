package vn.ntp.warehouse.extract.workbook;

import java.nio.file.Path;

import vn.ntp.warehouse.extract.AnnexExtractor;
import vn.ntp.warehouse.validate.FindingCatalogue;

/** A refusal's words as its sender reads them: rendered from the shipped findings catalogue. */
final class RefusalText {
    private static final FindingCatalogue CATALOGUE = FindingCatalogue.load(Path.of("jobs/rules"));

    private RefusalText() {
    }

    static String vi(UnreadableWorkbookException e) {
        return CATALOGUE.render(AnnexExtractor.refusal(e)).messageVi();
    }
}
