package vn.ntp.warehouse.annex;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The leaf values behind a subject's figures, read from the {@code lineage} view: the unit's rows of the basis asked
 * for, or, for a successor over an older period, each predecessor's rows of its best basis (its own report, else its
 * line in its parent's file, else its roll-up).
 */
final class Lineage {
    private Lineage() {
    }

    static final List<String> BASIS_ORDER = List.of("reported", "reported_by_parent", "rolled_up");

    /** Leaf-level rows (a project's own lines, not its ancestors') of one mart for the subject. */
    static List<LineageRow> leaves(WarehouseRows warehouse, AnnexSubject subject, String mart) throws SQLException {
        List<LineageRow> rows = new ArrayList<>();
        if (!subject.viaPredecessors()) {
            rows.addAll(query(warehouse, subject, mart, subject.unit().unitKey(), subject.basis()));
            return rows;
        }
        for (AnnexSubject.Unit old : subject.predecessors()) {
            for (String basis : BASIS_ORDER) {
                List<LineageRow> found = query(warehouse, subject, mart, old.unitKey(), basis);
                if (!found.isEmpty()) {
                    rows.addAll(found);
                    break;
                }
            }
        }
        return rows;
    }

    static List<LineageRow> query(WarehouseRows warehouse, AnnexSubject subject, String mart, String unitKey, String basis)
            throws SQLException {
        List<LineageRow> rows = new ArrayList<>();
        for (Map<String, Object> row : warehouse.query(
                "select * from lineage where mart = ? and program_code = ? and year = ? and period_label = ? "
                        + "and unit_key = ? and basis = ? and (project_code is null or project_code = leaf_project_code) "
                        + "order by source_unit_code, source_file, sheet, cell_ref",
                mart, subject.programCode(), subject.period().year(), subject.period().periodLabel(), unitKey, basis)) {
            rows.add(LineageRow.of(row));
        }
        return rows;
    }
}
