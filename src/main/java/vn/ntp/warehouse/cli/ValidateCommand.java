package vn.ntp.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.ExtractionContext;
import vn.ntp.warehouse.extract.Finding;
import vn.ntp.warehouse.validate.CheckCatalog;

/**
 * {@code ./ntp validate FILE...}: a dry run for a district officer. Reads each file exactly as a
 * run would, prints every finding with its sheet and cell in Vietnamese, writes nothing to the
 * warehouse. Exit 0 clean, 1 findings of severity error, 2 a file that cannot be read.
 */
final class ValidateCommand {
    private ValidateCommand() {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        if (args.positional().isEmpty()) throw new Arguments.UsageException("Cách dùng: ./ntp validate TỆP...");
        NtpSettings settings = new NtpSettings(args.home(), args.jobsDir(), args.sqlDir(), 0);
        ReferenceData reference = ReferenceData.load(settings);
        int exit = 0;
        for (String name : args.positional()) {
            Path file = Path.of(name);
            System.out.println("== " + file.getFileName());
            if (!Files.isRegularFile(file)) {
                System.out.println("  Không tìm thấy tệp.");
                exit = 2;
                continue;
            }
            ExtractedAnnex annex = reference.extractor().extract(file, new ExtractionContext("validate", file.getFileName().toString()));
            if (annex.rejected()) {
                System.out.println("  Không đọc được: " + annex.reasonVi());
                exit = 2;
            } else {
                var id = annex.identity();
                System.out.printf("  %s, %s, %s — %d số liệu%n", id.unitName(), id.programCode(), id.period().periodLabel(), annex.factRows());
            }
            int errors = 0;
            for (Finding f : annex.findings()) {
                CheckCatalog.Rendered r = reference.checks().render(f);
                System.out.printf("  [%s] %s%n", severityVi(r.severity()), r.messageVi());
                if (r.severity().equals("error")) errors++;
            }
            if (annex.findings().isEmpty() && !annex.rejected()) System.out.println("  Không có sai sót.");
            if (errors > 0 && exit == 0) exit = 1;
        }
        return exit;
    }

    static String severityVi(String severity) {
        return switch (severity) {
            case "error" -> "LỖI";
            case "warning" -> "CẢNH BÁO";
            default -> "THÔNG TIN";
        };
    }
}
