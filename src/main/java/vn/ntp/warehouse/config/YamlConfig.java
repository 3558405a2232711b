package vn.ntp.warehouse.config;

import java.nio.file.Path;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How every configuration file under {@code jobs/} is read: YAML with snake_case keys mapped onto
 * records; keys a record does not know are ignored, so files can carry comments-as-data for people.
 */
public final class YamlConfig {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YamlConfig() {
    }

    public static <T> T read(Path file, Class<T> type) {
        return MAPPER.readValue(file.toFile(), type);
    }

    /** A file that ships with the product (a classpath resource), read the same way. */
    public static <T> T read(java.io.InputStream in, Class<T> type) {
        return MAPPER.readValue(in, type);
    }
}
