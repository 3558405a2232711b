package vn.ntp.warehouse.extract;

/** Reads the data rows of one recognised sheet, then writes what it found into the output. */
public interface FormSheetReader {

    SheetIdentity identity();

    void accept(SheetRow row);

    void finish(ExtractionOutput output);
}
