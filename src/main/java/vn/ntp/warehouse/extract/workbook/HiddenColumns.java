package vn.ntp.warehouse.extract.workbook;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An immutable set of 0-based column indexes kept as ranges: {@code <col min="20" max="16384" hidden="1"/>}
 * (hide every unused column) costs one range, not 16,000 boxed integers.
 */
final class HiddenColumns extends AbstractSet<Integer> {
    private static final HiddenColumns NONE = new HiddenColumns(new int[0]);

    /** first0, last0, first1, last1, ... inclusive, sorted, not overlapping. */
    private final int[] bounds;
    private final int size;

    private HiddenColumns(int[] bounds) {
        this.bounds = bounds;
        int n = 0;
        for (int i = 0; i < bounds.length; i += 2) n += bounds[i + 1] - bounds[i] + 1;
        this.size = n;
    }

    static HiddenColumns none() {
        return NONE;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Integer column)) return false;
        for (int i = 0; i < bounds.length; i += 2) {
            if (column >= bounds[i] && column <= bounds[i + 1]) return true;
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int range;
            private int next = bounds.length > 0 ? bounds[0] : 0;

            @Override
            public boolean hasNext() {
                return range < bounds.length;
            }

            @Override
            public Integer next() {
                if (!hasNext()) throw new NoSuchElementException();
                int value = next;
                if (next < bounds[range + 1]) {
                    next++;
                } else {
                    range += 2;
                    if (range < bounds.length) next = bounds[range];
                }
                return value;
            }
        };
    }

    /** Collects ranges; overlapping ranges are merged so that the size stays exact. */
    static final class Builder {
        private final List<int[]> ranges = new ArrayList<>();

        Builder add(int first, int last) {
            if (first <= last && first >= 0) ranges.add(new int[] {first, last});
            return this;
        }

        HiddenColumns build() {
            if (ranges.isEmpty()) return NONE;
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] merged = new int[ranges.size() * 2];
            int n = 0;
            for (int[] r : ranges) {
                if (n > 0 && r[0] <= merged[n - 1] + 1) {
                    merged[n - 1] = Math.max(merged[n - 1], r[1]);
                } else {
                    merged[n++] = r[0];
                    merged[n++] = r[1];
                }
            }
            return new HiddenColumns(java.util.Arrays.copyOf(merged, n));
        }
    }
}
