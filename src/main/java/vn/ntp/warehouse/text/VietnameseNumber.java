package vn.ntp.warehouse.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers typed as text, the way Vietnamese spreadsheets hold them: {@code 213.621,9},
 * {@code 45.632.742.000}, {@code 30,43%}, {@code (1.250)}, {@code -} for zero, with stray
 * spaces and non-breaking spaces; English-style {@code 1,234,567.5} and space-grouped
 * {@code 1 234 567} too. Values are exact {@link BigDecimal}s built from the digits, never
 * through a {@code double}.
 *
 * <p>A number with a single separator followed by exactly three digits ({@code 1.234},
 * {@code 2,041}) is ambiguous: thousands in one convention, decimals in the other. It is read
 * with the sheet's convention (Vietnamese when unknown, the country's default) and marked
 * {@link Parsed#ambiguous()} so the caller can report it.
 */
public final class VietnameseNumber {

    /** Which character separates decimals. */
    public enum Convention {
        /** {@code .} groups thousands, {@code ,} separates decimals: {@code 213.621,9}. */
        VIETNAMESE,
        /** {@code ,} groups thousands, {@code .} separates decimals: {@code 1,234,567.5}. */
        ENGLISH,
        /** Nothing in the text tells. */
        UNKNOWN
    }

    /**
     * A parsed number.
     *
     * @param value     the signed value; a percentage keeps its figure ({@code 30,43%} is 30.43)
     * @param percent   the text ended with {@code %}
     * @param dash      the text was a dash, {@code x} or blank: zero by the forms' convention
     * @param ambiguous the separators could be read both ways; the sheet's convention decided
     * @param evidence  the convention this text proves by itself, {@code UNKNOWN} when it proves none
     */
    public record Parsed(BigDecimal value, boolean percent, boolean dash, boolean ambiguous, Convention evidence) {
    }

    /** A dash ({@code -}, {@code –}, {@code —}), an {@code x} or a blank cell text: zero by the forms' convention. */
    public static final Parsed ZERO_DASH = new Parsed(BigDecimal.ZERO, false, true, false, Convention.UNKNOWN);

    private static final int MAX_FAST_DIGITS = 18;

    private VietnameseNumber() {
    }

    /** {@link #parse(String, Convention)} on a sheet whose convention is not known yet. */
    public static Optional<Parsed> parse(String text) {
        return parse(text, Convention.UNKNOWN);
    }

    /**
     * The number a cell's text holds, or empty when the text is not a number (a label, a date).
     *
     * @param sheetConvention decides ambiguous texts; {@code UNKNOWN} reads them the Vietnamese way
     */
    public static Optional<Parsed> parse(String text, Convention sheetConvention) {
        if (text == null) return Optional.of(ZERO_DASH);
        if (isPlainDigits(text)) {
            return Optional.of(new Parsed(new BigDecimal(text), false, false, false, Convention.UNKNOWN));
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (start == end || isDashOrCross(text, start, end)) return Optional.of(ZERO_DASH);

        var cursor = new Cursor(text, start, end);
        boolean negative = false;
        boolean percent = cursor.dropSuffix('%');
        if (cursor.dropEnclosing('(', ')')) negative = true;
        if (!percent) percent = cursor.dropSuffix('%');
        cursor.dropCurrencySuffix();
        if (cursor.dropSignPrefix()) negative = !negative;
        if (cursor.isEmpty()) return Optional.empty();

        Convention convention = sheetConvention == null ? Convention.UNKNOWN : sheetConvention;
        Optional<Body> body = Body.read(text, cursor.start, cursor.end, convention);
        if (body.isEmpty()) return Optional.empty();
        BigDecimal value = negative ? body.get().value.negate() : body.get().value;
        return Optional.of(new Parsed(value, percent, false, body.get().ambiguous, body.get().evidence));
    }

    /**
     * The convention most of a sheet's texts prove: the majority of {@code VIETNAMESE} and
     * {@code ENGLISH} evidence, {@code UNKNOWN} entries ignored; {@code UNKNOWN} on a tie or
     * when nothing proved anything.
     */
    public static Convention decide(Iterable<Convention> evidence) {
        int vietnamese = 0;
        int english = 0;
        for (Convention c : evidence) {
            if (c == Convention.VIETNAMESE) vietnamese++;
            else if (c == Convention.ENGLISH) english++;
        }
        if (vietnamese > english) return Convention.VIETNAMESE;
        if (english > vietnamese) return Convention.ENGLISH;
        return Convention.UNKNOWN;
    }

    // ------------------------------------------------------------------ scanning

    private static boolean isPlainDigits(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_FAST_DIGITS) return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** Spaces a spreadsheet may hold around or inside a number: ASCII, non-breaking, figure, thin. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009'
                || c == '\n' || c == '\r';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015'
                || c == '\u2212';
    }

    private static boolean isDashOrCross(String text, int start, int end) {
        if (end - start == 1 && (text.charAt(start) == 'x' || text.charAt(start) == 'X')) return true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isDash(c) && !isSpace(c)) return false;
        }
        return true;
    }

    /** A window on the text that sign, parentheses, percent and currency are peeled off. */
    private static final class Cursor {
        private final String text;
        int start;
        int end;

        Cursor(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        boolean isEmpty() {
            return start >= end;
        }

        boolean dropSuffix(char suffix) {
            if (isEmpty() || text.charAt(end - 1) != suffix) return false;
            end--;
            trim();
            return true;
        }

        boolean dropEnclosing(char open, char close) {
            if (end - start < 2 || text.charAt(start) != open || text.charAt(end - 1) != close) return false;
            start++;
            end--;
            trim();
            return true;
        }

        boolean dropSignPrefix() {
            if (isEmpty()) return false;
            char c = text.charAt(start);
            if (c == '+') {
                start++;
                trim();
                return false;
            }
            if (!isDash(c)) return false;
            start++;
            trim();
            return true;
        }

        /** {@code đ}, {@code đồng}, {@code VNĐ}, {@code VND} after the figure. */
        void dropCurrencySuffix() {
            for (String suffix : CURRENCY_SUFFIXES) {
                int from = end - suffix.length();
                if (from > start && text.regionMatches(true, from, suffix, 0, suffix.length())) {
                    end = from;
                    trim();
                    return;
                }
            }
        }

        private void trim() {
            while (start < end && isSpace(text.charAt(start))) start++;
            while (end > start && isSpace(text.charAt(end - 1))) end--;
        }
    }

    private static final String[] CURRENCY_SUFFIXES = {"đồng", "vnđ", "vnd", "đ"};

    /** The unsigned figure: digit groups and the separators between them. */
    private record Body(BigDecimal value, boolean ambiguous, Convention evidence) {
        private static final int MAX_GROUPS = 32;

        static Optional<Body> read(String text, int start, int end, Convention sheetConvention) {
            // split into digit groups and the single separator after each: '.', ',' or ' '
            int[] groupStart = new int[MAX_GROUPS];
            int[] groupEnd = new int[MAX_GROUPS];
            char[] separatorBefore = new char[MAX_GROUPS];
            int groups = 0;
            int i = start;
            char pendingSeparator = 0;
            while (i < end) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (groups == MAX_GROUPS) return Optional.empty();
                    int s = i;
                    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
                    groupStart[groups] = s;
                    groupEnd[groups] = i;
                    separatorBefore[groups] = pendingSeparator;
                    groups++;
                    pendingSeparator = 0;
                } else if (c == '.' || c == ',' || isSpace(c)) {
                    if (pendingSeparator != 0) return Optional.empty();
                    pendingSeparator = isSpace(c) ? ' ' : c;
                    i++;
                } else {
                    return Optional.empty();
                }
            }
            if (pendingSeparator != 0 || groups == 0) return Optional.empty();
            boolean leadingSeparator = separatorBefore[0] != 0;
            if (leadingSeparator && (groups > 1 || separatorBefore[0] == ' ')) return Optional.empty();

            // the decimal separator, if any, is the last separator unless it is a space
            int dots = 0;
            int commas = 0;
            for (int g = 0; g < groups; g++) {
                if (separatorBefore[g] == '.') dots++;
                else if (separatorBefore[g] == ',') commas++;
            }
            char last = groups > 1 ? separatorBefore[groups - 1] : separatorBefore[0];
            var digits = new Digits(text, groupStart, groupEnd);

            if (leadingSeparator) { // ".5" or ",5"
                return Optional.of(new Body(digits.value(0, 1), false, decimalEvidence(last)));
            }
            if (dots == 0 && commas == 0) { // plain or space-grouped integer
                if (!digits.thousandsGroups(0, groups)) return Optional.empty();
                return Optional.of(new Body(digits.value(groups, groups), false, Convention.UNKNOWN));
            }
            if (dots > 0 && commas > 0) { // both: the last one is the decimal separator, used once
                if (last == ' ' || (last == '.' ? dots : commas) != 1) return Optional.empty();
                if (!digits.thousandsGroups(0, groups - 1)) return Optional.empty();
                return Optional.of(new Body(digits.value(groups - 1, groups), false, decimalEvidence(last)));
            }
            char separator = dots > 0 ? '.' : ',';
            int count = dots + commas;
            if (count > 1) { // several of one kind: thousands only
                if (!digits.thousandsGroups(0, groups)) return Optional.empty();
                return Optional.of(new Body(digits.value(groups, groups), false, thousandsEvidence(separator)));
            }
            // one '.' or ',' (maybe after space groups): decimal, or thousands if three digits follow
            int at = indexOfSeparator(separatorBefore, groups, separator);
            if (at != groups - 1) { // "1.234 567": spaces after a dot or comma
                if (!digits.thousandsGroups(0, groups)) return Optional.empty();
                return Optional.of(new Body(digits.value(groups, groups), false, thousandsEvidence(separator)));
            }
            if (!digits.thousandsGroups(0, groups - 1)) return Optional.empty();
            boolean threeDigitsAfter = digits.length(groups - 1) == 3;
            boolean plainIntegerBefore = groups == 2;
            int firstLength = digits.length(0);
            boolean couldBeThousands = threeDigitsAfter && plainIntegerBefore && firstLength <= 3
                    && text.charAt(groupStart[0]) != '0';
            if (!couldBeThousands) {
                return Optional.of(new Body(digits.value(groups - 1, groups), false, decimalEvidence(separator)));
            }
            boolean readAsDecimal = switch (sheetConvention) {
                case ENGLISH -> separator == '.';
                case VIETNAMESE, UNKNOWN -> separator == ',';
            };
            BigDecimal value = readAsDecimal ? digits.value(1, 2) : digits.value(2, 2);
            return Optional.of(new Body(value, true, Convention.UNKNOWN));
        }

        private static int indexOfSeparator(char[] separatorBefore, int groups, char separator) {
            for (int g = 0; g < groups; g++) if (separatorBefore[g] == separator) return g;
            return -1;
        }

        private static Convention decimalEvidence(char decimalSeparator) {
            return decimalSeparator == ',' ? Convention.VIETNAMESE : Convention.ENGLISH;
        }

        private static Convention thousandsEvidence(char thousandsSeparator) {
            return thousandsSeparator == '.' ? Convention.VIETNAMESE : Convention.ENGLISH;
        }
    }

    /** The digit groups of a figure, assembled into a value. */
    private record Digits(String text, int[] groupStart, int[] groupEnd) {
        int length(int group) {
            return groupEnd[group] - groupStart[group];
        }

        /** Groups after the first (up to {@code toExclusive}) have exactly three digits, the first one to three. */
        boolean thousandsGroups(int from, int toExclusive) {
            if (toExclusive - from <= 1) return true;
            if (length(from) > 3) return false;
            for (int g = from + 1; g < toExclusive; g++) if (length(g) != 3) return false;
            return true;
        }

        /** Groups before {@code fractionStart} form the integer part, groups from it to {@code end} the fraction. */
        BigDecimal value(int fractionStart, int end) {
            StringBuilder s = new StringBuilder(24);
            for (int g = 0; g < fractionStart; g++) s.append(text, groupStart[g], groupEnd[g]);
            if (s.length() == 0) s.append('0');
            if (fractionStart < end) {
                s.append('.');
                for (int g = fractionStart; g < end; g++) s.append(text, groupStart[g], groupEnd[g]);
            }
            return new BigDecimal(s.toString());
        }
    }
}
