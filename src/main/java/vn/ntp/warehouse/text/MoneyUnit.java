package vn.ntp.warehouse.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The money unit a sheet states in its {@code Đơn vị tính} line. The warehouse stores all money
 * in million VND (triệu đồng); {@link #toMillion(BigDecimal)} converts exactly.
 */
public enum MoneyUnit {
    DONG("Đồng", 6),
    NGHIN_DONG("Nghìn đồng", 3),
    TRIEU_DONG("Triệu đồng", 0),
    TY_DONG("Tỷ đồng", -3);

    /**
     * Typical magnitudes at or above which {@link #guessFromMagnitude(BigDecimal)} guesses đồng
     * and nghìn đồng. Commune and district budget lines run from tens of millions to tens of
     * billions of đồng: in đồng their median is above 10,000,000; in nghìn đồng between 100,000
     * and 10,000,000; in triệu đồng below 100,000 (a median line of 100 billion đồng is beyond a
     * district's budget).
     */
    public static final BigDecimal DONG_FROM = new BigDecimal("10000000");
    public static final BigDecimal NGHIN_DONG_FROM = new BigDecimal("100000");

    private static final Set<String> LABEL_PREFIXES_3 = Set.of("don vi tinh", "don vi tien");
    private static final Set<String> LABEL_PREFIXES_2 = Set.of("don vi");
    private static final Set<String> LABEL_PREFIXES_1 = Set.of("dvt", "dv", "dvtinh");
    private static final Set<String> CURRENCY = Set.of("dong", "d", "vnd");

    private final String labelVi;
    /** Decimal places to move the point left to get millions (negative: right). */
    private final int millionShift;

    MoneyUnit(String labelVi, int millionShift) {
        this.labelVi = labelVi;
        this.millionShift = millionShift;
    }

    /** The unit's name as the forms write it: {@code Triệu đồng}. */
    public String labelVi() {
        return labelVi;
    }

    /** The amount in million VND, exact: đồng ÷ 1,000,000, nghìn ÷ 1,000, triệu × 1, tỷ × 1,000. */
    public BigDecimal toMillion(BigDecimal value) {
        return millionShift >= 0 ? value.movePointLeft(millionShift) : value.movePointRight(-millionShift);
    }

    /**
     * The unit a label states: {@code Đơn vị tính: Triệu đồng}, {@code ĐVT: nghìn đồng},
     * {@code Đvt: đồng}, {@code (Đơn vị: Tr.đồng)}, {@code triệu VNĐ}, {@code Tr.đ},
     * {@code 1.000 đồng}, {@code Tỷ đồng}, {@code ngàn đồng}, with or without diacritics. Empty for
     * anything else, including a physical unit ({@code ĐVT: Nhà}). Text may follow the unit only
     * after an {@code Đơn vị tính}/{@code ĐVT} label.
     */
    public static Optional<MoneyUnit> parse(String label) {
        if (label == null || label.isBlank()) return Optional.empty();
        List<String> tokens = tokens(VietnameseText.fold(label));
        int at = labelPrefixLength(tokens);
        boolean labelled = at > 0;
        if (at >= tokens.size()) return Optional.empty();

        MoneyUnit unit;
        boolean needsCurrency;
        String first = tokens.get(at);
        if (CURRENCY.contains(first)) {
            return finish(tokens, at + 1, labelled, DONG);
        } else if (first.equals("trieu") || first.equals("nghin") || first.equals("ngan")
                || first.equals("ty") || first.equals("ti")) {
            unit = first.equals("trieu") ? TRIEU_DONG : first.startsWith("ng") ? NGHIN_DONG : TY_DONG;
            needsCurrency = false;
            at++;
        } else if (first.equals("tr")) {
            unit = TRIEU_DONG;
            needsCurrency = !labelled;
            at++;
        } else if (first.equals("trd") || first.equals("trdong")) {
            return finish(tokens, at + 1, labelled, TRIEU_DONG);
        } else if (first.equals("ngd")) {
            return finish(tokens, at + 1, labelled, NGHIN_DONG);
        } else if (first.equals("1") || first.startsWith("1000")) {
            int zeros = 0;
            if (first.equals("1")) {
                at++;
                while (at < tokens.size() && tokens.get(at).equals("000")) {
                    zeros += 3;
                    at++;
                }
            } else {
                if (!first.substring(1).chars().allMatch(c -> c == '0')) return Optional.empty();
                zeros = first.length() - 1;
                at++;
            }
            unit = switch (zeros) {
                case 3 -> NGHIN_DONG;
                case 6 -> TRIEU_DONG;
                case 9 -> TY_DONG;
                default -> null;
            };
            if (unit == null) return Optional.empty();
            needsCurrency = true;
        } else {
            return Optional.empty();
        }
        if (at < tokens.size() && CURRENCY.contains(tokens.get(at))) return finish(tokens, at + 1, labelled, unit);
        if (needsCurrency) return Optional.empty();
        return finish(tokens, at, labelled, unit);
    }

    /**
     * A guess from the typical size of a sheet's money figures (e.g. the median of the absolute
     * non-zero values), for sheets that state no unit: at or above {@link #DONG_FROM} đồng, at or
     * above {@link #NGHIN_DONG_FROM} nghìn đồng, below it triệu đồng. Never tỷ đồng. The caller
     * reports that the unit was guessed.
     */
    public static MoneyUnit guessFromMagnitude(BigDecimal typicalMagnitude) {
        BigDecimal magnitude = typicalMagnitude.abs();
        if (magnitude.compareTo(DONG_FROM) >= 0) return DONG;
        if (magnitude.compareTo(NGHIN_DONG_FROM) >= 0) return NGHIN_DONG;
        return TRIEU_DONG;
    }

    /** {@link #guessFromMagnitude(BigDecimal)} on the median of the absolute non-zero values; empty when all are zero. */
    public static Optional<MoneyUnit> guessFromValues(Iterable<BigDecimal> values) {
        List<BigDecimal> magnitudes = new ArrayList<>();
        for (BigDecimal v : values) {
            if (v != null && v.signum() != 0) magnitudes.add(v.abs());
        }
        if (magnitudes.isEmpty()) return Optional.empty();
        magnitudes.sort(null);
        return Optional.of(guessFromMagnitude(magnitudes.get(magnitudes.size() / 2)));
    }

    // ------------------------------------------------------------------ label parsing

    private static Optional<MoneyUnit> finish(List<String> tokens, int at, boolean labelled, MoneyUnit unit) {
        if (at < tokens.size() && tokens.get(at).equals("vn")) at++;
        else if (at + 1 < tokens.size() && tokens.get(at).equals("viet") && tokens.get(at + 1).equals("nam")) at += 2;
        return at == tokens.size() || labelled ? Optional.of(unit) : Optional.empty();
    }

    private static int labelPrefixLength(List<String> tokens) {
        if (tokens.size() >= 3 && LABEL_PREFIXES_3.contains(String.join(" ", tokens.subList(0, 3)))) return 3;
        if (tokens.size() >= 2 && LABEL_PREFIXES_2.contains(String.join(" ", tokens.subList(0, 2)))) return 2;
        if (!tokens.isEmpty() && LABEL_PREFIXES_1.contains(tokens.get(0))) return 1;
        return 0;
    }

    /** Folded words, with digits split from letters ({@code 1000d} is {@code 1000 d}). */
    private static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        for (String word : folded.split(" ")) {
            if (word.isEmpty()) continue;
            int start = 0;
            for (int i = 1; i <= word.length(); i++) {
                if (i == word.length() || Character.isDigit(word.charAt(i)) != Character.isDigit(word.charAt(i - 1))) {
                    tokens.add(word.substring(start, i));
                    start = i;
                }
            }
        }
        return tokens;
    }
}
