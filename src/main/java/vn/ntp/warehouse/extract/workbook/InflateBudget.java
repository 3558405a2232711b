package vn.ntp.warehouse.extract.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
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

    /**
     * Opens the workbook's zip, its central directory checked against this budget: a file that is no zip, or a
     * damaged one, is refused as CORRUPT_ZIP, a directory over the limits as ZIP_BOMB.
     */
    ZipFile openZip(Path file) throws IOException, UnreadableWorkbookException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw Rejections.corrupt("ZIP", Map.of(), e);
        }
        String breach = checkDirectory(zip);
        if (breach != null) {
            zip.close();
            throw Rejections.zipBomb(breach);
        }
        return zip;
    }

    /** Checks the central directory; returns a description of the first breach, or null. */
    private String checkDirectory(ZipFile zip) {
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
        return new CountingStream(zip.getInputStream(entry), entry.getName(), Math.max(1, entry.getCompressedSize()), entry.getCrc());
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

    /**
     * Counts inflated bytes and checks the entry's CRC-32 when its end is reached: java.util.zip.ZipFile
     * does not, and a damaged deflate stream can inflate to other, well-formed text (a changed digit).
     */
    private final class CountingStream extends FilterInputStream {
        private final String name;
        private final long compressedSize;
        private final long expectedCrc;
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private long inflated;

        CountingStream(InputStream in, String name, long compressedSize, long expectedCrc) {
            super(in);
            this.name = name;
            this.compressedSize = compressedSize;
            this.expectedCrc = expectedCrc;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                crc.update(b);
            } else {
                checkCrc();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                crc.update(buffer, offset, n);
            } else if (n < 0) {
                checkCrc();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void checkCrc() throws IOException {
            if (expectedCrc != -1 && crc.getValue() != expectedCrc) {
                throw new java.util.zip.ZipException("entry " + name + " fails its CRC-32 check (damaged data)");
            }
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
