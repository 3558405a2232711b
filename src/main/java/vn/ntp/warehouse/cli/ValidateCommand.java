package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * {@code ./ntp validate FILE...}: a dry run for a district officer. Reads each file exactly as a
 * run would, prints every finding as {@code Biểu 01!H14: …} in Vietnamese, with the severity and text of the
 * findings catalogue ({@link FindingCatalogue}, as the run and the feedback workbook show them) (errors first, then
 * warnings, then notes), writes a feedback workbook into {@code <home>/reports/} (the sender's
 * own workbook with the problem cells coloured and commented, and a first sheet listing the
 * findings), and writes nothing to the warehouse. Exit 0 clean (warnings and notes allowed), 1
 * findings of severity error, 2 a file that cannot be read or loaded.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        if (args.positional().isEmpty()) throw new Arguments.UsageException("Cách dùng: ./ntp validate TỆP...");
        NtpSettings settings = new NtpSettings(args.home(), args.jobsDir(), args.sqlDir(), 0);
        ReferenceData reference = ReferenceData.load(settings);
        FeedbackWorkbook feedback = new FeedbackWorkbook(reference.checks());
        List<Path> files = ValidateTargets.expand(args.positional());
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Path file : files) {
            Path reports = args.flag("--feedback-next-to-file") ? file.toAbsolutePath().getParent() : settings.reports();
            outcomes.merge(validate(file, reference, feedback, reports), 1, Integer::sum);
        }
        if (files.size() > 1) {
            System.out.printf("%nTổng cộng %d tệp: %d không có sai sót, %d có cảnh báo hoặc thông tin cần xem, %d có lỗi phải sửa, "
                            + "%d không đọc được.%n", files.size(), outcomes.getOrDefault(Outcome.CLEAN, 0),
                    outcomes.getOrDefault(Outcome.REVIEW, 0), outcomes.getOrDefault(Outcome.ERRORS, 0),
                    outcomes.getOrDefault(Outcome.UNREADABLE, 0));
        }
        return outcomes.keySet().stream().mapToInt(Outcome::exit).max().orElse(0);
    }

    /** What a file's check came to, worst last; the exit code is the worst file's. */
    private enum Outcome {
        CLEAN(0), REVIEW(0), ERRORS(1), UNREADABLE(2);

        private final int exit;

        Outcome(int exit) {
            this.exit = exit;
        }

        int exit() {
            return exit;
        }
    }

    private static Outcome validate(Path file, ReferenceData reference, FeedbackWorkbook feedback, Path reports) {
        System.out.println("== " + file.getFileName());
        if (!Files.isRegularFile(file)) {
            System.out.println("  Không tìm thấy tệp.");
            return Outcome.UNREADABLE;
        }
        ExtractedAnnex annex = reference.extractor().extract(file);
        if (annex.rejected()) {
            System.out.println("  Không nạp được tệp: " + reference.checks().render(annex.reason()).messageVi());
        } else {
            var id = annex.identity();
            System.out.printf("  %s, %s, %s — %d số liệu%n", id.unitName(), id.programCode(), id.period().periodLabel(), annex.factRows());
        }
        int errors = 0;
        for (String severity : List.of("error", "warning", "info")) {
            List<Finding> group = annex.findings().stream()
                    .filter(f -> reference.checks().render(f).severity().equals(severity)).toList();
            if (group.isEmpty()) continue;
            System.out.println("  " + heading(severity) + " (" + group.size() + "):");
            for (Finding f : group) System.out.println("    " + reference.checks().line(f));
            if (severity.equals("error")) errors = group.size();
        }
        if (annex.findings().isEmpty() && !annex.rejected()) System.out.println("  Không có sai sót.");
        try {
            Path written = feedback.write(file, annex, reports);
            System.out.println("  Tệp phản hồi: " + written);
        } catch (IOException | RuntimeException e) {
            System.out.println("  Không ghi được tệp phản hồi: " + Trouble.cause(e, reports));
        }
        if (annex.rejected()) return Outcome.UNREADABLE;
        if (errors > 0) return Outcome.ERRORS;
        return annex.findings().isEmpty() ? Outcome.CLEAN : Outcome.REVIEW;
    }

    private static String heading(String severity) {
        return switch (severity) {
            case "error" -> "Lỗi, phải sửa";
            case "warning" -> "Cảnh báo, cần xem lại";
            default -> "Thông tin";
        };
    }
}
