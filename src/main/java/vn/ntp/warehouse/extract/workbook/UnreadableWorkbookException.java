package vn.ntp.warehouse.extract.workbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file cannot be read as a workbook at all; it goes to quarantine. Carries what was found, never a
 * sentence: the reason (a family), the code of the findings catalogue entry whose messages say it to the
 * sender and the logs ({@code jobs/rules/findings.yaml}: the reason's name, or the name and a variant, as
 * {@code CORRUPT_ZIP}), and the values those messages name ({@code size_mb}, {@code part} ...).
 */
public class UnreadableWorkbookException extends Exception {

    public enum Reason {
        ENCRYPTED, CORRUPT, ZIP_BOMB, EXTERNAL_ENTITY, NOT_EXCEL_HTML, NOT_EXCEL_CSV, NOT_EXCEL, EMPTY, TOO_LARGE,
        /** a valid file of a format that is not read (.xlsb, .numbers, PDF, Word, images...): not damaged */
        UNSUPPORTED_FORMAT
    }

    private final Reason reason;
    private final String code;
    private final Map<String, String> params;

    UnreadableWorkbookException(Reason reason, String variant, Map<String, String> params, Throwable cause) {
        super(null, cause);
        this.reason = reason;
        this.code = variant == null ? reason.name() : reason.name() + "_" + variant;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public Reason reason() {
        return reason;
    }

    /** The findings catalogue code of this refusal. */
    public String code() {
        return code;
    }

    /** The values the code's messages name. */
    public Map<String, String> params() {
        return params;
    }

    /** The code and its values (English logs; the sender reads the catalogue's message). */
    @Override
    public String getMessage() {
        return code + (params.isEmpty() ? "" : " " + params) + (getCause() == null ? "" : ": " + getCause());
    }
}
