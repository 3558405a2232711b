package vn.ntp.warehouse.portal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.intake.Fingerprints;
import vn.ntp.warehouse.intake.Receipts;
import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.web.AuditTrail;
import vn.ntp.warehouse.portal.web.FindingMessages;
import vn.ntp.warehouse.portal.web.Refusal;
import vn.ntp.warehouse.portal.web.UnitScope;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.text.VietnameseText;

/**
 * An uploaded workbook is kept under {@code <home>/state/portal/uploads/<id>/} (a generated id; the
 * sender's file name only as sanitized text), read at once by the same extractor and checks as
 * {@code ./ntp validate}, given its feedback workbook, told whether the warehouse already holds the same bytes
 * ({@code received}: by SHA-256, as the intake decides duplicates), and on "Gửi" moved atomically into the inbox
 * under a name that records program, form, unit, period and time.
 */
public final class Uploads {
    private static final int KEEP = 500;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** One checked upload: who sent it, what the reader made of it, its findings as shown. */
    public record Checked(String id, String username, String originalName, Path file, ExtractedAnnex annex,
                          FindingMessages.Shown reason, List<FindingMessages.Shown> findings, Path feedback,
                          AlreadyReceived alreadyReceived) {
        public boolean readable() {
            return !annex.rejected();
        }

        /** Why the file cannot be read, from the findings catalogue; null when it can. */
        public String reasonVi() {
            return reason == null ? null : reason.messageVi();
        }

        public SheetIdentity identity() {
            return annex.identity();
        }

        public long count(String severity) {
            return findings.stream().filter(f -> f.severity().equals(severity)).count();
        }
    }

    /** The file already received with the same bytes: sending this one again changes nothing in the warehouse. */
    public record AlreadyReceived(String sourceFile, String stateVi) {
        public String sentenceVi() {
            return "Tệp này trùng nội dung với tệp đã nhận \"" + sourceFile + "\" (" + stateVi
                    + "): gửi lại sẽ được ghi nhận là trùng lặp, không thay đổi gì trong kho.";
        }
    }

    private final ReferenceData reference;
    private final FindingMessages messages;
    private final FeedbackWorkbook feedback;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Path staging;
    private final Path inbox;
    private final Function<String, Optional<AlreadyReceived>> received;
    private final Map<String, Checked> recent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
            if (size() <= KEEP) return false;
            deleteTree(eldest.getValue().file().getParent());
            return true;
        }
    };

    public Uploads(ReferenceData reference, FindingMessages messages, UnitScope scope, AuditTrail audit, Path home, Path inbox,
                   Function<String, Optional<AlreadyReceived>> received) {
        this.reference = reference;
        this.messages = messages;
        this.feedback = new FeedbackWorkbook(reference.checks());
        this.scope = scope;
        this.audit = audit;
        this.staging = home.resolve("state").resolve("portal").resolve("uploads");
        this.inbox = inbox;
        this.received = received;
        deleteTree(staging);   // uploads of an earlier start can no longer be sent: their ids lived in memory
    }

    /** Reads and checks one upload; refuses (403, audited) a workbook of a unit outside the sender's scope. */
    public Checked check(PortalUser user, String originalName, InputStream content) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String name = safeName(originalName);
        try {
            Path dir = Files.createDirectories(staging.resolve(id));
            Path file = dir.resolve(name);
            Files.copy(content, file);
            ExtractedAnnex annex = reference.extractor().extract(file);
            if (!annex.rejected() && annex.identity().unitCode() != null && !scope.canSend(user, annex.identity().unitCode())) {
                audit.record(user.getUsername(), AuditTrail.REFUSED_UPLOAD, annex.identity().unitCode(), "upload " + name);
                deleteTree(dir);
                throw Refusal.forbidden(annex.identity().unitName());
            }
            Path written = feedback.write(file, annex, dir.resolve("phan-hoi"));
            Checked checked = new Checked(id, user.getUsername(), originalName == null ? name : originalName, file, annex,
                    annex.rejected() ? messages.show(annex.reason()) : null, messages.showAll(annex.findings()), written,
                    received.apply(Fingerprints.sha256(file)).orElse(null));
            synchronized (recent) {
                recent.put(id, checked);
            }
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage upload", e);
        }
    }

    /** An upload of this user, if still kept. */
    public Checked get(PortalUser user, String id) {
        Checked c;
        synchronized (recent) {
            c = recent.get(id);
        }
        if (c == null || !c.username().equals(user.getUsername())) {
            throw new Refusal(404, "Không tìm thấy tệp đã tải lên (có thể đã quá lâu); hãy tải lên lại.");
        }
        return c;
    }

    /** Writes a checked upload into the inbox (temp file, then an atomic rename); returns the inbox name. */
    public String submit(PortalUser user, Checked c) {
        if (!c.readable()) throw new Refusal(400, "Không gửi được: " + c.reasonVi());
        SheetIdentity id = c.identity();
        if (id.unitCode() == null) {
            throw new Refusal(400, "Không gửi được: " + messages.unknownUnit(c.findings(), id.unitName()));
        }
        if (!scope.canSend(user, id.unitCode())) {
            audit.record(user.getUsername(), AuditTrail.REFUSED_UPLOAD, id.unitCode(), "submit " + c.originalName());
            throw Refusal.forbidden(id.unitName());
        }
        String inboxName = inboxName(c);
        try {
            Files.createDirectories(inbox);
            Path temp = c.file().resolveSibling(inboxName + ".tmp");
            Files.copy(c.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            receipt(inboxName);
            Files.move(temp, inbox.resolve(inboxName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + inboxName + " into the inbox", e);
        }
        audit.record(user.getUsername(), AuditTrail.SUBMIT, id.unitCode(), inboxName + " (" + c.originalName() + ")");
        return inboxName;
    }

    /**
     * Records when the warehouse received the file in the inbox's receipts ({@link Receipts}: timeliness is
     * measured from it), before the file itself appears there.
     */
    private void receipt(String inboxName) throws IOException {
        Path file = inbox.resolve(Receipts.FILE);
        String at = OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS).toString();
        synchronized (Uploads.class) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileLock lock = channel.lock()) {
                CSVPrinter csv = new CSVPrinter(Channels.newWriter(channel, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
                if (channel.size() == 0) csv.printRecord("file", "received_at");
                csv.printRecord(inboxName, at);
                csv.flush();
                channel.force(true);
            }
        }
    }

    /** {@code GNBV_01_109_2024_6-thang-dau-nam-2024_20261204-140512-345_1a2b3c4d.xlsx}: names sort in the order they were sent. */
    static String inboxName(Checked c) {
        SheetIdentity id = c.identity();
        return String.join("_", codePart(id.programCode()), codePart(id.formCode()), codePart(id.unitCode()), String.valueOf(id.period().year()),
                VietnameseText.slug(id.period().periodLabel()), LocalDateTime.now(VIETNAM).format(STAMP), c.id().substring(0, 8)) + extension(c.file().getFileName().toString());
    }

    /** The unit code that {@link #inboxName} recorded, or null for a file not sent through the portal. */
    public static String unitOfInboxName(String name) {
        String[] parts = name.split("_");
        return parts.length == 7 ? parts[2] : null;
    }

    /** A code as a part of the inbox name: letters and digits only ("x" when there is none). */
    private static String codePart(String s) {
        return s == null ? "x" : s.replaceAll("[^A-Za-z0-9]+", "");
    }

    static String safeName(String original) {
        String path = original == null ? "" : original.replace('\\', '/');
        String base = path.substring(path.lastIndexOf('/') + 1);
        String folded = VietnameseText.fold(base).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (folded.length() > 100) folded = folded.substring(folded.length() - 100);
        String ext = extension(folded);
        if (ext.isEmpty()) folded = (folded.isEmpty() ? "tep" : folded) + ".xlsx";
        return folded;
    }

    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".xlsx", ".xlsm", ".xls")) if (lower.endsWith(ext)) return ext;
        return "";
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover staging folder is harmless
        }
    }
}
