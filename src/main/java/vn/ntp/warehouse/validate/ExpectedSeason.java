package vn.ntp.warehouse.validate;

import vn.ntp.warehouse.config.YamlConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.SheetIdentity;

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

    /** Why a sheet is refused: WRONG_PROGRAM or WRONG_PERIOD, with messages for the sender and the logs. */
    public record Refusal(String reasonCode, String messageVi, String messageEn) {
    }

    public static ExpectedSeason load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return ANY;
        ExpectedSeason season = YamlConfig.read(file, ExpectedSeason.class);
        return season == null ? ANY : season;
    }

    public Optional<Refusal> refusal(SheetIdentity identity) {
        if (!programs.isEmpty() && !programs.contains(identity.programCode())) {
            return Optional.of(new Refusal("WRONG_PROGRAM",
                    "biểu báo cáo chương trình " + identity.programCode() + ", đợt báo cáo này chỉ nhận chương trình "
                            + String.join(", ", programs),
                    "program " + identity.programCode() + " is not expected (expected " + String.join(", ", programs) + ")"));
        }
        boolean yearOk = years.isEmpty() || years.contains(identity.period().year());
        boolean typeOk = periodTypes.isEmpty() || periodTypes.contains(identity.period().periodType());
        if (!yearOk || !typeOk) {
            String expected = (years.isEmpty() ? "" : "năm " + join(years))
                    + (periodTypes.isEmpty() ? "" : (years.isEmpty() ? "" : ", ") + "kỳ "
                            + String.join(", ", periodTypes.stream().map(ExpectedSeason::periodTypeVi).toList()));
            return Optional.of(new Refusal("WRONG_PERIOD",
                    "kỳ báo cáo \"" + identity.period().periodLabel() + "\" không thuộc đợt báo cáo đang nhận (" + expected + ")",
                    "period " + identity.period().periodLabel() + " is outside the expected season (years " + years
                            + ", period types " + periodTypes + ")"));
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
