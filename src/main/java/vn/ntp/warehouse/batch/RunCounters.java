package vn.ntp.warehouse.batch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What this process's run has done so far, for the progress lines and the summary. */
public final class RunCounters {
    public final AtomicInteger pending = new AtomicInteger();
    public final AtomicInteger extracted = new AtomicInteger();
    public final AtomicInteger duplicate = new AtomicInteger();
    public final AtomicInteger rejected = new AtomicInteger();
    public final AtomicLong rows = new AtomicLong();
    public final AtomicLong findings = new AtomicLong();

    public int done() {
        return extracted.get() + duplicate.get() + rejected.get();
    }
}
