package vn.ntp.warehouse.portal.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Who may see, send and approve what, on the unit hierarchy of the unit master (every list version:
 * a commune is under its district before 1 July 2025 and under its province after). {@code don-vi}:
 * its unit and the units under it; {@code tinh}: its province and everything under it;
 * {@code phan-tich}: reads every unit, sends nothing; {@code quan-tri}: accounts only.
 */
public final class UnitScope {
    private final Map<String, Set<String>> parentsByCode = new HashMap<>();
    private final Map<String, Set<String>> childrenByCode = new HashMap<>();
    private final Map<String, UnitMaster.Unit> latestByCode = new HashMap<>();

    public UnitScope(UnitMaster units) {
        for (UnitMaster.Unit u : units.all()) {
            latestByCode.merge(u.code(), u, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
            if (u.parentCode().isEmpty()) continue;
            parentsByCode.computeIfAbsent(u.code(), k -> new HashSet<>()).add(u.parentCode());
            childrenByCode.computeIfAbsent(u.parentCode(), k -> new LinkedHashSet<>()).add(u.code());
        }
    }

    /** The unit whose subtree the account covers. */
    public String root(PortalUser user) {
        if (user.role() == Role.TINH) return latest(user.unitCode()).map(UnitMaster.Unit::provinceCode).orElse(user.unitCode());
        return user.unitCode();
    }

    public boolean canRead(PortalUser user, String unitCode) {
        if (unitCode == null) return user.role() == Role.PHAN_TICH;
        return switch (user.role()) {
            case PHAN_TICH -> true;
            case QUAN_TRI -> false;
            case DON_VI, TINH -> isWithin(unitCode, root(user));
        };
    }

    public boolean canSend(PortalUser user, String unitCode) {
        if (unitCode == null) return false;
        return (user.role() == Role.DON_VI || user.role() == Role.TINH) && isWithin(unitCode, root(user));
    }

    /** tinh: any unit under its province; a district's don-vi: its communes (never its own figures). */
    public boolean canApprove(PortalUser user, String unitCode) {
        if (unitCode == null || unitCode.equals(user.unitCode())) return false;
        if (user.role() == Role.TINH) return isWithin(unitCode, root(user));
        if (user.role() == Role.DON_VI) {
            return latest(user.unitCode()).map(u -> u.level().equals("huyen")).orElse(false) && isWithin(unitCode, user.unitCode());
        }
        return false;
    }

    /** True when {@code unitCode} is {@code rootCode} or lies under it in some list version. */
    public boolean isWithin(String unitCode, String rootCode) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(List.of(unitCode));
        while (!todo.isEmpty()) {
            String code = todo.remove(todo.size() - 1);
            if (code.equals(rootCode)) return true;
            if (seen.add(code)) todo.addAll(parentsByCode.getOrDefault(code, Set.of()));
        }
        return false;
    }

    /** The unit codes under {@code rootCode} (itself included), for filtering warehouse rows. */
    public Set<String> subtree(String rootCode) {
        Set<String> all = new LinkedHashSet<>();
        List<String> todo = new java.util.ArrayList<>(List.of(rootCode));
        while (!todo.isEmpty()) {
            String code = todo.remove(todo.size() - 1);
            if (all.add(code)) todo.addAll(childrenByCode.getOrDefault(code, Set.of()));
        }
        return all;
    }

    public List<String> children(String code) {
        return childrenByCode.getOrDefault(code, Set.of()).stream().sorted(Comparator.comparing(this::name)).toList();
    }

    public String name(String code) {
        return latest(code).map(UnitMaster.Unit::name).orElse(code == null ? "" : code);
    }

    public Optional<String> parent(String code) {
        return latest(code).map(UnitMaster.Unit::parentCode).filter(p -> !p.isEmpty());
    }

    public boolean exists(String code) {
        return latest(code).isPresent();
    }

    private Optional<UnitMaster.Unit> latest(String code) {
        return Optional.ofNullable(code == null ? null : latestByCode.get(code));
    }
}
