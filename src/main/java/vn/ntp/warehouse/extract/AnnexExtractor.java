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

/**
 * Reads one workbook in a single streaming pass: each sheet's first rows are buffered until a
 * form family recognises its header, then the rest of the sheet streams into that family's
 * reader. Sheets no family recognises are reported, not guessed.
 */
public final class AnnexExtractor {
    private final WorkbookReader reader;
    private final List<FormReader> forms;
    private final int headRows;

    public AnnexExtractor(WorkbookReader reader, List<FormReader> forms) {
        this.reader = reader;
        this.forms = forms;
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
        }
        return visitor.result();
    }

    private final class Visitor implements SheetVisitor {
        private final ExtractionContext context;
        private final ExtractionOutput output = new ExtractionOutput();
        private final List<String> problemsVi = new ArrayList<>();
        private final List<String> problemsEn = new ArrayList<>();
        private SheetIdentity identity;
        private int sheetsRead;
        private long savedAt;

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
                if (identity == null) identity = current.identity();
                sheetsRead++;
            }
            head = null;
        }

        private void decide() {
            decided = true;
            if (head.stream().allMatch(SheetRow::isEmpty)) return;
            for (FormReader form : forms) {
                Optional<FormReader.Recognized> r = form.recognize(sheet, head, context);
                if (r.isEmpty()) continue;
                if (!r.get().loadable()) {
                    r.get().problemsVi().forEach(p -> problemsVi.add("trang \"" + sheet + "\": " + p));
                    r.get().problemsEn().forEach(p -> problemsEn.add("sheet \"" + sheet + "\": " + p));
                    return;
                }
                current = r.get().reader();
                for (int i = r.get().dataStart(); i < head.size(); i++) current.accept(head.get(i));
                head = List.of();
                return;
            }
            output.finding(Finding.of("UNRECOGNIZED_SHEET", sheet, "", sheet));
        }

        ExtractedAnnex result() {
            if (identity == null) {
                if (!problemsVi.isEmpty()) {
                    return ExtractedAnnex.rejected("MISSING_METADATA",
                            "Không nạp được biểu: " + String.join("; ", problemsVi) + ".",
                            "Cannot load: " + String.join("; ", problemsEn) + ".", output.findings);
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
}
