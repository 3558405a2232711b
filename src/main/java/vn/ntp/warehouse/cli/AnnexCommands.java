package vn.ntp.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import vn.ntp.warehouse.annex.AnnexWorkbook;
import vn.ntp.warehouse.annex.Explanation;

/**
 * {@code ./ntp annex}: a unit's annex in the official layout, filled from the warehouse; {@code ./ntp explain}: the leaf
 * values a mart figure is made of. Both read {@code warehouse.duckdb} read-only. Exit 0 ok, 1 nothing to report or no
 * such figure, 2 usage.
 */
final class AnnexCommands {
    static final String ANNEX_USAGE = "Cách dùng: ./ntp annex --form 01|02|03|04 --unit MÃ|TÊN --period \"KỲ\" "
            + "[--program GNBV|DTTS] [--basis rolled_up|reported] [--out TỆP.xlsx|THƯ_MỤC]";
    static final String EXPLAIN_USAGE = "Cách dùng: ./ntp explain --unit MÃ --period \"KỲ\" --measure SỐ_LIỆU [--project MÃ_DỰ_ÁN] "
            + "[--budget-level NSTW|NSDP|HUY_DONG] [--capital-type DTPT|SN|NA] [--vintage current|carryover] "
            + "[--indicator …] [--group poor|near_poor] [--unit-of-measure …] [--program …] [--basis …]";

    private AnnexCommands() {
    }

    static int annex(Arguments args) throws Arguments.UsageException {
        String form = args.option("--form").map(f -> f.length() == 1 ? "0" + f : f).orElse(null);
        String unit = args.option("--unit").orElse(null);
        String period = args.option("--period").orElse(null);
        if (form == null || !form.matches("0[1-4]") || unit == null || period == null) throw new Arguments.UsageException(ANNEX_USAGE);
        String program = args.option("--program").orElse("GNBV").toUpperCase(Locale.ROOT);
        String basis = args.option("--basis").orElse("rolled_up");
        if (!basis.equals("rolled_up") && !basis.equals("reported")) throw new Arguments.UsageException(ANNEX_USAGE);
        Path warehouse = warehouse(args);
        if (warehouse == null) return 1;
        Path out = args.option("--out").map(Path::of).orElse(args.home().resolve("reports")).toAbsolutePath();
        try {
            if (args.option("--out").isEmpty()) Files.createDirectories(out);
            AnnexWorkbook.Result r = new AnnexWorkbook(warehouse, args.jobsDir().resolve("reference"))
                    .write(form, unit, period, program, basis, out);
            System.out.println("Biểu " + form + " của " + r.unitLabel() + ", " + program + ", " + r.periodLabel() + ": "
                    + r.leafValues() + " giá trị từ kho.");
            if (r.viaPredecessors()) System.out.println("  Gồm số liệu của các đơn vị trước ngày 01/7/2025 mà đơn vị này kế thừa.");
            if (r.missingUnits() > 0) {
                System.out.println("  Số liệu chưa đầy đủ: " + r.missingUnits() + " đơn vị chưa có báo cáo được tính (trang \"Thiếu sót\").");
            }
            if (r.unplacedValues() > 0) {
                System.out.println("  " + r.unplacedValues() + " số liệu không có dòng hoặc cột trên biểu (trang \"Thiếu sót\").");
            }
            System.out.println("  Tệp: " + r.file());
            return 0;
        } catch (AnnexWorkbook.NothingToWrite e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            return Trouble.report(Trouble.of("Không lập được biểu", e, args.home()), args);
        }
    }

    static int explain(Arguments args) throws Arguments.UsageException {
        String unit = args.option("--unit").orElse(null);
        String period = args.option("--period").orElse(null);
        String measure = args.option("--measure").orElse(null);
        if (unit == null || period == null || measure == null) throw new Arguments.UsageException(EXPLAIN_USAGE);
        Path warehouse = warehouse(args);
        if (warehouse == null) return 1;
        Explanation.Question q = new Explanation.Question(unit, period, args.option("--program").orElse(null),
                args.option("--basis").orElse(null), measure, args.option("--project").orElse(null),
                args.option("--budget-level").orElse(null), args.option("--capital-type").orElse(null),
                args.option("--vintage").orElse(null), args.option("--indicator").orElse(null),
                args.option("--group").orElse(null), args.option("--unit-of-measure").orElse(null));
        try {
            Explanation.Answer answer = new Explanation(warehouse, args.jobsDir().resolve("reference")).explain(q);
            answer.lines().forEach(System.out::println);
            return answer.adds() ? 0 : 1;
        } catch (Explanation.NoFigure e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            return Trouble.report(Trouble.of("Không truy được nguồn số liệu", e, args.home()), args);
        }
    }

    private static Path warehouse(Arguments args) {
        Path warehouse = args.home().resolve("warehouse.duckdb");
        if (!Files.exists(warehouse)) {
            System.err.println("Chưa có kho dữ liệu " + warehouse + ": chạy ./ntp run hoặc ./ntp demo trước.");
            return null;
        }
        return warehouse;
    }
}
