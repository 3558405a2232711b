package vn.ntp.warehouse.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the files of a season add up to, as the warehouse must give it back: per year, period and
 * province the money of the districts' Biểu 01 (what the province's {@code rolled_up} row adds) and of
 * the communes' Biểu 01, the households of the districts' Biểu 02 total lines, the deprived households of
 * the communes' Biểu 03 per indicator and group, and every injected finding. Built from the files that
 * are loaded: a corrected file replaces its original.
 */
public final class SeasonTruth {

    /** Year, period label and province code: the grain of the checks. */
    public record Key(int year, String period, String province) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(year, o.year);
            if (c != 0) return c;
            c = period.compareTo(o.period);
            return c != 0 ? c : province.compareTo(o.province);
        }

        @Override
        public String toString() {
            return year + " / " + period + " / " + province;
        }
    }

    /** Allocated and disbursed, million VND. */
    public record Money(BigDecimal allocated, BigDecimal disbursed) {
        static final Money ZERO = new Money(BigDecimal.ZERO, BigDecimal.ZERO);

        Money plus(BigDecimal a, BigDecimal d) {
            return new Money(allocated.add(a), disbursed.add(d));
        }

        Money plus(Money m) {
            return plus(m.allocated, m.disbursed);
        }
    }

    /** Households, poor and near-poor at the start and the end. */
    public record Households(long total, long poorStart, long nearPoorStart, long poorEnd, long nearPoorEnd) {
        static final Households ZERO = new Households(0, 0, 0, 0, 0);

        Households plus(long[] h) {
            return new Households(total + h[0], poorStart + h[1], nearPoorStart + h[2], poorEnd + h[3], nearPoorEnd + h[4]);
        }

        Households plus(Households h) {
            return plus(new long[] {h.total, h.poorStart, h.nearPoorStart, h.poorEnd, h.nearPoorEnd});
        }

        /** 100 × count / total: the rate recomputed from the counts. */
        public static double rate(long count, long total) {
            return total == 0 ? Double.NaN : 100.0 * count / total;
        }
    }

    /** Deprived households and their base. */
    public record Deprivation(long deprived, long base) {
        Deprivation plus(long d, long b) {
            return new Deprivation(deprived + d, base + b);
        }
    }

    private final Map<Key, Money> districtMoney = new TreeMap<>();
    private final Map<Key, Money> communeMoney = new TreeMap<>();
    private final Map<Key, Households> households = new TreeMap<>();
    /** Key → "indicator|poor" or "indicator|near_poor" → deprivation. */
    private final Map<Key, Map<String, Deprivation>> deprivation = new TreeMap<>();
    private final List<SeasonWorkbooks.InjectedFinding> findings = new ArrayList<>();
    private final int files;

    private SeasonTruth(Collection<SeasonWorkbooks.FileFacts> loaded) {
        this.files = loaded.size();
        for (SeasonWorkbooks.FileFacts f : loaded) {
            SeasonPlan.PlannedFile p = f.file();
            Key key = new Key(p.year(), p.period(), p.district().provinceCode());
            if (f.allocated() != null) {
                (p.commune() ? communeMoney : districtMoney).merge(key, Money.ZERO.plus(f.allocated(), f.disbursed()), Money::plus);
            }
            if (f.households() != null) households.merge(key, Households.ZERO.plus(f.households()), Households::plus);
            if (f.deprived() != null) {
                Map<String, Deprivation> byIndicator = deprivation.computeIfAbsent(key, k -> new TreeMap<>());
                for (Map.Entry<String, long[]> e : f.deprived().entrySet()) {
                    byIndicator.merge(e.getKey() + "|poor", new Deprivation(e.getValue()[0], f.deprivationBase()[0]),
                            (a, b) -> a.plus(b.deprived, b.base));
                    byIndicator.merge(e.getKey() + "|near_poor", new Deprivation(e.getValue()[1], f.deprivationBase()[1]),
                            (a, b) -> a.plus(b.deprived, b.base));
                }
            }
            findings.addAll(f.findings());
        }
    }

    /** The truth of the original files, or with {@code corrected} files replacing their originals. */
    public static SeasonTruth of(List<SeasonWorkbooks.FileFacts> originals, List<SeasonWorkbooks.FileFacts> corrected) {
        Map<String, SeasonWorkbooks.FileFacts> loaded = new HashMap<>();
        for (SeasonWorkbooks.FileFacts f : originals) loaded.put(f.file().key(), f);
        for (SeasonWorkbooks.FileFacts f : corrected) loaded.put(f.file().key(), f);
        return new SeasonTruth(loaded.values());
    }

    public int files() {
        return files;
    }

    public Map<Key, Money> districtMoney() {
        return districtMoney;
    }

    public Map<Key, Money> communeMoney() {
        return communeMoney;
    }

    public Map<Key, Households> households() {
        return households;
    }

    public Map<Key, Map<String, Deprivation>> deprivation() {
        return deprivation;
    }

    public List<SeasonWorkbooks.InjectedFinding> findings() {
        return findings;
    }

    /** National money per year and period: Σ over provinces of the districts' files. */
    public Map<String, Money> nationalMoney() {
        Map<String, Money> out = new TreeMap<>();
        districtMoney.forEach((k, m) -> out.merge(k.year() + " / " + k.period(), m, Money::plus));
        return out;
    }

    public Map<String, Households> nationalHouseholds() {
        Map<String, Households> out = new TreeMap<>();
        households.forEach((k, h) -> out.merge(k.year() + " / " + k.period(), h, Households::plus));
        return out;
    }

    /** Rule code → number of injected findings. */
    public Map<String, Integer> findingCounts() {
        Map<String, Integer> out = new TreeMap<>();
        for (SeasonWorkbooks.InjectedFinding f : findings) out.merge(f.ruleCode(), 1, Integer::sum);
        return out;
    }
}
