package vn.ntp.warehouse.report.feedback;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;

/** The package's bookkeeping parts: a part's relationships and {@code [Content_Types].xml}, with entries added. */
final class PackageXml {
    static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    private static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    /** A relationship to add; its target an absolute part name ({@code /xl/comments1.xml}). */
    record Relationship(String id, String type, String target) {
    }

    /** A content type override to add. */
    record Override(String partName, String contentType) {
    }

    private PackageXml() {
    }

    /** The rels part copied (the reader on its root; null: a new part) with the relationships added. */
    static byte[] relationships(XMLStreamReader2 in, List<Relationship> added) throws XMLStreamException {
        XmlOut out = XmlOut.document();
        if (in == null) {
            out.xml.writeStartElement("Relationships");
            out.xml.writeDefaultNamespace(XmlOut.PACKAGE_REL_NS);
            for (Relationship r : added) relationship(out, null, r);
            out.xml.writeEndElement();
            return out.finish();
        }
        copyAppending(in, out, () -> {
            for (Relationship r : added) relationship(out, in, r);
        });
        return out.finish();
    }

    /** One relationship element, in the namespace and prefix of the root {@code in} is on (null: a new part). */
    private static void relationship(XmlOut out, XMLStreamReader2 in, Relationship r) throws XMLStreamException {
        if (in == null) out.xml.writeStartElement("Relationship");
        else out.startChild(in, "Relationship");
        out.xml.writeAttribute("Id", r.id());
        out.xml.writeAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + r.type());
        out.xml.writeAttribute("Target", r.target());
        out.xml.writeEndElement();
    }

    /** {@code [Content_Types].xml} with the overrides added, and the default for .vml if it lacks one. */
    static byte[] contentTypes(XMLStreamReader2 in, List<Override> added, boolean vml) throws XMLStreamException {
        if (!CONTENT_TYPES_NS.equals(in.getNamespaceURI())) throw new NotStreamable("unknown content types");
        XmlOut out = XmlOut.document();
        boolean[] hasVml = {false};
        out.copy(in);
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("Default".equals(in.getLocalName()) && "vml".equalsIgnoreCase(in.getAttributeValue(null, "Extension"))) {
                    hasVml[0] = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                if (vml && !hasVml[0]) {
                    out.startChild(in, "Default");
                    out.xml.writeAttribute("Extension", "vml");
                    out.xml.writeAttribute("ContentType", VML);
                    out.xml.writeEndElement();
                }
                for (Override o : added) {
                    out.startChild(in, "Override");
                    out.xml.writeAttribute("PartName", o.partName());
                    out.xml.writeAttribute("ContentType", o.contentType());
                    out.xml.writeEndElement();
                }
            }
            out.copy(in);
        }
        return out.finish();
    }

    private interface Appender {
        void append() throws XMLStreamException;
    }

    /** Copies a part (the reader on its root) and calls {@code appender} just before the root closes. */
    private static void copyAppending(XMLStreamReader2 in, XmlOut out, Appender appender) throws XMLStreamException {
        out.copy(in);
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) appender.append();
            out.copy(in);
        }
    }
}
