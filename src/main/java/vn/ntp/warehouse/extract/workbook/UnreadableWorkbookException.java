package vn.ntp.warehouse.extract.workbook;

/**
 * The file cannot be read as a workbook at all. Carries a stable reason code and a message in
 * Vietnamese (for the sender) and English (for the logs); the file goes to quarantine.
 */
public class UnreadableWorkbookException extends Exception {

    public enum Reason {
        ENCRYPTED, CORRUPT, ZIP_BOMB, EXTERNAL_ENTITY, NOT_EXCEL_HTML, NOT_EXCEL_CSV, NOT_EXCEL, EMPTY, TOO_LARGE,
        /** a valid file of a format that is not read (.xlsb, .numbers, PDF, Word, images...): not damaged */
        UNSUPPORTED_FORMAT
    }

    private final Reason reason;
    private final String messageVi;

    public UnreadableWorkbookException(Reason reason, String messageVi, String messageEn) {
        super(messageEn);
        this.reason = reason;
        this.messageVi = messageVi;
    }

    public UnreadableWorkbookException(Reason reason, String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.reason = reason;
        this.messageVi = messageVi;
    }

    public Reason reason() {
        return reason;
    }

    public String messageVi() {
        return messageVi;
    }
}
