package vn.ntp.warehouse.report.feedback;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Rewrites one worksheet of the sender: each marked cell gets the filled format ({@code s}), created (with its
 * row) where the sheet has no such cell; the sheet is no longer the selected tab (the list sheet is); and a
 * {@code <legacyDrawing>} points at the comments' VML drawing. Everything else is copied event by event.
 */
final class SheetPatch implements XmlOut.Editor {
    /** The worksheet elements that come after legacyDrawing (ECMA-376, CT_Worksheet): it goes before the first. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    private record Pending(String ref, String severity) {
    }

    private final TreeMap<Integer, TreeMap<Integer, Pending>> pending = new TreeMap<>();
    private final StylesPatch styles;
    private final String legacyDrawingId;
    private XmlOut out;
    private boolean legacyDrawingWritten;
    private int currentRow = -1;

    /**
     * @param marks           cell reference → mark of this sheet (may be empty: the sheet is only unselected)
     * @param legacyDrawingId the relationship id of the comments' VML drawing, null without marks
     */
    SheetPatch(Map<String, CellMarks.Mark> marks, StylesPatch styles, String legacyDrawingId) {
        this.styles = styles;
        this.legacyDrawingId = legacyDrawingId;
        for (Map.Entry<String, CellMarks.Mark> e : marks.entrySet()) {
            CellReference ref = reference(e.getKey());
            String plain = new CellReference(ref.getRow(), ref.getCol()).formatAsString();
            Pending twice = pending.computeIfAbsent(ref.getRow(), r -> new TreeMap<>())
                    .put((int) ref.getCol(), new Pending(plain, e.getValue().severity()));
            if (twice != null) throw new NotStreamable("one cell named in two ways: " + plain);
        }
        legacyDrawingWritten = marks.isEmpty();
    }

    private static CellReference reference(String ref) {
        if (ref.indexOf(':') >= 0 || ref.indexOf('!') >= 0) throw new NotStreamable("not a single cell: " + ref);
        return new CellReference(ref);
    }

    /** The worksheet (the reader on its root element), rewritten. */
    byte[] write(XMLStreamReader2 in) throws XMLStreamException {
        out = XmlOut.document();
        byte[] sheet = out.rewrite(in, this);
        if (!pending.isEmpty()) throw new NotStreamable("marked cells outside the sheet's data");
        return sheet;
    }

    @Override
    public boolean start(XMLStreamReader2 in, int depth) throws XMLStreamException {
        String name = in.getLocalName();
        if (depth == 2 && name.equals("legacyDrawing")) throw new NotStreamable("the sheet already has comments or VML");
        if (depth == 2 && AFTER_LEGACY_DRAWING.contains(name)) writeLegacyDrawing(in);
        if (depth == 3 && name.equals("sheetView")) {
            out.startElement(in, Map.of(), Set.of("tabSelected"));
            return true;
        }
        if (depth == 3 && name.equals("row")) {
            int row = number(in, "r") - 1;
            writeRowsBefore(in, row);
            boolean addsCells = pending.containsKey(row);
            out.startElement(in, Map.of(), addsCells ? Set.of("spans") : Set.of());
            return true;
        }
        if (depth == 4 && name.equals("c") && pending.containsKey(currentRow)) {
            String r = in.getAttributeValue(null, "r");
            if (r == null) throw new NotStreamable("a cell without its reference");
            CellReference ref = new CellReference(r);
            TreeMap<Integer, Pending> cells = pending.get(ref.getRow());
            if (cells == null) return false;
            writeCellsBefore(in, cells, ref.getCol());
            Pending mark = cells.remove((int) ref.getCol());
            if (mark == null) return false;
            String s = in.getAttributeValue(null, "s");
            int style = styles.filled(s == null ? 0 : Integer.parseInt(s.trim()), mark.severity());
            out.startElement(in, Map.of("s", String.valueOf(style)), Set.of());
            return true;
        }
        return false;
    }

    @Override
    public void end(XMLStreamReader2 in, int depth) throws XMLStreamException {
        String name = in.getLocalName();
        if (depth == 3 && name.equals("row")) {
            // the row's cells were all written: the marks left in it are cells it does not have
            TreeMap<Integer, Pending> cells = pending.remove(currentRow);
            if (cells != null) writeCellsBefore(in, cells, Integer.MAX_VALUE);
        } else if (depth == 2 && name.equals("sheetData")) {
            writeRowsBefore(in, Integer.MAX_VALUE);
        } else if (depth == 1) {
            writeLegacyDrawing(in);
        }
    }

    /** Writes the marked rows the sheet does not have, above row {@code row} (0-based), and remembers the row. */
    private void writeRowsBefore(XMLStreamReader2 in, int row) throws XMLStreamException {
        Iterator<Map.Entry<Integer, TreeMap<Integer, Pending>>> rows = pending.headMap(row, false).entrySet().iterator();
        while (rows.hasNext()) {
            Map.Entry<Integer, TreeMap<Integer, Pending>> missing = rows.next();
            out.startChild(in, "row");
            out.xml.writeAttribute("r", String.valueOf(missing.getKey() + 1));
            writeCellsBefore(in, missing.getValue(), Integer.MAX_VALUE);
            out.xml.writeEndElement();
            rows.remove();
        }
        currentRow = row;
    }

    /** Writes the marked cells a row does not have, left of column {@code column}. */
    private void writeCellsBefore(XMLStreamReader2 in, TreeMap<Integer, Pending> cells, int column) throws XMLStreamException {
        Iterator<Pending> left = cells.headMap(column, false).values().iterator();
        while (left.hasNext()) {
            Pending mark = left.next();
            out.startChild(in, "c");
            out.xml.writeAttribute("r", mark.ref());
            out.xml.writeAttribute("s", String.valueOf(styles.filled(0, mark.severity())));
            out.xml.writeEndElement();
            left.remove();
        }
    }

    private void writeLegacyDrawing(XMLStreamReader2 in) throws XMLStreamException {
        if (legacyDrawingWritten) return;
        legacyDrawingWritten = true;
        out.startChild(in, "legacyDrawing");
        out.relationshipId(in, legacyDrawingId);
        out.xml.writeEndElement();
    }

    private static int number(XMLStreamReader in, String attribute) {
        String value = in.getAttributeValue(null, attribute);
        if (value == null) throw new NotStreamable("a row without its number");
        return Integer.parseInt(value.trim());
    }
}
