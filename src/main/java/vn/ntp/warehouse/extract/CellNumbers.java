package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.ntp.warehouse.text.VietnameseNumber;
import vn.ntp.warehouse.text.VietnameseNumber.Convention;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellKind;

/**
 * Reads the numbers of one sheet. Numeric cells (and cached formula results) are taken as they
 * are; numbers typed as text are parsed with the sheet's convention, decided from the text
 * numbers that prove one (e.g. {@code 213.621,9}), so that {@code 1.234} is read the same way as
 * its neighbours. An ambiguous text is reported (AMBIGUOUS_NUMBER) when the sheet's convention
 * reads it as a decimal ({@code 1.234} on a sheet whose numbers use {@code .} as the decimal
 * point is 1,234 thousandths) or when nothing on the sheet proves a convention (it is then read
 * the Vietnamese way); read as thousands under a proven convention it is not reported, so a
 * sheet of typed integers does not drown its sender in notes. A cached error, unreadable text or a date (typed as
 * text, or a number formatted as a date) is a finding, never a number and never a zero.
 */
public final class CellNumbers {
    private final String sheet;
    private final Convention convention;

    private CellNumbers(String sheet, Convention convention) {
        this.sheet = sheet;
        this.convention = convention;
    }

    /** Decides the convention from the text cells of a sheet's figure columns. */
    public static CellNumbers forSheet(String sheet, Iterable<Cell> figureCells) {
        List<Convention> evidence = new ArrayList<>();
        for (Cell cell : figureCells) {
            if (cell != null && cell.kind() == CellKind.TEXT) {
                VietnameseNumber.parse(cell.text(), Convention.UNKNOWN)
                        .ifPresent(p -> evidence.add(p.evidence()));
            }
        }
        return new CellNumbers(sheet, VietnameseNumber.decide(evidence));
    }

    /** A figure, or empty for an empty cell and for a cell that produced a finding. */
    public Optional<BigDecimal> read(Cell cell, boolean percent, Consumer<Finding> findings) {
        if (cell == null) return Optional.empty();
        return switch (cell.kind()) {
            case NUMBER -> {
                if (cell.style().isDateFormat() && !percent) {
                    findings.accept(Finding.of("NOT_A_NUMBER", sheet, cell.ref(), asDate(cell.number())));
                    yield Optional.empty();
                }
                BigDecimal v = BigDecimal.valueOf(cell.number());
                yield Optional.of(percent && cell.style().isPercentFormat() ? v.movePointRight(2) : v);
            }
            case ERROR -> {
                findings.accept(Finding.of("CELL_ERROR", sheet, cell.ref(), cell.text()));
                yield Optional.empty();
            }
            case TEXT -> readText(cell, findings);
            default -> Optional.empty();
        };
    }

    /** A date cell as the sender sees it: serial 45458 is 15/06/2024. */
    static String asDate(double serial) {
        if (Double.isNaN(serial) || serial < 1 || serial > 2_958_465) return SheetRow.plain(serial);
        java.time.LocalDate date = java.time.LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private Optional<BigDecimal> readText(Cell cell, Consumer<Finding> findings) {
        if (cell.text() == null || cell.text().isBlank()) return Optional.empty();
        Optional<VietnameseNumber.Parsed> parsed = VietnameseNumber.parse(cell.text(), convention);
        if (parsed.isEmpty()) {
            findings.accept(Finding.of("NOT_A_NUMBER", sheet, cell.ref(), cell.text().strip()));
            return Optional.empty();
        }
        VietnameseNumber.Parsed p = parsed.get();
        if (p.ambiguous() && (convention == Convention.UNKNOWN || p.value().scale() > 0)) {
            findings.accept(new Finding("AMBIGUOUS_NUMBER", sheet, cell.ref(), "", null,
                    p.value().toPlainString(), cell.text().strip()));
        }
        return Optional.of(p.value());
    }
}
