package vn.ntp.warehouse.extract.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an .xlsx (OOXML zip) straight from the zip with one StAX pass per part, without POI's
 * package layer: the package relationships lead to the workbook, whose relationships lead to the
 * sheets, the styles and the shared strings (part names are never guessed).
 */
final class XlsxReader {
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    private final ReadLimits limits;

    XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException, IOException {
        InflateBudget budget = new InflateBudget(limits);
        try (ZipFile zip = budget.openZip(file)) {
            String mimetype = OdsReader.mimetype(zip);
            if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
                // .ods and its template .ots; other OpenDocument files (text, drawings) are no workbooks
                if (!mimetype.startsWith(OdsReader.SPREADSHEET_MIMETYPE)) throw ForeignFormats.openDocument(mimetype);
                new OdsReader(zip, budget).read(new GuardedVisitor(visitor));
            } else if (mimetype == null && zip.getEntry("content.xml") != null && zip.getEntry("[Content_Types].xml") == null) {
                new OdsReader(zip, budget).read(new GuardedVisitor(visitor)); // an .ods that lost its mimetype
            } else {
                new Session(zip, budget).read(new GuardedVisitor(visitor));
            }
        } catch (GuardedVisitor.Failure visitorFailure) {
            throw visitorFailure.unwrap();
        }
    }

    /** Reading one package: the zip, its inflate budget, and part-by-part error translation. */
    private static final class Session {
        private final ZipFile zip;
        private final InflateBudget budget;

        Session(ZipFile zip, InflateBudget budget) {
            this.zip = zip;
            this.budget = budget;
        }

        void read(SheetVisitor visitor) throws UnreadableWorkbookException {
            Relationships packageRelationships = packageRelationships();
            String workbookPart = workbookPart(packageRelationships);
            Relationships.Relationship core = packageRelationships.firstOfType("core-properties");
            java.time.Instant saved = core == null ? null : readPart(core.target(), CorePropertiesPart::modified);
            if (saved != null) visitor.documentSaved(saved);
            Relationships workbookRelationships = readPart(Relationships.partFor(workbookPart),
                    part -> Relationships.read(part, workbookPart));
            if (workbookRelationships == null) workbookRelationships = Relationships.NONE;
            List<WorkbookPart.SheetEntry> sheets = readPart(workbookPart, WorkbookPart::read);
            CellStyle[] styles = readRelated(workbookRelationships, "styles", StylesPart::read);
            SharedStrings strings = readRelated(workbookRelationships, "sharedStrings", SharedStrings::read);
            WorksheetParser parser = new WorksheetParser(strings == null ? SharedStrings.NONE : strings,
                    styles == null ? new CellStyle[0] : styles);
            for (int index = 0; index < sheets.size(); index++) {
                WorkbookPart.SheetEntry sheet = sheets.get(index);
                Relationships.Relationship relationship = sheet.relationshipId() == null ? null
                        : workbookRelationships.byId().get(sheet.relationshipId());
                if (relationship == null) {
                    throw Rejections.corrupt("SHEET_UNLINKED", Map.of("sheet", sheet.name(), "relationship", String.valueOf(sheet.relationshipId())), null);
                }
                if (!relationship.isOfType("worksheet")) {
                    // a chart sheet or dialog sheet: listed, so that indexes follow the workbook, but no cells
                    SheetInfo info = new SheetInfo(index, sheet.name(), sheet.hidden(), HiddenColumns.none());
                    if (visitor.startSheet(info)) visitor.endSheet(List.of());
                    continue;
                }
                int sheetIndex = index;
                Boolean found = readPart(relationship.target(), part -> {
                    parser.parse(part, sheetIndex, sheet.name(), sheet.hidden(), visitor);
                    return Boolean.TRUE;
                });
                if (found == null) {
                    throw Rejections.corrupt("SHEET_MISSING", Map.of("sheet", sheet.name(), "part", relationship.target()), null);
                }
            }
        }

        private Relationships packageRelationships() throws UnreadableWorkbookException {
            Relationships relationships = readPart(PACKAGE_RELATIONSHIPS, part -> Relationships.read(part, "/"));
            return relationships == null ? Relationships.NONE : relationships;
        }

        private String workbookPart(Relationships packageRelationships) throws UnreadableWorkbookException {
            Relationships.Relationship office = packageRelationships.firstOfType("officeDocument");
            String workbook = office != null && entry(office.target()) != null ? office.target() : DEFAULT_WORKBOOK;
            if (workbook.endsWith(".bin")) throw ForeignFormats.xlsb();
            if (entry(workbook) == null) throw notAWorkbook();
            return workbook;
        }

        private UnreadableWorkbookException notAWorkbook() {
            if (entry("xl/workbook.bin") != null) return ForeignFormats.xlsb();
            if (entry("word/document.xml") != null) return ForeignFormats.wordProcessing();
            if (entry("ppt/presentation.xml") != null) return ForeignFormats.presentation();
            if (entry("Index/Document.iwa") != null || entry("Index.zip") != null) return ForeignFormats.numbers();
            if (entry("[Content_Types].xml") == null && holdsOtherFiles()) return ForeignFormats.archive();
            return Rejections.corrupt("NO_WORKBOOK", Map.of(), null);
        }

        /** A plain zip whose entries are other files (workbooks, documents), not the parts of a package. */
        private boolean holdsOtherFiles() {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName().toLowerCase(java.util.Locale.ROOT);
                if (name.matches(".*\\.(xlsx|xlsm|xls|ods|csv|pdf|docx?|zip)$")) return true;
            }
            return false;
        }

        private <T> T readRelated(Relationships relationships, String type, XmlPart.Reader<T> reader)
                throws UnreadableWorkbookException {
            Relationships.Relationship relationship = relationships.firstOfType(type);
            return relationship == null ? null : readPart(relationship.target(), reader);
        }

        /** Reads a part, or returns null when the package has no such part. */
        private <T> T readPart(String name, XmlPart.Reader<T> reader) throws UnreadableWorkbookException {
            return XmlPart.read(zip, entry(name), name, budget, reader);
        }

        private ZipEntry entry(String name) {
            ZipEntry entry = zip.getEntry(name);
            if (entry != null || name.isEmpty()) return entry;
            // some writers differ in case or use backslashes; zip names are otherwise exact
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry candidate = entries.nextElement();
                if (candidate.getName().replace('\\', '/').equalsIgnoreCase(name)) return candidate;
            }
            return null;
        }
    }
}
