package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        int exit = 0;
        for (Path file : ValidateTargets.expand(args.positional())) {
            Path reports = args.flag("--feedback-next-to-file") ? file.toAbsolutePath().getParent() : settings.reports();
            exit = Math.max(exit, validate(file, reference, feedback, reports));
        }
        return exit;
    }

    private static int validate(Path file, ReferenceData reference, FeedbackWorkbook feedback, Path reports) {
        System.out.println("== " + file.getFileName());
        if (!Files.isRegularFile(file)) {
            System.out.println("  Không tìm thấy tệp.");
            return 2;
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
            System.out.println("  Không ghi được tệp phản hồi: " + e.getMessage());
        }
        if (annex.rejected()) return 2;
        return errors > 0 ? 1 : 0;
    }

    private static String heading(String severity) {
        return switch (severity) {
            case "error" -> "Lỗi, phải sửa";
            case "warning" -> "Cảnh báo, cần xem lại";
            default -> "Thông tin";
        };
    }
}
