package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;

/** One SQL model of the build that DuckDB could not run: which file, which model, and DuckDB's own message. */
public final class ModelFailure extends SQLException {
    private final Path file;
    private final String model;

    ModelFailure(Path file, String model, SQLException cause) {
        super(file.getFileName() + " (" + model + "): " + cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.file = file;
        this.model = model;
    }

    public Path file() {
        return file;
    }

    public String model() {
        return model;
    }

    /** The first line of DuckDB's message ("Binder Error: Referenced column ... not found"). */
    public String engineLine() {
        String message = String.valueOf(getCause().getMessage()).strip();
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end).strip();
        return line.replaceAll("[.!]+$", "");
    }
}
