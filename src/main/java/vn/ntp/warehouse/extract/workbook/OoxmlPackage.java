package vn.ntp.warehouse.extract.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * A .xlsx package opened part by part for rewriting (the feedback workbook), with the guards of the reader: the
 * zip directory checked against the inflate budget, every inflated byte counted, DTDs refused, CRC-32 checked.
 */
public final class OoxmlPackage implements Closeable {
    /** One relationship of a part, its target resolved to a zip entry name. */
    public record Relation(String id, String type, String target) {
        public boolean isOfType(String lastSegment) {
            return type.endsWith("/" + lastSegment);
        }
    }

    /** What a caller does with one part, its parser positioned on the root element. */
    @FunctionalInterface
    public interface PartReader<T> {
        T read(XMLStreamReader2 xml) throws XMLStreamException;
    }

    private final ZipFile zip;
    private final InflateBudget budget;

    private OoxmlPackage(ZipFile zip, InflateBudget budget) {
        this.zip = zip;
        this.budget = budget;
    }

    /** Opens the package; a broken zip, or one whose directory breaks the limits, is refused as the reader refuses it. */
    public static OoxmlPackage open(Path file) throws IOException, UnreadableWorkbookException {
        InflateBudget budget = new InflateBudget(ReadLimits.DEFAULT);
        return new OoxmlPackage(budget.openZip(file), budget);
    }

    public ZipFile zip() {
        return zip;
    }

    /** The entry's bytes, inflated within the budget. */
    public InputStream inflate(ZipEntry entry) throws IOException {
        return budget.open(zip, entry);
    }

    /** Reads the part {@code name}, or returns null when the package has none. */
    public <T> T read(String name, PartReader<T> reader) throws UnreadableWorkbookException {
        return XmlPart.read(zip, zip.getEntry(name), name, budget, part -> reader.read(part.xml));
    }

    /** The relationships of a part ({@code ""} for the package's own), by id; empty when it has none. */
    public Map<String, Relation> relationships(String sourcePart) throws UnreadableWorkbookException {
        String relsPart = sourcePart.isEmpty() ? "_rels/.rels" : Relationships.partFor(sourcePart);
        Relationships rels = XmlPart.read(zip, zip.getEntry(relsPart), relsPart, budget,
                part -> Relationships.read(part, sourcePart.isEmpty() ? "/" : sourcePart));
        Map<String, Relation> byId = new LinkedHashMap<>();
        if (rels != null) rels.byId().forEach((id, r) -> byId.put(id, new Relation(id, r.type(), r.target())));
        return byId;
    }

    /** The rels part of a part: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    public static String relationshipsPart(String sourcePart) {
        return Relationships.partFor(sourcePart);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
