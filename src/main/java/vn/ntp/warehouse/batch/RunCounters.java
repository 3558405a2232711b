package vn.ntp.warehouse.batch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this process's run has done so far, for the progress lines and the summary. Extraction
 * workers add a chunk's counts only once its lake batch is committed ({@link RunProgress#chunkCommitted}).
 */
public final class RunCounters {
    public final AtomicInteger pending = new AtomicInteger();
    /** Files of the inbox already in the ledger, recognised by name, size and modification time or by content. */
    public final AtomicInteger unchanged = new AtomicInteger();
    public final AtomicInteger extracted = new AtomicInteger();
    public final AtomicInteger duplicate = new AtomicInteger();
    public final AtomicInteger rejected = new AtomicInteger();
    public final AtomicLong rows = new AtomicLong();
    public final AtomicLong findings = new AtomicLong();
    public final AtomicInteger compactedPartitions = new AtomicInteger();

    /** The counts of one committed chunk. */
    public record ChunkTally(int extracted, int duplicate, int rejected, long rows, long findings) {
        public int files() {
            return extracted + duplicate + rejected;
        }
    }

    public int done() {
        return extracted.get() + duplicate.get() + rejected.get();
    }

    void add(ChunkTally tally) {
        extracted.addAndGet(tally.extracted());
        duplicate.addAndGet(tally.duplicate());
        rejected.addAndGet(tally.rejected());
        rows.addAndGet(tally.rows());
        findings.addAndGet(tally.findings());
    }
}
