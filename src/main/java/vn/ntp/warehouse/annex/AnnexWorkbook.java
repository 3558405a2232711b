package vn.ntp.warehouse.annex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * Writes one unit's annex for one period from the warehouse: sheet 1 the form in its canonical layout
 * ({@link FormSheetWriter}), then who contributed what ({@link BreakdownSheet}), what is missing or doubtful
 * ({@link MissingSheet}), the unit's own report against the roll-up ({@link ComparisonSheet}, when it sent one) and
 * where every figure comes from ({@link LineageSheet}).
 */
public final class AnnexWorkbook {

    /** What was written, for the command's message and the tests. */
    public record Result(Path file, String unitLabel, String periodLabel, int leafValues, int missingUnits,
                         int unplacedValues, boolean viaPredecessors) {
    }

    /** A request that cannot be answered (unknown unit or period, nothing in the warehouse), in Vietnamese. */
    public static final class NothingToWrite extends Exception {
        public NothingToWrite(String message) {
            super(message);
        }
    }

    private final Path warehouseFile;
    private final Catalogues catalogues;

    public AnnexWorkbook(Path warehouseFile, Path referenceDir) {
        this.warehouseFile = warehouseFile;
        this.catalogues = Catalogues.load(referenceDir);
    }

    /**
     * Writes the annex to {@code out}, or, when {@code out} is a folder, to a file in it named after the unit and the
     * period found ({@link #fileName}), not after the words they were asked with.
     */
    public Result write(String form, String unitText, String periodText, String programCode, String basis, Path out)
            throws NothingToWrite, SQLException, IOException {
        AnnexFamily family = AnnexFamily.of(form, catalogues);
        try (WarehouseRows warehouse = new WarehouseRows(warehouseFile)) {
            AnnexSubject subject;
            try {
                subject = AnnexSubject.resolve(warehouse, catalogues.units(), programCode, unitText, periodText, basis);
            } catch (AnnexSubject.NotFound e) {
                throw new NothingToWrite(e.getMessage());
            }
            List<LineageRow> rows = Lineage.leaves(warehouse, subject, family.mart()).stream().filter(family::shows).toList();
            String otherBasis = basis.equals("rolled_up") ? "reported" : "rolled_up";
            List<LineageRow> other = subject.viaPredecessors() ? List.of()
                    : Lineage.query(warehouse, subject, family.mart(), subject.unit().unitKey(), otherBasis);
            if (rows.isEmpty()) {
                throw new NothingToWrite("Kho chưa có số liệu Biểu " + form + " của " + subject.unit().label() + ", "
                        + programCode + ", " + subject.period().periodLabel() + " (cơ sở: " + Texts.basis(basis) + ")."
                        + (other.isEmpty() ? "" : " Có số liệu với --basis " + otherBasis + "."));
            }
            Figures figures = Figures.of(rows, family::lineKey, family::columnKey);
            FormLayout layout = family.layout();
            List<AnnexLine> lines = family.lines(subject, figures, rows);
            family.addStated(warehouse, subject, lines);
            Map<String, AnnexLine> leaves = new LinkedHashMap<>();
            for (AnnexLine top : lines) for (AnnexLine l : top.flatten()) if (l.key != null) leaves.put(l.key, l);
            MissingSheet missing = MissingSheet.of(warehouse, subject, family, layout, rows, leaves.keySet());

            if (Files.isDirectory(out)) out = out.resolve(fileName(form, subject));
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles styles = new Styles(wb);
                FormSheetWriter.Written written = new FormSheetWriter(styles).write(wb, "Biểu " + family.formNumber(), layout,
                        FormSheetWriter.Metadata.of(family, subject, layout, missing.formNotes()), lines, figures);
                Tables tables = new Tables(wb, styles);
                Map<String, String> labels = written.lineLabels(lines);
                BreakdownSheet.write(tables, family, layout, rows, leaves, labels);
                missing.write(tables);
                if (!other.isEmpty()) ComparisonSheet.write(tables, family, layout, rows, other, basis, leaves, lines, labels);
                LineageSheet.write(tables, family, layout, rows, labels, written.leafCells());
                wb.setActiveSheet(0);
                try (OutputStream stream = Files.newOutputStream(out)) {
                    wb.write(stream);
                }
            }
            return new Result(out, subject.unit().label(), subject.period().periodLabel(), rows.size(), missing.missingUnits(),
                    missing.unplacedValues(), subject.viaPredecessors());
        }
    }

    /** {@code bieu01-109-huyen-phong-tho-6-thang-dau-nam-2024-gnbv-tong-hop.xlsx}: form, unit, period, program, basis. */
    static String fileName(String form, AnnexSubject subject) {
        String basis = subject.basis().equals("rolled_up") ? "tong-hop" : "bao-cao";
        return String.join("-", "bieu" + form, VietnameseText.slug(subject.unit().code()), VietnameseText.slug(subject.unit().name()),
                VietnameseText.slug(subject.period().periodLabel()), VietnameseText.slug(subject.programCode()), basis) + ".xlsx";
    }
}
