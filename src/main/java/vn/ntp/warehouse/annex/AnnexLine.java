package vn.ntp.warehouse.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a form: a leaf holds figures ({@code key} into {@link Figures}); a total, section or group line sums its
 * children (a SUM formula); a heading carries no figures.
 */
final class AnnexLine {
    enum Role { TOTAL, SECTION, GROUP, LEAF, HEADING }

    final String stt;
    final String label;
    final Role role;
    final String key;
    final Map<String, String> texts = new LinkedHashMap<>();
    /** Figures of STATED columns: the line's own, not a sum. */
    final Map<String, java.math.BigDecimal> stated = new LinkedHashMap<>();
    final List<AnnexLine> children = new ArrayList<>();

    AnnexLine(String stt, String label, Role role, String key) {
        this.stt = stt;
        this.label = label;
        this.role = role;
        this.key = key;
    }

    static AnnexLine leaf(String stt, String label, String key) {
        return new AnnexLine(stt, label, Role.LEAF, key);
    }

    static AnnexLine sum(String stt, String label, Role role) {
        return new AnnexLine(stt, label, role, null);
    }

    AnnexLine add(AnnexLine child) {
        children.add(child);
        return this;
    }

    AnnexLine text(String column, String value) {
        texts.put(column, value);
        return this;
    }

    boolean bold() {
        return role != Role.LEAF;
    }

    /** This line and every line under it, in sheet order. */
    List<AnnexLine> flatten() {
        List<AnnexLine> out = new ArrayList<>();
        out.add(this);
        for (AnnexLine child : children) out.addAll(child.flatten());
        return out;
    }
}
