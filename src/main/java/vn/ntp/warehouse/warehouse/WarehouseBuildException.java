package vn.ntp.warehouse.warehouse;

/** The warehouse could not be built; the live warehouse file is left as it was. */
public class WarehouseBuildException extends RuntimeException {

    public WarehouseBuildException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseBuildException(String message) {
        super(message);
    }
}
