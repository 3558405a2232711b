package vn.ntp.warehouse.extract.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The template descriptors of {@code jobs/templates/}, loaded once per run. */
public final class TemplateCatalog {
    private final List<AnnexTemplate> templates;

    private TemplateCatalog(List<AnnexTemplate> templates) {
        this.templates = templates;
    }

    public static TemplateCatalog load(Path templatesDir) {
        YAMLMapper mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (Stream<Path> files = Files.list(templatesDir)) {
            List<AnnexTemplate> loaded = files
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> mapper.readValue(p.toFile(), AnnexTemplate.class))
                    .toList();
            return new TemplateCatalog(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates in " + templatesDir, e);
        }
    }

    public List<AnnexTemplate> all() {
        return templates;
    }

    public AnnexTemplate family(String family) {
        return templates.stream().filter(t -> t.family().equals(family)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No template for family " + family));
    }
}
