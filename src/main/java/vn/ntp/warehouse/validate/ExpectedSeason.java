package vn.ntp.warehouse.validate;

import vn.ntp.warehouse.config.YamlConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.text.ReportPeriod;

/**
 * The reporting season a run expects, from {@code jobs/rules/season.yaml}: the programs, years and
 * period types it accepts. An empty list accepts everything (the default, and what the file says
 * when it is absent). A sheet outside the season is refused: the file goes to quarantine with a
 * reason naming what was expected.
 */
public record ExpectedSeason(List<String> programs, List<Integer> years, List<String> periodTypes) {

    public static final ExpectedSeason ANY = new ExpectedSeason(List.of(), List.of(), List.of());
    public static final String FILE_NAME = "season.yaml";

    public ExpectedSeason {
        programs = programs == null ? List.of() : List.copyOf(programs);
        years = years == null ? List.of() : List.copyOf(years);
        periodTypes = periodTypes == null ? List.of() : List.copyOf(periodTypes);
    }

    public static ExpectedSeason load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return ANY;
        ExpectedSeason season = YamlConfig.read(file, ExpectedSeason.class);
        return season == null ? ANY : season;
    }

    /**
     * Why a sheet of this program and period is refused: a WRONG_PROGRAM or WRONG_PERIOD finding whose
     * messages (the catalogue's) name what the season expects; empty when the season accepts it.
     */
    public Optional<Finding> refusal(String programCode, ReportPeriod period) {
        if (!programs.isEmpty() && !programs.contains(programCode)) {
            return Optional.of(Finding.about("WRONG_PROGRAM", String.join(", ", programs), programCode));
        }
        boolean yearOk = years.isEmpty() || years.contains(period.year());
        boolean typeOk = periodTypes.isEmpty() || periodTypes.contains(period.periodType());
        if (!yearOk || !typeOk) {
            String expected = (years.isEmpty() ? "" : "năm " + join(years))
                    + (periodTypes.isEmpty() ? "" : (years.isEmpty() ? "" : ", ") + "kỳ "
                            + String.join(", ", periodTypes.stream().map(ExpectedSeason::periodTypeVi).toList()));
            return Optional.of(Finding.about("WRONG_PERIOD", "", period.periodLabel())
                    .with("expected_vi", expected)
                    .with("expected_en", "years " + years + ", period types " + periodTypes));
        }
        return Optional.empty();
    }

    private static String periodTypeVi(String type) {
        return switch (type) {
            case "year" -> "cả năm";
            case "half" -> "6 tháng";
            case "nine_months" -> "9 tháng";
            case "quarter" -> "quý";
            case "month" -> "tháng";
            default -> type;
        };
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
