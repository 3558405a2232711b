package vn.ntp.warehouse.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.validate.Finding;

/**
 * The metadata block above a form's table, as typed, each value with the cell it came from
 * (empty strings when absent).
 */
public record SheetMetadata(
        String formCode, String formCodeRef,
        String title, String titleRef,
        String unitText, String unitRef,
        String unitCode, String unitCodeRef,
        String periodText, String periodRef,
        String moneyUnitText, String moneyUnitRef) {

    /**
     * The sheet's money unit, the one way every family decides it: the "Đơn vị tính" line, else what the header
     * names ({@code alsoStated}), else a guess from the magnitude of the amounts (triệu đồng when they do not
     * tell), reported as MONEY_UNIT_GUESSED at the "Đơn vị tính" cell.
     */
    public MoneyUnit moneyUnit(String sheet, Optional<MoneyUnit> alsoStated, List<BigDecimal> amounts,
                               Consumer<Finding> findings) {
        Optional<MoneyUnit> stated = MoneyUnit.parse(moneyUnitText).or(() -> alsoStated);
        if (stated.isPresent()) return stated.get();
        MoneyUnit guessed = MoneyUnit.guessFromValues(amounts).orElse(MoneyUnit.TRIEU_DONG);
        findings.accept(new Finding("MONEY_UNIT_GUESSED", sheet, moneyUnitRef, "", null, guessed.labelVi(), ""));
        return guessed;
    }
}
