package vn.ntp.warehouse.report.feedback;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.workbook.OoxmlPackage;
import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The feedback workbook of a .xlsx or .xlsm written without POI's usermodel: the sender's zip is copied entry by
 * entry, and only the parts the feedback changes are rewritten as XML streams ({@link FeedbackParts}). A source
 * this writer does not handle is left to {@link PoiFeedback}: {@link #write} then returns false.
 */
public final class XlsxFeedback {
    private static final Logger log = LoggerFactory.getLogger(XlsxFeedback.class);

    private final FindingCatalogue checks;

    public XlsxFeedback(FindingCatalogue checks) {
        this.checks = checks;
    }

    /** Writes the feedback workbook of {@code source} to {@code out}; false (nothing written) when POI must. */
    public boolean write(Path source, ExtractedAnnex annex, Path out) throws IOException {
        Map<String, byte[]> parts;
        try (OoxmlPackage pkg = OoxmlPackage.open(source)) {
            parts = new FeedbackParts(pkg, checks).build(source.getFileName().toString(), annex);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                copy(pkg, parts, file);
            }
            return true;
        } catch (NotStreamable e) {
            log.info("Feedback workbook of {} left to POI: {}", source, e.getMessage());
            Files.deleteIfExists(out);
            return false;
        } catch (XMLStreamException | UnreadableWorkbookException | IOException | RuntimeException e) {
            // not expected: POI still writes the workbook, and the log says how often the stream writer failed
            log.warn("Feedback workbook of {} left to POI after an error of the stream writer: {}", source, e.toString());
            Files.deleteIfExists(out);
            return false;
        }
    }

    /** The source's entries in their order, the changed ones replaced, then the new ones. */
    private static void copy(OoxmlPackage pkg, Map<String, byte[]> parts, OutputStream file) throws IOException {
        Map<String, byte[]> left = new LinkedHashMap<>(parts);
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(pkg.zip().entries())) {
                byte[] replaced = left.remove(entry.getName());
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (replaced != null) {
                    zip.write(replaced);
                } else if (!entry.isDirectory()) {
                    try (InputStream in = pkg.inflate(entry)) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> added : left.entrySet()) {
                zip.putNextEntry(new ZipEntry(added.getKey()));
                zip.write(added.getValue());
                zip.closeEntry();
            }
        }
    }
}
