package vn.ntp.warehouse.warehouse;

import java.util.Collection;
import java.util.StringJoiner;

import vn.ntp.warehouse.lake.LakePartition;

/**
 * The SQL condition "this row belongs to one of these lake partitions", over a table's
 * {@code program_code} and {@code year} columns, mapped as {@link LakePartition#of} maps a submission:
 * no program → {@code UNKNOWN}/0, unsafe characters of the code → '_'.
 */
final class PartitionPredicate {

    static final String PROGRAM_KEY = "case when nullif(trim(program_code), '') is null then 'UNKNOWN'"
            + " else regexp_replace(trim(program_code), '[^A-Za-z0-9_.-]', '_', 'g') end";
    static final String YEAR_KEY = "case when nullif(trim(program_code), '') is null then 0 else coalesce(year, 0) end";

    private PartitionPredicate() {
    }

    static String of(Collection<LakePartition> partitions) {
        if (partitions.isEmpty()) {
            return "false";
        }
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        for (LakePartition p : partitions) {
            // a partition with a year holds only rows of that year: "year = Y" first lets DuckDB skip row groups
            // and run the program mapping on that year's rows only
            String year = p.year() == 0 ? "(" + YEAR_KEY + ") = 0" : "year = " + p.year();
            any.add("(" + year + " and (" + PROGRAM_KEY + ") = '" + p.program().replace("'", "''") + "')");
        }
        return any.toString();
    }
}
