package vn.ntp.warehouse.lake;

import java.util.List;
import java.util.Map;

/**
 * A lake dataset: its folder name under {@code lake/}, the record type written to its Parquet
 * files (columns are the snake_case record components) and where a row is partitioned.
 *
 * <p>A new dataset (households, deprivation, outputs) is one more constant here and one more
 * {@link LakeWriter.Rows} entry in the batch: nothing else changes.
 */
public record Dataset<T extends Record>(String name, Class<T> rowType, PartitionRule<T> partitionRule) {

    /** Where a row goes; rows without program/year of their own take their submission's. */
    @FunctionalInterface
    public interface PartitionRule<T> {
        LakePartition partitionOf(T row, Map<String, SubmissionRow> submissionsById);
    }

    public static final Dataset<BudgetRow> BUDGET = new Dataset<>("budget", BudgetRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    public static final Dataset<FindingRow> FINDING = new Dataset<>("finding", FindingRow.class,
            (row, submissions) -> partitionOfSubmission(row.submissionId(), submissions));

    /** Biểu 02: poor and near-poor households, one row per figure of a unit's line. */
    public static final Dataset<HouseholdRow> HOUSEHOLDS = new Dataset<>("households", HouseholdRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    /** Biểu 03: deprivation in basic social services, one row per figure of an indicator line. */
    public static final Dataset<DeprivationRow> DEPRIVATION = new Dataset<>("deprivation", DeprivationRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    /** Biểu 04: physical outputs, one row per figure of an output line. */
    public static final Dataset<OutputRow> OUTPUT = new Dataset<>("output", OutputRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    /** The ledger: written last in a batch, it is the batch's commit marker. */
    public static final Dataset<SubmissionRow> SUBMISSION = new Dataset<>("submission", SubmissionRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    /** Every dataset the warehouse reads, ledger included. */
    public static final List<Dataset<?>> ALL = List.of(BUDGET, HOUSEHOLDS, DEPRIVATION, OUTPUT, FINDING, SUBMISSION);

    public Dataset {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("dataset name must be lower snake_case: " + name);
        }
    }

    public LakePartition partitionOf(T row, Map<String, SubmissionRow> submissionsById) {
        return partitionRule.partitionOf(row, submissionsById);
    }

    public boolean isLedger() {
        return name.equals(SUBMISSION.name());
    }

    static LakePartition partitionOfSubmission(String submissionId, Map<String, SubmissionRow> submissionsById) {
        SubmissionRow submission = submissionsById.get(submissionId);
        return submission == null ? LakePartition.UNKNOWN
                : LakePartition.of(submission.programCode(), submission.periodYear());
    }
}
