package vn.ntp.warehouse.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One run at a time per home folder, across processes (a manual run while the scheduler runs one
 * waits for nothing: it is refused). The operating system releases the lock when a process dies,
 * so a killed run never blocks the next one. The holder writes its process id and start time into the lock file,
 * so that a refused run can say who holds it.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Optional<RunLock> tryAcquire(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        FileChannel channel = FileChannel.open(stateDir.resolve("run.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " " + Instant.now().truncatedTo(ChronoUnit.SECONDS))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // who holds the lock is only told to a refused run; the lock itself is taken
        }
        return Optional.of(new RunLock(channel, lock));
    }

    /** The sentence for a run refused because another holds the lock: which process and since when (Vietnam's time), when known. */
    public static String refused(Path stateDir) {
        return "Một lần chạy khác" + holder(stateDir).map(h -> " (" + h + ")").orElse("")
                + " đang diễn ra trên thư mục này; lần này không chạy. Chạy lại khi lần đó xong.";
    }

    static Optional<String> holder(Path stateDir) {
        try {
            String[] parts = Files.readString(stateDir.resolve("run.lock"), StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 2) return Optional.empty();
            Instant since = Instant.parse(parts[1]);
            return Optional.of("tiến trình " + Long.parseLong(parts[0]) + ", bắt đầu lúc " + RunProgress.time(since));
        } catch (IOException | DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
