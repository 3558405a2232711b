package vn.ntp.warehouse.intake;

import java.nio.file.Path;

/**
 * A file found in the inbox: its path, its name relative to the inbox (the lineage name), its
 * content hash, and — when the same content was received before — the earlier file it repeats.
 */
public record InboxFile(Path path, String sourceFile, String sha256, long sizeBytes, long receivedAtEpochMs,
                        String submissionId, String duplicateOf) {

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
