package vn.ntp.warehouse.warehouse;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.ntp.warehouse.lake.LakePartition;

/**
 * What {@link WarehouseBuilder#publish} does, decided from the published file's build state and the lake's:
 * nothing changed → keep the published file; {@code sql/}, reference data, rules or schedule changed, or no build
 * state → a full build; only some lake partitions changed → rebuild those (and, when a rule compares a year with
 * the year before, the same program's following year), reading the published rows of the year before for the rules.
 * An incremental build that would rebuild every partition is a full build.
 */
record PublishPlan(WarehouseBuilder.Outcome outcome, Set<LakePartition> changed, Set<LakePartition> rebuilt,
                   Set<LakePartition> before) {

    static final Comparator<LakePartition> PARTITION_ORDER =
            Comparator.comparing(LakePartition::program).thenComparingInt(LakePartition::year);

    static PublishPlan decide(Optional<BuildState> published, BuildState now, boolean comparesYears) {
        if (published.isEmpty() || !published.get().inputs().equals(now.inputs())) {
            return full(now);
        }
        Set<LakePartition> changed = sorted(published.get().changedPartitions(now));
        if (changed.isEmpty()) {
            return new PublishPlan(WarehouseBuilder.Outcome.UNCHANGED, Set.of(), Set.of(), Set.of());
        }
        Set<LakePartition> rebuilt = sorted(changed);
        for (LakePartition p : changed) {
            LakePartition following = new LakePartition(p.program(), p.year() + 1);
            if (comparesYears && now.partitions().containsKey(following)) rebuilt.add(following);
        }
        if (rebuilt.containsAll(now.partitions().keySet())) {
            return full(now);
        }
        Set<LakePartition> before = sorted(Set.of());
        for (LakePartition p : changed) {
            LakePartition previous = new LakePartition(p.program(), p.year() - 1);
            if (comparesYears && published.get().partitions().containsKey(previous) && !rebuilt.contains(previous)) {
                before.add(previous);
            }
        }
        return new PublishPlan(WarehouseBuilder.Outcome.INCREMENTAL, changed, rebuilt, before);
    }

    /** "GNBV 2023, GNBV 2024". */
    static String describe(Set<LakePartition> partitions) {
        return partitions.stream().sorted(PARTITION_ORDER).map(p -> p.program() + " " + p.year())
                .collect(Collectors.joining(", "));
    }

    private static PublishPlan full(BuildState now) {
        return new PublishPlan(WarehouseBuilder.Outcome.FULL, now.partitions().keySet(), now.partitions().keySet(), Set.of());
    }

    private static Set<LakePartition> sorted(Set<LakePartition> partitions) {
        Set<LakePartition> sorted = new TreeSet<>(PARTITION_ORDER);
        sorted.addAll(partitions);
        return sorted;
    }
}
