package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code jobs/schedule/forms.yaml}: which units (by level) must send which form of which program,
 * for which periods, and by when. Loaded into the table {@code config_form_schedule}, one row per
 * program × form × level × period kind, which {@code expected_submission} reads.
 */
public record FormSchedule(List<Line> lines) {

    public static final String FILE_NAME = "forms.yaml";
    static final Set<String> LEVELS = Set.of("tinh", "huyen", "xa");
    static final Set<String> PERIOD_KINDS = Set.of("year", "first_half", "second_half", "quarter", "nine_months", "month");

    /**
     * One scheduled form for one period kind. The deadline is the first {@code dueDay/dueMonth} on or after
     * the period's last day, or {@code dueDaysAfterEnd} days after it. {@code validFrom}/{@code validTo}
     * bound the period end dates the line applies to (the unit list changed on 1 July 2025);
     * {@code provinceCodes} (comma-separated) fixes the provinces in scope, null = every province that sent a file.
     * {@code onTimeBy}: {@code received_at} (the file reached the inbox) or {@code saved_at} (the sender last saved it,
     * else received_at) is compared with the deadline.
     */
    public record Line(String programCode, String formCode, String unitLevel, String periodKind,
                       Integer dueDay, Integer dueMonth, Integer dueDaysAfterEnd,
                       LocalDate validFrom, LocalDate validTo, String provinceCodes, String onTimeBy) {
    }

    private record PeriodEntry(String period, String due, Integer dueDaysAfterEnd) {
    }

    private record FormEntry(String program, String form, String level, String from, String until,
                             List<String> provinces, List<PeriodEntry> periods) {
    }

    private record File(String onTimeBy, List<FormEntry> forms) {
    }

    static final Set<String> ON_TIME_BY = Set.of("received_at", "saved_at");

    public FormSchedule {
        lines = List.copyOf(lines);
    }

    public static FormSchedule empty() {
        return new FormSchedule(List.of());
    }

    public static FormSchedule load(Path scheduleDir) {
        Path path = scheduleDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            return empty();
        }
        File file = Yaml.read(path, File.class);
        String onTimeBy = file.onTimeBy() == null ? "received_at" : file.onTimeBy();
        if (!ON_TIME_BY.contains(onTimeBy)) {
            throw new WarehouseBuildException(path + ": on_time_by must be one of " + ON_TIME_BY + ", not " + onTimeBy);
        }
        List<Line> lines = new ArrayList<>();
        for (FormEntry form : file.forms() == null ? List.<FormEntry>of() : file.forms()) {
            try {
                lines.addAll(lines(form, onTimeBy));
            } catch (RuntimeException e) {
                throw new WarehouseBuildException(path + ": " + form.program() + " " + form.form() + ": " + e.getMessage(), e);
            }
        }
        return new FormSchedule(lines);
    }

    private static List<Line> lines(FormEntry form, String onTimeBy) {
        require(form.program() != null && form.form() != null, "program and form are required");
        require(LEVELS.contains(form.level()), "level must be one of " + LEVELS + ", not " + form.level());
        LocalDate from = form.from() == null ? null : LocalDate.parse(form.from());
        LocalDate until = form.until() == null ? null : LocalDate.parse(form.until());
        String provinces = form.provinces() == null || form.provinces().isEmpty() ? null : String.join(",", form.provinces());
        List<Line> lines = new ArrayList<>();
        for (PeriodEntry period : form.periods() == null ? List.<PeriodEntry>of() : form.periods()) {
            require(PERIOD_KINDS.contains(period.period()), "period must be one of " + PERIOD_KINDS + ", not " + period.period());
            Integer day = null;
            Integer month = null;
            if (period.due() != null) {
                String[] parts = period.due().strip().split("/");
                require(parts.length == 2, "due is day/month, e.g. \"15/07\", not " + period.due());
                day = Integer.valueOf(parts[0].strip());
                month = Integer.valueOf(parts[1].strip());
                require(month >= 1 && month <= 12 && day >= 1 && day <= 31, "no such day/month: " + period.due());
            }
            require(day != null || period.dueDaysAfterEnd() != null,
                    "period " + period.period() + " needs due (day/month) or due_days_after_end");
            lines.add(new Line(form.program(), form.form(), form.level(), period.period(), day, month,
                    period.dueDaysAfterEnd(), from, until, provinces, onTimeBy));
        }
        return lines;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
