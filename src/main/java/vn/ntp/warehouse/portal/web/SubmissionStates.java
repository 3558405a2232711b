package vn.ntp.warehouse.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.RunProgress;
import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.portal.upload.Uploads;
import vn.ntp.warehouse.portal.warehouse.WarehouseQueries;
import vn.ntp.warehouse.report.Vocabulary;

/**
 * The submissions one may see, in one list for the page and the API: files sent through the portal
 * that wait in the inbox ({@code pending}), then every file the warehouse holds, newest first, with
 * its state (loaded, superseded, duplicate, rejected with its reason, held).
 */
@Component
@Profile("portal")
public class SubmissionStates {
    private final WarehouseQueries warehouse;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final NtpSettings settings;
    private final Vocabulary words;

    public SubmissionStates(WarehouseQueries warehouse, UnitScope scope, AuditTrail audit, NtpSettings settings, Vocabulary words) {
        this.warehouse = warehouse;
        this.scope = scope;
        this.audit = audit;
        this.settings = settings;
        this.words = words;
    }

    /** The state's word, as the run report and the exports write it ({@code jobs/dictionary/codes.csv}, column status). */
    public String stateVi(String status) {
        return words.word("status", status);
    }

    public List<Map<String, Object>> list(Collection<String> units) {
        List<Map<String, Object>> rows = new ArrayList<>(pending(units));
        rows.addAll(warehouse.submissions(units, 500));
        for (Map<String, Object> r : rows) {
            r.put("state_vi", stateVi((String) r.get("status")));
            r.put("received_vi", inVietnam(r.get("received_at")));
        }
        return rows;
    }

    /** A receipt time as the warehouse keeps it (UTC, {@code 2026-12-04 13:38:08.515}) in Vietnam's time, as the run report writes times. */
    public static String inVietnam(Object receivedAt) {
        if (receivedAt == null || receivedAt.toString().isBlank()) return "";
        try {
            LocalDateTime utc = LocalDateTime.parse(receivedAt.toString().strip().replace(' ', 'T'));
            return RunProgress.time(utc.toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return receivedAt.toString();
        }
    }

    /** The unit codes one may read (null: all), narrowed to one unit's subtree when asked; refused and audited outside. */
    public Collection<String> unitsFor(PortalUser user, String unit) {
        if (unit != null && !unit.isBlank()) {
            if (!scope.canRead(user, unit)) {
                audit.record(user.getUsername(), AuditTrail.REFUSED_READ, unit, "submissions of " + unit);
                throw Refusal.forbidden(scope.name(unit));
            }
            return scope.subtree(unit);
        }
        if (user.role() == Role.PHAN_TICH) return null;
        if (user.role() == Role.QUAN_TRI) throw new Refusal(403, "Tài khoản quản trị không xem số liệu.");
        return scope.subtree(scope.root(user));
    }

    /** Files sent through the portal that wait in the inbox for the next run. */
    public List<Map<String, Object>> pending(Collection<String> units) {
        Path inbox = settings.inbox();
        if (!Files.isDirectory(inbox)) return List.of();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(inbox)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> Uploads.unitOfInboxName(n) != null && (units == null || units.contains(Uploads.unitOfInboxName(n))))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            return List.of();
        }
        var known = warehouse.knownFiles(names);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String n : names) {
            if (known.contains(n)) continue;
            String[] parts = n.split("_");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("source_file", n);
            r.put("program_code", parts[0]);
            r.put("form_code", parts[1]);
            r.put("unit_code", parts[2]);
            r.put("unit_name", scope.name(parts[2]));
            r.put("year", parts[3]);
            r.put("period_label", "");
            r.put("status", "pending");
            rows.add(r);
        }
        return rows;
    }
}
