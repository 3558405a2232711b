package vn.ntp.warehouse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ./ntp bench season} generates: how many communes (0 = all 10,599 of the old list),
 * how many years (ending with {@link #LAST_YEAR}), how many periods a year (1: the first half, 2: the
 * first half and the whole year), and the share of files that are .xls, typed as text numbers, typed in
 * TCVN3, with a hidden row, or with an injected inconsistency. Everything random is drawn from
 * {@code seed}: the same options write the same files.
 */
public record SeasonOptions(int units, int years, int periods, double xlsShare, double textNumberShare,
                            double tcvn3Share, double hiddenRowShare, double inconsistencyShare,
                            double correctionShare, long seed, int threads) {

    /** The last year of the old unit list (before the 1 July 2025 merger). */
    public static final int LAST_YEAR = 2024;

    public static final SeasonOptions DEFAULT = new SeasonOptions(0, 1, 2, 0.10, 0.10, 0.05, 0.10, 0.02, 0.01, 2024,
            Runtime.getRuntime().availableProcessors());

    public SeasonOptions {
        if (units < 0) throw new IllegalArgumentException("--units must be ≥ 0 (0 = every commune)");
        if (years < 1 || years > 10) throw new IllegalArgumentException("--years must be 1..10");
        if (periods < 1 || periods > 2) throw new IllegalArgumentException("--periods must be 1 or 2");
        for (double share : new double[] {xlsShare, textNumberShare, tcvn3Share, hiddenRowShare, inconsistencyShare, correctionShare}) {
            if (share < 0 || share > 1) throw new IllegalArgumentException("a share is between 0 and 1");
        }
        if (threads < 1) throw new IllegalArgumentException("--threads must be ≥ 1");
    }

    public int firstYear() {
        return LAST_YEAR - years + 1;
    }

    /** The periods of a year, as their "Kỳ báo cáo" is typed. */
    public List<String> periodLabels(int year) {
        List<String> labels = new ArrayList<>();
        labels.add("6 tháng đầu năm " + year);
        if (periods > 1) labels.add("Năm " + year);
        return labels;
    }

    public SeasonOptions withUnits(int n) {
        return new SeasonOptions(n, years, periods, xlsShare, textNumberShare, tcvn3Share, hiddenRowShare,
                inconsistencyShare, correctionShare, seed, threads);
    }

    /** A short name of the options, for the folder that caches the generated files. */
    public String folderName() {
        return String.format(Locale.ROOT, "season-u%d-y%d-p%d-x%s-t%s-v%s-h%s-i%s-c%s-s%d", units, years, periods,
                share(xlsShare), share(textNumberShare), share(tcvn3Share), share(hiddenRowShare),
                share(inconsistencyShare), share(correctionShare), seed);
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    public String describe() {
        return String.format(Locale.ROOT,
                "%s communes, years %d–%d, %d period(s) a year; .xls %.1f %%, text numbers %.1f %%, TCVN3 %.1f %%, "
                        + "hidden rows %.1f %%, injected inconsistencies %.1f %%, corrections %.1f %%; seed %d",
                units == 0 ? "all" : Integer.toString(units), firstYear(), LAST_YEAR, periods, 100 * xlsShare,
                100 * textNumberShare, 100 * tcvn3Share, 100 * hiddenRowShare, 100 * inconsistencyShare,
                100 * correctionShare, seed);
    }

    /** Usage of the options, in the words of {@code ./ntp bench season}. */
    public static final String USAGE = """
            ./ntp bench season [--units N] [--years Y] [--periods 1|2] [--xls-share p] [--text-number-share p]
                               [--tcvn3-share p] [--hidden-row-share p] [--inconsistency-share p]
                               [--correction-share p] [--seed S] [--threads T] [--work DIR] [--generate-only] [--strict]
                               [--profile] [--readers-only]
            """;

    /** Parses the options; unknown options fail. Non-season options (--work, --generate-only, --strict, --profile, --readers-only) are skipped. */
    public static SeasonOptions parse(List<String> args) {
        SeasonOptions o = DEFAULT;
        int units = o.units, years = o.years, periods = o.periods, threads = o.threads;
        double xls = o.xlsShare, text = o.textNumberShare, tcvn3 = o.tcvn3Share, hidden = o.hiddenRowShare,
                inconsistent = o.inconsistencyShare, corrections = o.correctionShare;
        long seed = o.seed;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--generate-only", "--strict", "--profile", "--readers-only" -> {
                }
                case "--work" -> i++;
                case "--units" -> units = Integer.parseInt(args.get(++i));
                case "--years" -> years = Integer.parseInt(args.get(++i));
                case "--periods" -> periods = Integer.parseInt(args.get(++i));
                case "--xls-share" -> xls = Double.parseDouble(args.get(++i));
                case "--text-number-share" -> text = Double.parseDouble(args.get(++i));
                case "--tcvn3-share" -> tcvn3 = Double.parseDouble(args.get(++i));
                case "--hidden-row-share" -> hidden = Double.parseDouble(args.get(++i));
                case "--inconsistency-share" -> inconsistent = Double.parseDouble(args.get(++i));
                case "--correction-share" -> corrections = Double.parseDouble(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                case "--threads" -> threads = Integer.parseInt(args.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        return new SeasonOptions(units, years, periods, xls, text, tcvn3, hidden, inconsistent, corrections, seed, threads);
    }
}
