package vn.ntp.warehouse.extract;

import java.util.List;
import java.util.Optional;

/**
 * Reads one form family. {@link #recognize} looks at the first rows of a sheet; when they are
 * this family's header it returns a reader for the rest of the sheet.
 */
public interface FormReader {

    String family();

    /** Rows to buffer from the top of a sheet before {@link #recognize} can decide. */
    int headRows();

    Optional<Recognized> recognize(String sheet, List<SheetRow> head, ExtractionContext context);

    /**
     * A recognised sheet: its reader, where data starts within the head rows, or the reasons the
     * sheet cannot be loaded (no program, period or unit: {@code MISSING_METADATA}; a required
     * column missing: {@code MISSING_COLUMN}; ...) with the findings that say where.
     */
    record Recognized(FormSheetReader reader, int dataStart, List<String> problemsVi, List<String> problemsEn,
                      String reasonCode, List<Finding> findings) {

        public Recognized(FormSheetReader reader, int dataStart, List<String> problemsVi, List<String> problemsEn) {
            this(reader, dataStart, problemsVi, problemsEn, reader == null ? "MISSING_METADATA" : null, List.of());
        }

        /** A sheet of this form that cannot be loaded, for the reason given. */
        public static Recognized refused(String reasonCode, List<String> problemsVi, List<String> problemsEn, List<Finding> findings) {
            return new Recognized(null, 0, problemsVi, problemsEn, reasonCode, findings);
        }

        public boolean loadable() {
            return reader != null;
        }
    }
}
