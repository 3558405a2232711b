package vn.ntp.warehouse.report.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.workbook.OoxmlPackage;
import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The parts of a .xlsx that its feedback workbook changes or adds, by zip entry name: the marked worksheets and
 * their comments, VML drawings and relationships; the list sheet; {@code styles.xml}, {@code workbook.xml}, its
 * relationships and {@code [Content_Types].xml}. Throws {@link NotStreamable} on what it does not handle.
 */
final class FeedbackParts {
    private final OoxmlPackage pkg;
    private final FindingCatalogue checks;
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final List<PackageXml.TypeOverride> overrides = new ArrayList<>();

    FeedbackParts(OoxmlPackage pkg, FindingCatalogue checks) {
        this.pkg = pkg;
        this.checks = checks;
    }

    Map<String, byte[]> build(String fileName, ExtractedAnnex annex) throws UnreadableWorkbookException, XMLStreamException {
        for (ZipEntry entry : Collections.list(pkg.zip().entries())) {
            // another VML drawing (a header picture, a form control) would have to share its shape ids with ours
            if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".vml")) throw new NotStreamable("the package has VML");
        }
        OoxmlPackage.Relation office = first(pkg.relationships(""), "officeDocument");
        String workbookPart = office == null ? "xl/workbook.xml" : office.target();
        if (!workbookPart.endsWith(".xml") || pkg.zip().getEntry(workbookPart) == null) throw new NotStreamable("no workbook.xml");
        Map<String, OoxmlPackage.Relation> workbookRels = pkg.relationships(workbookPart);
        int[] maxSheetId = {0};
        List<WorkbookXmlPatch.Sheet> sheets = pkg.read(workbookPart, in -> WorkbookXmlPatch.sheets(in, maxSheetId));
        Map<String, String> sheetNames = new HashMap<>();
        for (WorkbookXmlPatch.Sheet sheet : sheets) sheetNames.putIfAbsent(sheet.name().toLowerCase(Locale.ROOT), sheet.name());

        var marks = CellMarks.of(annex.findings(), checks, name -> sheetNames.get(name.toLowerCase(Locale.ROOT)));
        FindingList list = FindingList.of(fileName, annex, checks, name -> sheetNames.containsKey(name.toLowerCase(Locale.ROOT)));
        OoxmlPackage.Relation stylesRel = first(workbookRels, "styles");
        if (stylesRel == null) throw new NotStreamable("no styles part");
        StylesPatch styles = pkg.read(stylesRel.target(), StylesPatch::read);

        int drawing = 0;
        for (WorkbookXmlPatch.Sheet sheet : sheets) {
            OoxmlPackage.Relation rel = sheet.relationshipId() == null ? null : workbookRels.get(sheet.relationshipId());
            Map<String, CellMarks.Mark> sheetMarks = marks.getOrDefault(sheet.name(), Map.of());
            if (rel == null || !rel.isOfType("worksheet")) {
                if (!sheetMarks.isEmpty()) throw new NotStreamable("marks on a sheet that is no worksheet");
                continue;
            }
            if (!sheetMarks.isEmpty()) {
                markSheet(rel.target(), sheetMarks, styles, ++drawing);
            } else if (Boolean.TRUE.equals(pkg.read(rel.target(), SelectedTab::of))) {
                // parsed up to its cells to learn that it is the selected tab, then read again to be rewritten:
                // rewriting every unmarked sheet to keep the selected one would parse them all in full
                parts.put(rel.target(), pkg.read(rel.target(), in -> new SheetPatch(Map.of(), styles, null).write(in)));
            }
        }

        String listPart = unused("xl/worksheets/sheet", ".xml");
        parts.put(listPart, ListSheetXml.write(list, styles));
        overrides.add(new PackageXml.TypeOverride("/" + listPart, PackageXml.WORKSHEET));
        String listId = unusedId(workbookRels);
        parts.put(stylesRel.target(), pkg.read(stylesRel.target(), styles::write));
        parts.put(workbookPart, pkg.read(workbookPart, in -> WorkbookXmlPatch.write(in, list.sheetName(), maxSheetId[0] + 1, listId)));
        addRelationships(workbookPart, List.of(new PackageXml.Relationship(listId, "worksheet", "/" + listPart)));
        String contentTypes = "[Content_Types].xml";
        boolean vml = drawing > 0;
        byte[] types = pkg.read(contentTypes, in -> PackageXml.contentTypes(in, overrides, vml));
        if (types == null) throw new NotStreamable("no content types");
        parts.put(contentTypes, types);
        return parts;
    }

    /** The sheet with its marked cells, plus its comments, their VML drawing and the relationships to both. */
    private void markSheet(String sheetPart, Map<String, CellMarks.Mark> sheetMarks, StylesPatch styles, int drawing)
            throws UnreadableWorkbookException, XMLStreamException {
        Map<String, OoxmlPackage.Relation> sheetRels = pkg.relationships(sheetPart);
        for (OoxmlPackage.Relation r : sheetRels.values()) {
            if (r.isOfType("comments") || r.isOfType("vmlDrawing")) throw new NotStreamable("the sheet already has comments");
        }
        String commentsId = unusedId(sheetRels);
        String vmlId = commentsId + "v";
        String commentsPart = unused("xl/comments", ".xml");
        String vmlPart = unused("xl/drawings/vmlDrawing", ".vml");
        parts.put(sheetPart, pkg.read(sheetPart, in -> new SheetPatch(sheetMarks, styles, vmlId).write(in)));
        parts.put(commentsPart, CommentParts.comments(sheetMarks));
        parts.put(vmlPart, CommentParts.vml(sheetMarks, drawing));
        overrides.add(new PackageXml.TypeOverride("/" + commentsPart, PackageXml.COMMENTS));
        addRelationships(sheetPart, List.of(new PackageXml.Relationship(commentsId, "comments", "/" + commentsPart),
                new PackageXml.Relationship(vmlId, "vmlDrawing", "/" + vmlPart)));
    }

    private void addRelationships(String sourcePart, List<PackageXml.Relationship> added)
            throws UnreadableWorkbookException, XMLStreamException {
        String relsPart = OoxmlPackage.relationshipsPart(sourcePart);
        byte[] rels = pkg.read(relsPart, in -> PackageXml.relationships(in, added));
        parts.put(relsPart, rels != null ? rels : PackageXml.relationships(null, added));
    }

    /** The first free part name {@code prefix N suffix} (N = 1, 2, ...), in the source and among the new parts. */
    private String unused(String prefix, String suffix) {
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (pkg.zip().getEntry(name) == null && !parts.containsKey(name)) return name;
        }
    }

    /** A relationship id the part does not use. */
    private static String unusedId(Map<String, OoxmlPackage.Relation> rels) {
        for (int n = 1; ; n++) {
            String id = "rIdNtp" + n;
            if (!rels.containsKey(id) && !rels.containsKey(id + "v")) return id;
        }
    }

    private static OoxmlPackage.Relation first(Map<String, OoxmlPackage.Relation> rels, String type) {
        for (OoxmlPackage.Relation r : rels.values()) {
            if (r.isOfType(type)) return r;
        }
        return null;
    }
}
