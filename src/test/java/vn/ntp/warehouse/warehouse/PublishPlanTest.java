package vn.ntp.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.lake.LakePartition;

/** What publish does, decided from the published build state and the lake's (IncrementalPublishTest builds it). */
class PublishPlanTest {

    private static final LakePartition Y2022 = new LakePartition("GNBV", 2022);
    private static final LakePartition Y2023 = new LakePartition("GNBV", 2023);
    private static final LakePartition Y2024 = new LakePartition("GNBV", 2024);
    private static final LakePartition DTTS = new LakePartition("DTTS", 2024);

    private final BuildState published = new BuildState("inputs-1", Map.of(Y2022, "a", Y2023, "b", Y2024, "c", DTTS, "d"));

    @Test
    void nothingChangedKeepsThePublishedFile() {
        PublishPlan plan = PublishPlan.decide(Optional.of(published), published, true);

        assertThat(plan.outcome()).isEqualTo(WarehouseBuilder.Outcome.UNCHANGED);
        assertThat(plan.rebuilt()).isEmpty();
    }

    @Test
    void noBuildStateOrChangedInputsRebuildEverything() {
        BuildState otherInputs = new BuildState("inputs-2", published.partitions());

        assertThat(PublishPlan.decide(Optional.empty(), published, true).outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        PublishPlan plan = PublishPlan.decide(Optional.of(published), otherInputs, true);
        assertThat(plan.outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(plan.rebuilt()).containsExactlyInAnyOrder(Y2022, Y2023, Y2024, DTTS);
    }

    @Test
    void aChangedYearRebuildsItAndTheYearAfterAndReadsTheYearBeforeForTheRulesThatCompareYears() {
        BuildState now = new BuildState("inputs-1", Map.of(Y2022, "a", Y2023, "b2", Y2024, "c", DTTS, "d"));

        PublishPlan comparing = PublishPlan.decide(Optional.of(published), now, true);
        PublishPlan alone = PublishPlan.decide(Optional.of(published), now, false);

        assertThat(comparing.outcome()).isEqualTo(WarehouseBuilder.Outcome.INCREMENTAL);
        assertThat(comparing.changed()).containsExactly(Y2023);
        assertThat(comparing.rebuilt()).containsExactly(Y2023, Y2024);
        assertThat(comparing.before()).containsExactly(Y2022);
        assertThat(PublishPlan.describe(comparing.rebuilt())).isEqualTo("GNBV 2023, GNBV 2024");
        assertThat(alone.rebuilt()).containsExactly(Y2023);
        assertThat(alone.before()).isEmpty();
    }

    @Test
    void anUpdateThatWouldRebuildEveryPartitionIsAFullBuild() {
        BuildState small = new BuildState("inputs-1", Map.of(Y2023, "b", Y2024, "c"));
        BuildState now = new BuildState("inputs-1", Map.of(Y2023, "b2", Y2024, "c"));

        PublishPlan plan = PublishPlan.decide(Optional.of(small), now, true);

        assertThat(plan.outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(plan.rebuilt()).containsExactlyInAnyOrder(Y2023, Y2024);
    }
}
