package vn.ntp.warehouse.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of file contents, and the stable submission id of a (file name, content) pair. */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The same file name with the same content always gets the same id, so a chunk that is
     * extracted again after a crash writes the same submission, never a second one.
     */
    public static String submissionId(String sourceFile, String sha256) {
        MessageDigest digest = newDigest();
        digest.update(sourceFile.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(sha256.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
