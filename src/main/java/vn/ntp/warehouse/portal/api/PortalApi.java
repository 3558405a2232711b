package vn.ntp.warehouse.portal.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.upload.Uploads;
import vn.ntp.warehouse.portal.web.FindingMessages;
import vn.ntp.warehouse.portal.web.Refusal;
import vn.ntp.warehouse.portal.web.SubmissionStates;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;
import vn.ntp.warehouse.text.ReportPeriod;

/**
 * The JSON API (HTTP Basic), for scripts: validate a workbook, send it, list submissions, read
 * completeness. docs/openapi.yaml describes it. Errors are JSON with a Vietnamese message.
 */
@RestController
@RequestMapping("/api")
@Profile("portal")
public class PortalApi {
    private final Uploads uploads;
    private final SubmissionStates states;
    private final WarehouseQueries warehouse;

    public PortalApi(Uploads uploads, SubmissionStates states, WarehouseQueries warehouse) {
        this.uploads = uploads;
        this.states = states;
        this.warehouse = warehouse;
    }

    @PostMapping("/validate")
    ResponseEntity<Map<String, Object>> validate(@AuthenticationPrincipal PortalUser user, @RequestParam("file") MultipartFile file) throws IOException {
        Uploads.Checked c = check(user, file);
        return ResponseEntity.ok(body(c));
    }

    @PostMapping("/submissions")
    ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal PortalUser user, @RequestParam("file") MultipartFile file) throws IOException {
        Uploads.Checked c = check(user, file);
        String name = uploads.submit(user, c);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("state", "pending");
        body.put("state_vi", states.stateVi("pending"));
        body.putAll(body(c));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping("/submissions")
    List<Map<String, Object>> submissions(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String unit) {
        return states.list(states.unitsFor(user, unit));
    }

    @GetMapping("/completeness")
    List<Map<String, Object>> completeness(@AuthenticationPrincipal PortalUser user, @RequestParam String period,
                                           @RequestParam(required = false) String unit, @RequestParam(required = false) String program) {
        ReportPeriod p = ReportPeriod.parse(period)
                .orElseThrow(() -> new Refusal(400, "Không hiểu kỳ báo cáo \"" + period + "\" (ví dụ: 6 tháng đầu năm 2024)."));
        Collection<String> units = states.unitsFor(user, unit);
        return warehouse.completeness(program, p.year(), p.periodLabel(), units);
    }

    private Uploads.Checked check(PortalUser user, MultipartFile file) throws IOException {
        if (file.isEmpty()) throw new Refusal(400, "Tệp rỗng.");
        Uploads.Checked c;
        try (InputStream in = file.getInputStream()) {
            c = uploads.check(user, file.getOriginalFilename(), in);
        }
        if (!c.readable()) throw new Unreadable(c.reasonVi(), c.annex().reasonCode(), findings(c));
        return c;
    }

    private static Map<String, Object> body(Uploads.Checked c) {
        Map<String, Object> body = new LinkedHashMap<>();
        var id = c.identity();
        body.put("file", c.originalName());
        body.put("program_code", id.programCode());
        body.put("form_code", id.formCode());
        body.put("unit_code", id.unitCode());
        body.put("unit_name", id.unitName());
        body.put("year", id.period().year());
        body.put("period_label", id.period().periodLabel());
        body.put("errors", c.count("error"));
        body.put("warnings", c.count("warning"));
        body.put("findings", findings(c));
        body.put("same_content_as", c.alreadyReceived() == null ? null : c.alreadyReceived().sourceFile());
        body.put("notice_vi", c.alreadyReceived() == null ? null : c.alreadyReceived().sentenceVi());
        return body;
    }

    private static List<Map<String, Object>> findings(Uploads.Checked c) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FindingMessages.Shown f : c.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule_code", f.ruleCode());
            m.put("severity", f.severity());
            m.put("sheet", f.sheet());
            m.put("cell_ref", f.cellRef());
            m.put("message_vi", f.messageVi());
            m.put("message_en", f.messageEn());
            out.add(m);
        }
        return out;
    }

    /** 400: the file cannot be read or is not an annex; the body carries the reason and any findings. */
    public static final class Unreadable extends Refusal {
        private final String reasonCode;
        private final List<Map<String, Object>> findings;

        Unreadable(String reasonVi, String reasonCode, List<Map<String, Object>> findings) {
            super(400, "Không đọc được tệp: " + reasonVi);
            this.reasonCode = reasonCode;
            this.findings = findings;
        }

        public String reasonCode() {
            return reasonCode;
        }

        public List<Map<String, Object>> findings() {
            return findings;
        }
    }
}
