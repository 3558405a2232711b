package vn.ntp.warehouse.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers ({@code Kỳ báo cáo}), as the warehouse's {@code dim_period}:
 * {@code periodType} is one of {@code year}, {@code half}, {@code quarter}, {@code nine_months},
 * {@code month}; {@code periodLabel} is the canonical Vietnamese label ({@code Năm 2024},
 * {@code 6 tháng đầu năm 2024}, {@code 6 tháng cuối năm 2024}, {@code Quý III/2024},
 * {@code 9 tháng năm 2023}, {@code Tháng 5/2024}).
 */
public record ReportPeriod(int year, String periodType, String periodLabel, LocalDate startDate, LocalDate endDate) {

    public static final String YEAR = "year";
    public static final String HALF = "half";
    public static final String QUARTER = "quarter";
    public static final String NINE_MONTHS = "nine_months";
    public static final String MONTH = "month";
    public static final Set<String> PERIOD_TYPES = Set.of(YEAR, HALF, QUARTER, NINE_MONTHS, MONTH);

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    // patterns over folded text (lower case, no diacritics, punctuation turned into single spaces)
    private static final String Y = "((?:19|20)\\d{2})";
    private static final String OPTIONAL_NAM = "(?: nam)?";
    private static final Pattern HALF_PHRASE =
            Pattern.compile("\\b(?:6|sau) thang(?: (dau|truoc|cuoi|sau))?" + OPTIONAL_NAM + " " + Y + "\\b");
    private static final Pattern NINE_MONTHS_PHRASE =
            Pattern.compile("\\b(?:9|chin) thang(?: dau)?" + OPTIONAL_NAM + " " + Y + "\\b");
    private static final Pattern QUARTER_PHRASE =
            Pattern.compile("\\bquy (iv|iii|ii|i|[1-4])" + OPTIONAL_NAM + " " + Y + "\\b");
    private static final Pattern MONTH_PHRASE =
            Pattern.compile("\\bthang (0?[1-9]|1[0-2])" + OPTIONAL_NAM + " " + Y + "\\b");
    /** {@code năm 2024}, {@code cả năm 2024}; not the {@code Nam} of a place name ({@code Việt Nam 2024}). */
    private static final Pattern YEAR_PHRASE =
            Pattern.compile("(?<!viet |quang |ha |mien |hai )\\b(?:ca )?nam " + Y + "\\b");
    private static final Pattern BARE_YEAR = Pattern.compile(Y);
    private static final Pattern[] SPECIFIC_PHRASES = {HALF_PHRASE, NINE_MONTHS_PHRASE, QUARTER_PHRASE, MONTH_PHRASE};
    /** A year standing alone in raw text: not part of {@code 10/2022/TT}, {@code 2021-2025} or a longer number. */
    private static final Pattern STANDALONE_YEAR =
            Pattern.compile("(?<![\\d/\\-–.,])((?:19|20)\\d{2})(?![\\d/\\-–.,])");
    private static final String REPORT_PERIOD_LABEL = "ky bao cao";

    public ReportPeriod {
        if (!PERIOD_TYPES.contains(periodType)) throw new IllegalArgumentException("unknown period type: " + periodType);
        if (startDate.isAfter(endDate)) throw new IllegalArgumentException("period ends before it starts: " + periodLabel);
    }

    // ------------------------------------------------------------------ factories

    public static ReportPeriod ofYear(int year) {
        return new ReportPeriod(year, YEAR, "Năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod firstHalf(int year) {
        return new ReportPeriod(year, HALF, "6 tháng đầu năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }

    public static ReportPeriod secondHalf(int year) {
        return new ReportPeriod(year, HALF, "6 tháng cuối năm " + year, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod nineMonths(int year) {
        return new ReportPeriod(year, NINE_MONTHS, "9 tháng năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
    }

    /** @param quarter 1 to 4 */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter " + quarter);
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportPeriod(year, QUARTER, "Quý " + ROMAN[quarter - 1] + "/" + year,
                first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** @param month 1 to 12 */
    public static ReportPeriod month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new ReportPeriod(year, MONTH, "Tháng " + month + "/" + year, ym.atDay(1), ym.atEndOfMonth());
    }

    // ------------------------------------------------------------------ parsing

    /**
     * The period a {@code Kỳ báo cáo} cell states, the whole text being the period (after an
     * optional {@code Kỳ báo cáo:} label): {@code 6 tháng đầu năm 2024}, {@code 6 tháng năm 2024}
     * (the first half), {@code 6 tháng cuối năm 2024}, {@code Năm 2022}, {@code Cả năm 2024},
     * {@code Quý III/2024}, {@code Quý 3 năm 2024}, {@code 9 tháng (đầu) năm 2023},
     * {@code Tháng 5/2024}, {@code tháng 05 năm 2024}; with or without diacritics, any case.
     * A bare year ({@code 2024}) counts only after the label.
     */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null) return Optional.empty();
        String folded = VietnameseText.fold(text);
        boolean labelled = folded.startsWith(REPORT_PERIOD_LABEL + " ");
        if (labelled) folded = folded.substring(REPORT_PERIOD_LABEL.length() + 1);
        for (Pattern phrase : SPECIFIC_PHRASES) {
            Matcher m = phrase.matcher(folded);
            if (m.matches()) return Optional.of(toPeriod(phrase, m));
        }
        Matcher year = YEAR_PHRASE.matcher(folded);
        if (year.matches()) return Optional.of(ofYear(Integer.parseInt(year.group(1))));
        if (labelled) {
            Matcher bare = BARE_YEAR.matcher(folded);
            if (bare.matches()) return Optional.of(ofYear(Integer.parseInt(bare.group(1))));
        }
        return Optional.empty();
    }

    /**
     * The first period phrase inside a longer text such as a title ({@code KẾT QUẢ THỰC HIỆN ...
     * 6 THÁNG ĐẦU NĂM 2024}): a half, nine months, quarter or month phrase wins over a plain
     * {@code năm 2024}.
     */
    public static Optional<ReportPeriod> findInTitle(String title) {
        if (title == null) return Optional.empty();
        return TITLES.apply(title);
    }

    /** The same titles come back in every file of a template. */
    private static final Memo<Optional<ReportPeriod>> TITLES = new Memo<>(ReportPeriod::periodInTitle, 10_000);

    private static Optional<ReportPeriod> periodInTitle(String title) {
        String folded = VietnameseText.fold(title);
        ReportPeriod earliest = null;
        int earliestStart = Integer.MAX_VALUE;
        for (Pattern phrase : SPECIFIC_PHRASES) {
            Matcher m = phrase.matcher(folded);
            if (m.find() && m.start() < earliestStart) {
                earliestStart = m.start();
                earliest = toPeriod(phrase, m);
            }
        }
        if (earliest != null) return Optional.of(earliest);
        Matcher year = YEAR_PHRASE.matcher(folded);
        if (year.find()) return Optional.of(ofYear(Integer.parseInt(year.group(1))));
        return Optional.empty();
    }

    /**
     * The report year a title names: the year of its period phrase ({@link #findInTitle(String)}),
     * else the only year standing alone in it (not in {@code 10/2022/TT-BLĐTBXH} nor in a range
     * such as {@code 2021-2025}); empty when there is none or several.
     */
    public static Optional<Integer> findYear(String title) {
        if (title == null) return Optional.empty();
        Optional<ReportPeriod> period = findInTitle(title);
        if (period.isPresent()) return Optional.of(period.get().year());
        Set<Integer> years = new TreeSet<>();
        Matcher m = STANDALONE_YEAR.matcher(title);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    private static ReportPeriod toPeriod(Pattern phrase, Matcher m) {
        if (phrase == HALF_PHRASE) {
            String which = m.group(1);
            int year = Integer.parseInt(m.group(2));
            return "cuoi".equals(which) || "sau".equals(which) ? secondHalf(year) : firstHalf(year);
        }
        if (phrase == NINE_MONTHS_PHRASE) return nineMonths(Integer.parseInt(m.group(1)));
        if (phrase == QUARTER_PHRASE) return quarter(Integer.parseInt(m.group(2)), quarterNumber(m.group(1)));
        return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static int quarterNumber(String token) {
        return switch (token) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(token);
        };
    }
}
