package vn.ntp.warehouse.portal.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.web.AuditTrail;
import vn.ntp.warehouse.portal.web.Refusal;
import vn.ntp.warehouse.portal.web.UnitScope;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;
import vn.ntp.warehouse.report.SvgBarChart;
import vn.ntp.warehouse.report.Vocabulary;

/**
 * The province view ("Tổng hợp"): for a period, the completeness matrix of the subordinate units ×
 * forms with each cell's approval, the missing units with their deadlines, and disbursement % and
 * poverty rates per unit with drill-down province → district → commune; and approve / return /
 * withdraw (DHIS2's data approval levels: the province for everything under it, a district for its communes).
 */
@Controller
@Profile("portal")
public class ProvinceController {
    private final WarehouseQueries warehouse;
    private final UnitScope scope;
    private final ApprovalLog approvals;
    private final AuditTrail audit;
    private final Vocabulary words;

    /** @param words the cells' states and approvals in words ({@code jobs/dictionary/codes.csv}) */
    public ProvinceController(WarehouseQueries warehouse, UnitScope scope, ApprovalLog approvals, AuditTrail audit, Vocabulary words) {
        this.warehouse = warehouse;
        this.scope = scope;
        this.approvals = approvals;
        this.audit = audit;
        this.words = words;
    }

    /** One matrix cell: a unit's form for the period. */
    public record Cell(String formCode, String state, String stateVi, String dueDate, String approval, String approvalVi,
                       String approvalComment, boolean canApprove, boolean held) {
    }

    public record MatrixRow(String unitCode, String unitName, boolean hasChildren, List<Cell> cells) {
    }

    @GetMapping("/tinh")
    String view(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String program, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String period, Model model) {
        String root = unit == null || unit.isBlank() ? scope.root(user) : unit;
        if (!scope.canRead(user, root)) {
            audit.record(user.getUsername(), AuditTrail.REFUSED_READ, root, "province view");
            throw Refusal.forbidden(scope.name(root));
        }
        List<Map<String, Object>> periods = warehouse.periods();
        if (program == null && !periods.isEmpty()) {
            program = (String) periods.get(0).get("program_code");
            year = ((Number) periods.get(0).get("year")).intValue();
            period = (String) periods.get(0).get("period_label");
        }
        model.addAttribute("user", user);
        model.addAttribute("unit", root);
        model.addAttribute("unitName", scope.name(root));
        model.addAttribute("parent", scope.parent(root).filter(p -> scope.canRead(user, p)).orElse(null));
        model.addAttribute("periods", periods);
        model.addAttribute("program", program);
        model.addAttribute("year", year);
        model.addAttribute("period", period);
        if (program == null || year == null || period == null) {
            model.addAttribute("rows", List.of());
            model.addAttribute("forms", List.of());
            model.addAttribute("missing", List.of());
            model.addAttribute("children", List.of());
            return "tinh";
        }
        Collection<String> below = new ArrayList<>(scope.subtree(root));
        below.remove(root);
        List<Map<String, Object>> expected = warehouse.completeness(program, year, period, below);
        Map<ApprovalLog.Key, ApprovalLog.Event> current = approvals.current();
        TreeSet<String> forms = new TreeSet<>();
        Map<String, MatrixRow> rows = new LinkedHashMap<>();
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Map<String, Object> e : expected) {
            String code = (String) e.get("unit_code");
            String form = (String) e.get("form_code");
            forms.add(form);
            ApprovalLog.Event ev = current.get(new ApprovalLog.Key(program, form, code, year, period));
            String approval = ev == null ? "none" : ev.action();
            boolean received = Boolean.TRUE.equals(e.get("received"));
            boolean onTime = Boolean.TRUE.equals(e.get("on_time"));
            long errors = ((Number) e.get("loaded_error_count")).longValue();
            String state = !received ? "missing" : errors > 0 ? "errors" : onTime ? "on-time" : "late";
            if (!received) missing.add(e);
            rows.computeIfAbsent(code, k -> new MatrixRow(code, (String) e.get("unit_name"), !scope.children(code).isEmpty(), new ArrayList<>()))
                    .cells().add(new Cell(form, state, words.word("completeness_state", state), (String) e.get("due_date"), approval,
                            ev == null ? "" : words.word("approval_status", ev.status()), ev == null ? "" : ev.comment(), scope.canApprove(user, code),
                            ((Number) e.getOrDefault("held_files", 0)).longValue() > 0));
        }
        model.addAttribute("forms", forms);
        model.addAttribute("rows", rows.values());
        model.addAttribute("missing", missing);
        List<String> children = scope.children(root);
        List<SvgBarChart.Bar> disbursement = new ArrayList<>();
        for (Map<String, Object> r : warehouse.disbursement(program, year, period, children)) {
            if (r.get("disbursement_pct") == null) continue;
            double pct = ((Number) r.get("disbursement_pct")).doubleValue();
            disbursement.add(new SvgBarChart.Bar((String) r.get("unit_name"), pct, String.format(Locale.ROOT, "%.1f %%", pct)));
        }
        List<SvgBarChart.Bar> poverty = new ArrayList<>();
        for (Map<String, Object> r : warehouse.poverty(year, period, children)) {
            if (r.get("poor_rate_end_pct") == null) continue;
            double pct = ((Number) r.get("poor_rate_end_pct")).doubleValue();
            poverty.add(new SvgBarChart.Bar((String) r.get("unit_name"), pct, String.format(Locale.ROOT, "%.2f %%", pct)));
        }
        model.addAttribute("disbursementChart", SvgBarChart.render("giai-ngan", "Tỷ lệ giải ngân (%)", disbursement, 100));
        model.addAttribute("povertyChart", SvgBarChart.render("ho-ngheo", "Tỷ lệ hộ nghèo cuối kỳ (%)", poverty));
        model.addAttribute("children", children.stream().filter(c -> scope.canRead(user, c))
                .map(c -> Map.of("code", c, "name", scope.name(c))).toList());
        return "tinh";
    }

    @PostMapping("/phe-duyet")
    String decide(@AuthenticationPrincipal PortalUser user, @RequestParam String program, @RequestParam String form,
                  @RequestParam("target") String unitCode, @RequestParam int year, @RequestParam String period,
                  @RequestParam String action, @RequestParam(required = false) String comment,
                  @RequestParam(required = false) String unit, RedirectAttributes redirect) {
        if (!List.of(ApprovalLog.APPROVE, ApprovalLog.RETURN, ApprovalLog.WITHDRAW).contains(action)) {
            throw new Refusal(400, "Thao tác không hợp lệ.");
        }
        if (!scope.canApprove(user, unitCode)) {
            audit.record(user.getUsername(), AuditTrail.REFUSED_READ, unitCode, "approval " + action);
            throw new Refusal(403, "Không có quyền phê duyệt số liệu của " + scope.name(unitCode) + ".");
        }
        if (action.equals(ApprovalLog.RETURN) && (comment == null || comment.isBlank())) {
            throw new Refusal(400, "Trả lại cần ghi rõ lý do.");
        }
        ApprovalLog.Event e = approvals.append(user.getUsername(), action, new ApprovalLog.Key(program, form, unitCode, year, period), comment);
        audit.record(user.getUsername(), AuditTrail.APPROVAL, unitCode,
                action + " " + program + " " + form + " " + year + " " + period + (e.comment().isEmpty() ? "" : ": " + e.comment()));
        redirect.addFlashAttribute("notice", scope.name(unitCode) + ", biểu " + form + ": " + words.word("approval_status", e.status()) + ".");
        return "redirect:" + UriComponentsBuilder.fromPath("/tinh").queryParam("unit", unit).queryParam("program", program)
                .queryParam("year", year).queryParam("period", period).encode().build().toUriString();
    }
}
