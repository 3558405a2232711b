package vn.ntp.warehouse.extract.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * Aliases of one or more keys, folded once. A text matches an alias when the alias occurs in the
 * folded text as whole words; the earliest occurrence wins, then the longest alias, so that
 * "Tỷ lệ giải ngân" is a rate and "Kế hoạch vốn năm (giao)" is an allocation.
 */
public final class LabelSet {
    private record Alias(String key, String folded) {
    }

    private final List<Alias> aliases = new ArrayList<>();

    public static LabelSet of(String key, List<String> labels) {
        LabelSet set = new LabelSet();
        set.add(key, labels);
        return set;
    }

    public static LabelSet of(Map<String, List<String>> labelsByKey) {
        LabelSet set = new LabelSet();
        labelsByKey.forEach(set::add);
        return set;
    }

    private void add(String key, List<String> labels) {
        if (labels == null) return;
        for (String label : labels) {
            String folded = VietnameseText.fold(label);
            if (!folded.isEmpty()) aliases.add(new Alias(key, folded));
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.folded().length()).reversed());
    }

    /** The key of the alias found earliest in the folded text. */
    public Optional<String> find(String foldedText) {
        String best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Alias alias : aliases) {
            int pos = wordIndex(foldedText, alias.folded());
            if (pos >= 0 && pos < bestPos) {
                bestPos = pos;
                best = alias.key();
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean matches(String foldedText) {
        return find(foldedText).isPresent();
    }

    /** True when the folded text begins with one of the aliases as whole words. */
    public boolean startsWith(String foldedText) {
        for (Alias alias : aliases) {
            if (beginsWithWords(foldedText, alias.folded())) return true;
        }
        return false;
    }

    /** The text after the alias that starts it, or empty when none starts it. */
    public Optional<String> remainderAfterPrefix(String foldedText) {
        for (Alias alias : aliases) {
            if (beginsWithWords(foldedText, alias.folded())) {
                return Optional.of(foldedText.substring(alias.folded().length()).strip());
            }
        }
        return Optional.empty();
    }

    /** {@code wordIndex(text, word) == 0} without searching the rest of the text (headers test every alias). */
    private static boolean beginsWithWords(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || text.charAt(word.length()) == ' ');
    }

    static int wordIndex(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) return -1;
            int end = i + word.length();
            boolean startOk = i == 0 || text.charAt(i - 1) == ' ';
            boolean endOk = end == text.length() || text.charAt(end) == ' ';
            if (startOk && endOk) return i;
            from = i + 1;
        }
    }
}
