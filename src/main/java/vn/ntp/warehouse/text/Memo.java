package vn.ntp.warehouse.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function of text that repeats from file to file (the titles and row labels of one
 * template), so that the extraction workers fold and match each distinct text once. Bounded: when
 * it holds {@code capacity} texts it starts again empty (a season has a few hundred distinct ones).
 */
public final class Memo<V> {
    private final Function<String, V> function;
    private final int capacity;
    private final Map<String, V> known = new ConcurrentHashMap<>();

    public Memo(Function<String, V> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    /** The function's value for {@code text} (not null). */
    public V apply(String text) {
        V value = known.get(text);
        if (value != null) return value;
        value = function.apply(text);
        if (known.size() >= capacity) known.clear();
        known.put(text, value);
        return value;
    }
}
