package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.ntp.warehouse.config.YamlConfig;

/** Reads the warehouse's YAML configuration files, failing the build with the file's name. */
final class Yaml {

    private Yaml() {
    }

    static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new WarehouseBuildException("configuration file not found: " + file);
        }
        try {
            return YamlConfig.read(file, type);
        } catch (RuntimeException e) {
            throw new WarehouseBuildException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
