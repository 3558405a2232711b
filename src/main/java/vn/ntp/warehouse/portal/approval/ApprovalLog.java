package vn.ntp.warehouse.portal.approval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.ntp.warehouse.warehouse.ApprovalEvents;

/**
 * The append-only approval log {@code <home>/approval/approval_events.csv}: one line per approve,
 * return or withdraw, never rewritten; the warehouse build loads it ({@link ApprovalEvents}) into
 * {@code audit_log} and {@code approval}, and locks approved figures (state {@code held}).
 */
public final class ApprovalLog {
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String WITHDRAW = "withdraw";

    /** What an approval is about: a unit's form for a period of a program. */
    public record Key(String programCode, String formCode, String unitCode, int year, String periodLabel) {
    }

    public record Event(String eventId, long atEpochMs, String username, String action, Key key, String comment) {
        /** The approval status the action leaves (approval.approval_status: approved, returned, withdrawn). */
        public String status() {
            return switch (action) {
                case APPROVE -> "approved";
                case RETURN -> "returned";
                default -> "withdrawn";
            };
        }
    }

    private final Path file;

    public ApprovalLog(Path home) {
        this.file = ApprovalEvents.file(home);
    }

    public synchronized Event append(String username, String action, Key key, String comment) {
        Event e = new Event(UUID.randomUUID().toString(), System.currentTimeMillis(), username, action, key,
                comment == null ? "" : comment.strip());
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock lock = channel.lock()) {
                Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
                if (channel.size() == 0) csv.printRecord((Object[]) ApprovalEvents.COLUMNS);
                csv.printRecord(e.eventId(), e.atEpochMs(), e.username(), e.action(), key.programCode(), key.formCode(),
                        key.unitCode(), key.year(), key.periodLabel(), e.comment());
                csv.flush();
                channel.force(true);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file, ex);
        }
        return e;
    }

    public synchronized List<Event> events() {
        if (!Files.isRegularFile(file)) return List.of();
        List<Event> all = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                all.add(new Event(r.get("event_id"), Long.parseLong(r.get("at_epoch_ms")), r.get("username"), r.get("action"),
                        new Key(r.get("program_code"), r.get("form_code"), r.get("unit_code"), Integer.parseInt(r.get("year")),
                                r.get("period_label")), r.get("comment")));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return all;
    }

    /** The latest event of every key. */
    public Map<Key, Event> current() {
        Map<Key, Event> latest = new LinkedHashMap<>();
        for (Event e : events()) latest.put(e.key(), e);
        return latest;
    }

    public Optional<Event> current(Key key) {
        return Optional.ofNullable(current().get(key));
    }
}
