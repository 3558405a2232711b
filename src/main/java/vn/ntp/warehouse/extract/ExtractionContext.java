package vn.ntp.warehouse.extract;

/** Where the rows of one file will live: its submission and its name in the inbox (the lake batch is stamped when the chunk is written). */
public record ExtractionContext(String submissionId, String sourceFile) {
}
