package vn.ntp.warehouse.portal.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;

/** "Hồ sơ đã gửi": the submissions of the units in one's scope, with their state, findings and figures. */
@Controller
@Profile("portal")
public class StatusController {
    private final WarehouseQueries warehouse;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final SubmissionStates states;
    private final RunNow runNow;

    public StatusController(WarehouseQueries warehouse, UnitScope scope, AuditTrail audit, SubmissionStates states, RunNow runNow) {
        this.warehouse = warehouse;
        this.scope = scope;
        this.audit = audit;
        this.states = states;
        this.runNow = runNow;
    }

    @GetMapping("/ho-so")
    String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String unit, Model model) {
        Collection<String> units = states.unitsFor(user, unit);
        List<Map<String, Object>> rows = states.list(units);
        model.addAttribute("user", user);
        model.addAttribute("unitName", scope.name(unit == null ? scope.root(user) : unit));
        model.addAttribute("rows", rows);
        model.addAttribute("canLoad", user.role() == Role.TINH);
        return "ho-so";
    }

    @GetMapping("/ho-so/{submissionId}")
    String detail(@AuthenticationPrincipal PortalUser user, @PathVariable String submissionId, Model model) {
        List<Map<String, Object>> found = warehouse.submission(submissionId);
        if (found.isEmpty()) throw new Refusal(404, "Không tìm thấy hồ sơ này trong kho.");
        Map<String, Object> s = new LinkedHashMap<>(found.get(0));
        String unit = (String) s.get("unit_code");
        if (!scope.canRead(user, unit)) {
            audit.record(user.getUsername(), AuditTrail.REFUSED_READ, unit, "submission " + submissionId);
            throw Refusal.forbidden(scope.name(unit));
        }
        s.put("state_vi", states.stateVi((String) s.get("status")));
        model.addAttribute("user", user);
        model.addAttribute("s", s);
        model.addAttribute("findings", warehouse.findings(submissionId));
        model.addAttribute("figures", warehouse.figures(submissionId));
        return "ho-so-chi-tiet";
    }

    @PostMapping("/nap-ngay")
    String loadNow(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
        if (user.role() != Role.TINH) throw new Refusal(403, "Chỉ cán bộ tỉnh được nạp ngay.");
        audit.record(user.getUsername(), AuditTrail.LOAD_NOW, user.unitCode(), "");
        redirect.addFlashAttribute("notice", runNow.run());
        return "redirect:/ho-so";
    }

}
