package vn.ntp.warehouse.text;

import java.util.Collection;

/** Prefix tests on {@linkplain VietnameseText#fold(String) folded} labels. */
public final class LabelMatcher {

    private LabelMatcher() {
    }

    /** Whether the folded label starts with one of the folded prefixes ({@code "bieu01"} starts with {@code "bieu"}). */
    public static boolean startsWithAny(String folded, Collection<String> foldedPrefixes) {
        if (folded == null) return false;
        for (String prefix : foldedPrefixes) {
            if (folded.startsWith(prefix)) return true;
        }
        return false;
    }

    /**
     * Whether the folded label starts with one of the folded prefixes as whole words: the prefix is
     * the label or is followed by a space ({@code "du an 1"} starts with {@code "du an"}, {@code "du and"} does not).
     */
    public static boolean startsWithWordsAny(String folded, Collection<String> foldedPrefixes) {
        if (folded == null) return false;
        for (String prefix : foldedPrefixes) {
            if (folded.startsWith(prefix)
                    && (folded.length() == prefix.length() || folded.charAt(prefix.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
