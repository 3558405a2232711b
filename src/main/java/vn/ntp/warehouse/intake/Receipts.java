package vn.ntp.warehouse.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * When the warehouse received each file, as whatever delivers files into the inbox recorded it: the
 * optional {@code <inbox>/.received.csv} ({@code file,received_at}: the name relative to the inbox and
 * an ISO-8601 time with its offset, e.g. {@code 2024-07-05T09:15+07:00}), written by a mail robot or the
 * portal when it accepts an upload. A file it does not list was received when intake first listed it.
 * Never the file's modification time: a copy or a checkout resets it. A hidden file, so intake never
 * reads it as a report.
 */
public final class Receipts {
    public static final String FILE = ".received.csv";

    private final Map<String, Long> receivedAt;

    private Receipts(Map<String, Long> receivedAt) {
        this.receivedAt = receivedAt;
    }

    public static Receipts read(Path inbox) {
        Map<String, Long> map = new HashMap<>();
        Path file = inbox.resolve(FILE);
        if (!Files.isRegularFile(file)) return new Receipts(map);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get().parse(r)) {
                try {
                    map.put(rec.get("file").replace('\\', '/'), OffsetDateTime.parse(rec.get("received_at").strip()).toInstant().toEpochMilli());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + rec.getRecordNumber() + ": received_at must be an ISO-8601 time "
                            + "with its offset (2024-07-05T09:15+07:00), not " + rec.get("received_at"), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Receipts(map);
    }

    /** When the file was received: its receipt, else {@code nowEpochMs} (intake lists it for the first time now). */
    public long firstSeen(String sourceFile, long nowEpochMs) {
        return receivedAt.getOrDefault(sourceFile.replace('\\', '/'), nowEpochMs);
    }
}
