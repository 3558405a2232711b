package vn.ntp.warehouse.lake;

import java.util.regex.Pattern;

/**
 * The hive partition a lake row lands in: {@code program=<program>/year=<year>}. A row without a
 * recognised program goes to {@code program=UNKNOWN/year=0}.
 */
public record LakePartition(String program, int year) {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");

    public static final LakePartition UNKNOWN = new LakePartition("UNKNOWN", 0);

    public LakePartition {
        program = program == null || program.isBlank() ? UNKNOWN.program() : UNSAFE.matcher(program.strip()).replaceAll("_");
    }

    public static LakePartition of(String programCode, int periodYear) {
        return programCode == null || programCode.isBlank() ? UNKNOWN : new LakePartition(programCode, periodYear);
    }

    /** The relative folder below the dataset folder, e.g. {@code program=GNBV/year=2024}. */
    public String relativeDir() {
        return "program=" + program + "/year=" + year;
    }
}
