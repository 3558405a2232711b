package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the warehouse's YAML configuration files (snake_case keys) into records. */
final class Yaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Yaml() {
    }

    static <T> T read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new WarehouseBuildException("configuration file not found: " + file);
        }
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (RuntimeException e) {
            throw new WarehouseBuildException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
