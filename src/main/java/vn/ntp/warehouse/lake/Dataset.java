package vn.ntp.warehouse.lake;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lake dataset of records written with Carpet (the findings and the ledger): its folder name under {@code lake/},
 * the record type written to its Parquet files (columns are the snake_case record components) and where a row is
 * partitioned. The figures of the annex families are the other datasets ({@link FigureDataset}, declared in
 * configuration); {@link #names()} and {@link #sqlColumns} answer for both.
 */
public record Dataset<T extends Record>(String name, Class<T> rowType, PartitionRule<T> partitionRule) {

    /** Where a row goes; rows without program/year of their own take their submission's. */
    @FunctionalInterface
    public interface PartitionRule<T> {
        LakePartition partitionOf(T row, Map<String, SubmissionRow> submissionsById);
    }

    public static final Dataset<FindingRow> FINDING = new Dataset<>("finding", FindingRow.class,
            (row, submissions) -> partitionOfSubmission(row.submissionId(), submissions));

    /** The ledger: written last in a batch, it is the batch's commit marker. */
    public static final Dataset<SubmissionRow> SUBMISSION = new Dataset<>("submission", SubmissionRow.class,
            (row, submissions) -> LakePartition.of(row.programCode(), row.periodYear()));

    public Dataset {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("dataset name must be lower snake_case: " + name);
        }
    }

    /** Every dataset the warehouse reads: the figures of each family, the findings, the ledger last. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        FigureDataset.ALL.forEach(d -> names.add(d.name()));
        names.add(FINDING.name());
        names.add(SUBMISSION.name());
        return names;
    }

    /** A dataset's columns (name to DuckDB type) in file order; empty when the lake has no such dataset. */
    public static Optional<Map<String, String>> sqlColumns(String name) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (FigureDataset figures : FigureDataset.ALL) {
            if (figures.name().equals(name)) figures.columns().forEach(c -> columns.put(c.name(), c.fill().sqlType()));
        }
        for (Dataset<?> records : List.of(FINDING, SUBMISSION)) {
            if (!records.name().equals(name)) continue;
            for (RecordComponent component : records.rowType().getRecordComponents()) {
                columns.put(snakeCase(component.getName()), sqlType(component.getType()));
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    public LakePartition partitionOf(T row, Map<String, SubmissionRow> submissionsById) {
        return partitionRule.partitionOf(row, submissionsById);
    }

    public static boolean isLedger(String name) {
        return name.equals(SUBMISSION.name());
    }

    static LakePartition partitionOfSubmission(String submissionId, Map<String, SubmissionRow> submissionsById) {
        SubmissionRow submission = submissionsById.get(submissionId);
        return submission == null ? LakePartition.UNKNOWN
                : LakePartition.of(submission.programCode(), submission.periodYear());
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String sqlType(Class<?> type) {
        if (type == int.class || type == Integer.class) return "integer";
        if (type == long.class || type == Long.class) return "bigint";
        return "varchar";
    }
}
