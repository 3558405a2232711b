package vn.ntp.warehouse.messy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.ntp.warehouse.fixtures.ZipFiles;

/** The entries of a zip package (an .xlsx, .ods) in order, to rewrite some and zip them again. */
final class ZipParts {
    private ZipParts() {
    }

    static LinkedHashMap<String, byte[]> read(Path file) throws IOException {
        LinkedHashMap<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) parts.put(entry.getName(), zip.readAllBytes());
        }
        return parts;
    }

    static Path write(Path file, Map<String, byte[]> parts) throws IOException {
        return ZipFiles.write(file, parts);
    }

    /** A copy of the package with the text of every XML part (and .rels) passed through the rewrite. */
    static Path rewriteXml(Path source, Path target, UnaryOperator<String> rewrite) throws IOException {
        LinkedHashMap<String, byte[]> parts = read(source);
        parts.replaceAll((name, bytes) -> name.endsWith(".xml") || name.endsWith(".rels")
                ? rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
        return write(target, parts);
    }
}
