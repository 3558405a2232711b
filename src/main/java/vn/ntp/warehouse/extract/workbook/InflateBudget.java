package vn.ntp.warehouse.extract.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Zip-bomb guard for one workbook. The central directory is checked before anything is inflated
 * (entry count, declared sizes, declared ratios), and every entry is then read through a stream
 * that counts the bytes actually inflated, because declared sizes can lie.
 */
final class InflateBudget {
    /** Entries smaller than this inflate to nothing dangerous whatever their ratio (XML compresses ~100x). */
    static final long RATIO_CHECK_THRESHOLD = 1L << 20;

    private final ReadLimits limits;
    private long inflatedTotal;
    private String exceeded;

    InflateBudget(ReadLimits limits) {
        this.limits = limits;
    }

    /** Checks the central directory; returns a description of the first breach, or null. */
    String checkDirectory(ZipFile zip) {
        if (zip.size() > limits.maxZipEntries()) {
            return zip.size() + " zip entries, over the limit of " + limits.maxZipEntries();
        }
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            if (size < 0) continue;
            declaredTotal += size;
            if (declaredTotal > limits.maxInflatedBytes()) {
                return "declared inflated size over " + limits.maxInflatedBytes() + " bytes";
            }
            if (size > RATIO_CHECK_THRESHOLD && size > limits.maxInflateRatio() * Math.max(1, entry.getCompressedSize())) {
                return "entry " + entry.getName() + " declares ratio " + size / Math.max(1, entry.getCompressedSize());
            }
        }
        return null;
    }

    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        return new CountingStream(zip.getInputStream(entry), entry.getName(), Math.max(1, entry.getCompressedSize()));
    }

    /** A description of the breach once a limit has been exceeded while inflating, else null. */
    String exceeded() {
        return exceeded;
    }

    /** Thrown inside the stream; the reader reports it as {@link UnreadableWorkbookException.Reason#ZIP_BOMB}. */
    static final class LimitExceededException extends IOException {
        LimitExceededException(String message) {
            super(message);
        }
    }

    private final class CountingStream extends FilterInputStream {
        private final String name;
        private final long compressedSize;
        private long inflated;

        CountingStream(InputStream in, String name, long compressedSize) {
            super(in);
            this.name = name;
            this.compressedSize = compressedSize;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) count(skipped);
            return skipped;
        }

        private void count(long n) throws LimitExceededException {
            inflated += n;
            inflatedTotal += n;
            if (inflatedTotal > limits.maxInflatedBytes()) {
                fail("inflated more than " + limits.maxInflatedBytes() + " bytes");
            }
            if (inflated > RATIO_CHECK_THRESHOLD && inflated > limits.maxInflateRatio() * compressedSize) {
                fail("entry " + name + " inflates more than " + limits.maxInflateRatio() + " times its compressed size");
            }
        }

        private void fail(String why) throws LimitExceededException {
            if (exceeded == null) exceeded = why;
            throw new LimitExceededException(why);
        }
    }
}
