package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

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

    Optional<Recognized> recognize(String sheet, List<SheetRow> head);

    /**
     * A recognised sheet: its reader, where data starts within the head rows, or the problems (codes
     * of the findings catalogue, rendered into the quarantine reason) for which the sheet cannot be loaded (no program, period or unit: {@code MISSING_METADATA}; a required
     * column missing: {@code MISSING_COLUMN}; ...) with the findings that say where.
     */
    record Recognized(FormSheetReader reader, int dataStart, List<Finding> problems, String reasonCode,
                      List<Finding> findings) {

        /** A sheet this form reads from {@code dataStart} on. */
        public static Recognized reading(FormSheetReader reader, int dataStart) {
            return new Recognized(reader, dataStart, List.of(), null, List.of());
        }

        /** A sheet of this form that cannot be loaded, for the reason given; problems are catalogue findings. */
        public static Recognized refused(String reasonCode, List<Finding> problems, List<Finding> findings) {
            return new Recognized(null, 0, problems, reasonCode, findings);
        }

        public boolean loadable() {
            return reader != null;
        }
    }
}
