package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellRange;
import vn.ntp.warehouse.extract.workbook.SheetInfo;
import vn.ntp.warehouse.extract.workbook.SheetVisitor;
import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException;
import vn.ntp.warehouse.extract.workbook.WorkbookReader;
import vn.ntp.warehouse.validate.ExpectedSeason;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one workbook in a single streaming pass: each sheet's first rows are buffered until a
 * form family recognises its header, then the rest of the sheet streams into that family's
 * reader. Sheets no family recognises are reported, not guessed.
 *
 * <p>One file is one submission: its identity (program, period, unit) is the one of the first
 * form sheet read, in workbook order (hidden sheets included). A later form sheet of the same
 * identity is read too; one of another unit, period or program is not loaded (its rows would be
 * counted under this file's unit) and is reported as MIXED_SUBMISSION so the sender sends it as
 * its own file. A file that cannot be read, holds no data at all, or no form that can be loaded
 * is rejected with a reason in Vietnamese and English; nothing a file holds makes this throw.
 */
public final class AnnexExtractor {
    private final WorkbookReader reader;
    private final List<FormReader> forms;
    private final FindingCatalogue catalogue;
    private final ExpectedSeason season;
    private final int headRows;

    /**
     * @param catalogue the findings catalogue: the reasons a file is refused are its messages, and its
     *                  season ({@code season.yaml}) refuses a recognised sheet of another program or period
     */
    public AnnexExtractor(WorkbookReader reader, List<FormReader> forms, FindingCatalogue catalogue) {
        this.reader = reader;
        this.forms = forms;
        this.catalogue = catalogue;
        this.season = catalogue.season();
        this.headRows = forms.stream().mapToInt(FormReader::headRows).max().orElse(40);
    }

    public ExtractedAnnex extract(Path file) {
        Visitor visitor = new Visitor();
        try {
            reader.read(file, visitor);
        } catch (UnreadableWorkbookException e) {
            return ExtractedAnnex.rejected(refusal(e), List.of());
        } catch (IOException e) {
            return ExtractedAnnex.rejected(Finding.about("IO_ERROR", "", "").with("detail", e.getMessage()), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedAnnex.rejected(Finding.about("EXTRACTION_FAILED", "", "")
                    .with("error", e.getClass().getSimpleName()).with("detail", e.toString()), visitor.output.findings);
        }
        return visitor.result();
    }

    /** The reader's refusal as a finding about the whole file: its catalogue code and values. */
    public static Finding refusal(UnreadableWorkbookException e) {
        Finding reason = Finding.about(e.code(), "", "");
        for (var param : e.params().entrySet()) reason = reason.with(param.getKey(), param.getValue());
        return reason;
    }

    private final class Visitor implements SheetVisitor {
        private final ExtractionOutput output = new ExtractionOutput();
        private final List<String> problemsVi = new ArrayList<>();
        private final List<String> problemsEn = new ArrayList<>();
        private String problemCode;
        private SheetIdentity identity;
        private String identitySheet;
        private int sheetsRead;
        private long savedAt;
        private boolean anyData;

        private String sheet;
        private List<SheetRow> head;
        private FormSheetReader current;
        private boolean decided;

        @Override
        public void documentSaved(java.time.Instant when) {
            savedAt = when.toEpochMilli();
        }

        @Override
        public boolean startSheet(SheetInfo info) {
            sheet = info.name();
            head = new ArrayList<>();
            current = null;
            decided = false;
            return true;
        }

        @Override
        public void row(int rowIndex, boolean hidden, List<Cell> cells) {
            if (decided) {
                if (current != null) current.accept(new SheetRow(rowIndex, hidden, cells));
                return;
            }
            head.add(new SheetRow(rowIndex, hidden, cells));
            if (head.size() >= headRows) decide();
        }

        @Override
        public void endSheet(List<CellRange> mergedRegions) {
            if (!decided) decide();
            if (current != null) {
                current.finish(output);
                sheetsRead++;
            }
            head = null;
        }

        private void decide() {
            decided = true;
            if (head.stream().allMatch(SheetRow::isEmpty)) return;
            anyData = true;
            FormReader.Recognized refused = null;
            for (FormReader form : forms) {
                Optional<FormReader.Recognized> r = form.recognize(sheet, head);
                if (r.isEmpty()) continue;
                if (r.get().loadable()) {
                    SheetIdentity id = r.get().reader().identity();
                    Optional<Finding> outOfSeason = season.refusal(id.programCode(), id.period());
                    if (outOfSeason.isEmpty()) {
                        start(r.get());
                        return;
                    }
                    r = Optional.of(FormReader.Recognized.refused(outOfSeason.get().ruleCode(), List.of(outOfSeason.get()), List.of()));
                }
                if (refused == null) refused = r.get();
            }
            if (refused != null) {
                refuse(refused);
                return;
            }
            if (!FeedbackListSheet.is(sheet)) output.finding(Finding.of("UNRECOGNIZED_SHEET", sheet, "", sheet));
        }

        private void start(FormReader.Recognized r) {
            SheetIdentity id = r.reader().identity();
            if (identity == null) {
                identity = id;
                identitySheet = sheet;
            } else if (!sameSubmission(identity, id)) {
                output.finding(new Finding("MIXED_SUBMISSION", sheet, "", "", null, describe(identity), describe(id))
                        .with("first_sheet", identitySheet));
                head = List.of();
                return;
            }
            current = r.reader();
            for (int i = r.dataStart(); i < head.size(); i++) current.accept(head.get(i));
            head = List.of();
        }

        private void refuse(FormReader.Recognized r) {
            for (Finding problem : r.problems()) {
                FindingCatalogue.Rendered rendered = catalogue.render(problem);
                problemsVi.add("trang \"" + sheet + "\": " + rendered.messageVi());
                problemsEn.add("sheet \"" + sheet + "\": " + rendered.messageEn());
            }
            r.findings().forEach(output::finding);
            if (problemCode == null) problemCode = r.reasonCode() == null ? "MISSING_METADATA" : r.reasonCode();
        }

        ExtractedAnnex result() {
            if (identity == null) {
                if (!problemsVi.isEmpty()) {
                    Finding refused = Finding.about("SHEET_REFUSED", "", "")
                            .with("problems_vi", String.join("; ", problemsVi))
                            .with("problems_en", String.join("; ", problemsEn));
                    return ExtractedAnnex.rejected(problemCode, refused, output.findings);
                }
                if (!anyData) return ExtractedAnnex.rejected(Finding.about("EMPTY_WORKBOOK", "", ""), output.findings);
                return ExtractedAnnex.rejected(Finding.about("NO_KNOWN_FORM", "", ""), output.findings);
            }
            return new ExtractedAnnex(false, null, null, identity, output.moneyUnit, output.figures, output.findings,
                    sheetsRead, savedAt);
        }
    }

    /** Same program, period and unit (by code, or by name when the unit is not in the unit master). */
    static boolean sameSubmission(SheetIdentity a, SheetIdentity b) {
        if (!a.programCode().equals(b.programCode()) || !a.period().equals(b.period())) return false;
        if (a.unitCode() != null || b.unitCode() != null) return java.util.Objects.equals(a.unitCode(), b.unitCode());
        return vn.ntp.warehouse.text.VietnameseText.fold(a.unitName())
                .equals(vn.ntp.warehouse.text.VietnameseText.fold(b.unitName()));
    }

    private static String describe(SheetIdentity id) {
        return id.unitName() + ", " + id.programCode() + ", " + id.period().periodLabel();
    }
}
