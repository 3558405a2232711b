package vn.ntp.warehouse.extract.households;

import java.time.LocalDate;
import java.util.Optional;

import vn.ntp.warehouse.extract.FormHead;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Resolves the unit a Biểu 02 line names ("Xã Ma Ly Pho", "Mồ Sì San", "Thị trấn Phong Thổ") under
 * the reporting unit: the line's name is matched as "name, reporting unit, its parents" so that
 * same-name units elsewhere are told apart, and the unit found must lie inside the reporting unit.
 */
final class SubordinateUnits {
    private final UnitMaster units;
    private final LocalDate asOf;
    private final UnitMaster.Unit reporting;
    private final String parentText;

    SubordinateUnits(UnitMaster units, FormHead.Identified identified) {
        SheetIdentity identity = identified.identity();
        this.units = units;
        this.asOf = identity.period().endDate();
        this.reporting = identity.unitCode() == null ? null : units.byCode(identity.unitCode(), asOf).orElse(null);
        this.parentText = reporting == null ? identified.meta().unitText() : chain(reporting);
    }

    /** The unit the line names, if it is one inside the reporting unit (or the reporting unit itself). */
    Optional<UnitMaster.Unit> resolve(String lineLabel) {
        if (lineLabel == null || lineLabel.isBlank()) return Optional.empty();
        UnitMaster.MatchResult match = units.match(lineLabel + ", " + parentText, asOf);
        if (!(match instanceof UnitMaster.MatchResult.Matched matched)) return Optional.empty();
        UnitMaster.Unit unit = matched.unit();
        if (reporting == null || unit.unitKey().equals(reporting.unitKey()) || inside(unit, reporting)) {
            return Optional.of(unit);
        }
        return Optional.empty();
    }

    /** The reporting unit's official name ("Huyện Phong Thổ"), when the unit master knows it. */
    Optional<String> reportingName() {
        return Optional.ofNullable(reporting).map(UnitMaster.Unit::name);
    }

    boolean isReportingUnit(UnitMaster.Unit unit) {
        return reporting != null && unit.unitKey().equals(reporting.unitKey());
    }

    private boolean inside(UnitMaster.Unit unit, UnitMaster.Unit ancestor) {
        Optional<UnitMaster.Unit> p = units.parent(unit);
        while (p.isPresent()) {
            if (p.get().unitKey().equals(ancestor.unitKey())) return true;
            p = units.parent(p.get());
        }
        return false;
    }

    /** "Huyện Phong Thổ, Tỉnh Lai Châu": a unit and its parents, as a file would name them. */
    private String chain(UnitMaster.Unit unit) {
        StringBuilder text = new StringBuilder(unit.name());
        Optional<UnitMaster.Unit> p = units.parent(unit);
        while (p.isPresent()) {
            text.append(", ").append(p.get().name());
            p = units.parent(p.get());
        }
        return text.toString();
    }
}
