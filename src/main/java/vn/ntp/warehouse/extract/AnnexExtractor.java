package vn.ntp.warehouse.extract;

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
    private final ExpectedSeason season;
    private final int headRows;

    /** @param season the reporting season expected: a recognised sheet of another program or period is refused */
    public AnnexExtractor(WorkbookReader reader, List<FormReader> forms, ExpectedSeason season) {
        this.reader = reader;
        this.forms = forms;
        this.season = season;
        this.headRows = forms.stream().mapToInt(FormReader::headRows).max().orElse(40);
    }

    public ExtractedAnnex extract(Path file, ExtractionContext context) {
        Visitor visitor = new Visitor(context);
        try {
            reader.read(file, visitor);
        } catch (UnreadableWorkbookException e) {
            return ExtractedAnnex.rejected(e.reason().name(), e.messageVi(), e.getMessage(), List.of());
        } catch (IOException e) {
            return ExtractedAnnex.rejected("IO_ERROR", "Không đọc được tệp: " + e.getMessage(),
                    "Cannot read file: " + e.getMessage(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractedAnnex.rejected("EXTRACTION_FAILED",
                    "Hệ thống gặp lỗi khi đọc tệp này (" + e.getClass().getSimpleName()
                            + "); tệp đã được chuyển sang khu cách ly để kiểm tra. Vui lòng liên hệ bộ phận tổng hợp.",
                    "Extraction failed: " + e, visitor.output.findings);
        }
        return visitor.result();
    }

    private final class Visitor implements SheetVisitor {
        private final ExtractionContext context;
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

        Visitor(ExtractionContext context) {
            this.context = context;
        }

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
                Optional<FormReader.Recognized> r = form.recognize(sheet, head, context);
                if (r.isEmpty()) continue;
                if (r.get().loadable()) {
                    Optional<ExpectedSeason.Refusal> outOfSeason = season.refusal(r.get().reader().identity());
                    if (outOfSeason.isEmpty()) {
                        start(r.get());
                        return;
                    }
                    ExpectedSeason.Refusal refusal = outOfSeason.get();
                    r = Optional.of(FormReader.Recognized.refused(refusal.reasonCode(), List.of(refusal.messageVi()),
                            List.of(refusal.messageEn()), List.of()));
                }
                if (refused == null) refused = r.get();
            }
            if (refused != null) {
                refuse(refused);
                return;
            }
            output.finding(Finding.of("UNRECOGNIZED_SHEET", sheet, "", sheet));
        }

        private void start(FormReader.Recognized r) {
            SheetIdentity id = r.reader().identity();
            if (identity == null) {
                identity = id;
                identitySheet = sheet;
            } else if (!sameSubmission(identity, id)) {
                output.finding(new Finding("MIXED_SUBMISSION", sheet, "", "", null,
                        describe(identity) + " (trang \"" + identitySheet + "\")", describe(id)));
                head = List.of();
                return;
            }
            current = r.reader();
            for (int i = r.dataStart(); i < head.size(); i++) current.accept(head.get(i));
            head = List.of();
        }

        private void refuse(FormReader.Recognized r) {
            r.problemsVi().forEach(p -> problemsVi.add("trang \"" + sheet + "\": " + p));
            r.problemsEn().forEach(p -> problemsEn.add("sheet \"" + sheet + "\": " + p));
            r.findings().forEach(output::finding);
            if (problemCode == null) problemCode = r.reasonCode() == null ? "MISSING_METADATA" : r.reasonCode();
        }

        ExtractedAnnex result() {
            if (identity == null) {
                if (!problemsVi.isEmpty()) {
                    return ExtractedAnnex.rejected(problemCode,
                            "Không nạp được biểu: " + String.join("; ", problemsVi) + ".",
                            "Cannot load: " + String.join("; ", problemsEn) + ".", output.findings);
                }
                if (!anyData) {
                    return ExtractedAnnex.rejected("EMPTY_WORKBOOK",
                            "Tệp Excel không có số liệu: mọi trang tính đều trống. Vui lòng kiểm tra lại tệp trước khi gửi.",
                            "The workbook holds no data: every sheet is empty.", output.findings);
                }
                return ExtractedAnnex.rejected("NO_KNOWN_FORM",
                        "Không tìm thấy biểu nào đã biết trong tệp (phân bổ, giải ngân vốn; hộ nghèo, hộ cận nghèo; "
                                + "thiếu hụt dịch vụ xã hội cơ bản; kết quả thực hiện chỉ tiêu).",
                        "No known form found in the workbook.", output.findings);
            }
            return new ExtractedAnnex(false, null, null, null, identity, output.budget, output.households,
                    output.deprivation, output.outputs, output.findings, sheetsRead, savedAt);
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
