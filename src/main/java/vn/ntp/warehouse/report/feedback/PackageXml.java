package vn.ntp.warehouse.report.feedback;

import java.util.List;
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
    record TypeOverride(String partName, String contentType) {
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
        return out.rewrite(in, new XmlOut.Editor() {
            @Override
            public boolean start(XMLStreamReader2 at, int depth) {
                return false;
            }

            @Override
            public void end(XMLStreamReader2 at, int depth) throws XMLStreamException {
                if (depth == 1) for (Relationship r : added) relationship(out, at, r);
            }
        });
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
    static byte[] contentTypes(XMLStreamReader2 in, List<TypeOverride> added, boolean vml) throws XMLStreamException {
        if (!CONTENT_TYPES_NS.equals(in.getNamespaceURI())) throw new NotStreamable("unknown content types");
        XmlOut out = XmlOut.document();
        return out.rewrite(in, new XmlOut.Editor() {
            private boolean hasVml;

            @Override
            public boolean start(XMLStreamReader2 at, int depth) {
                hasVml |= "Default".equals(at.getLocalName()) && "vml".equalsIgnoreCase(at.getAttributeValue(null, "Extension"));
                return false;
            }

            @Override
            public void end(XMLStreamReader2 at, int depth) throws XMLStreamException {
                if (depth != 1) return;
                if (vml && !hasVml) entry(out, at, "Default", "Extension", "vml", VML);
                for (TypeOverride o : added) entry(out, at, "Override", "PartName", o.partName(), o.contentType());
            }
        });
    }

    private static void entry(XmlOut out, XMLStreamReader2 types, String element, String key, String value, String contentType)
            throws XMLStreamException {
        out.startChild(types, element);
        out.xml.writeAttribute(key, value);
        out.xml.writeAttribute("ContentType", contentType);
        out.xml.writeEndElement();
    }
}
