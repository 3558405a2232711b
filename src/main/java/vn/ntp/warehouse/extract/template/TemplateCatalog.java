package vn.ntp.warehouse.extract.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.ntp.warehouse.config.YamlConfig;


/**
 * The template descriptors of {@code jobs/templates/}, loaded once per run. Every file reads as an
 * {@link AnnexTemplate} (its common sections: family, form code, metadata, header); a family whose
 * columns and rows differ from Biểu 01's reads its file again as its own descriptor record with
 * {@link #descriptor(String, Class)}.
 */
public final class TemplateCatalog {
    private final List<AnnexTemplate> templates;
    private final Map<String, Path> fileByFamily;

    private TemplateCatalog(List<AnnexTemplate> templates, Map<String, Path> fileByFamily) {
        this.templates = templates;
        this.fileByFamily = fileByFamily;
    }

    public static TemplateCatalog load(Path templatesDir) {
        try (Stream<Path> files = Files.list(templatesDir)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            List<AnnexTemplate> loaded = new java.util.ArrayList<>();
            Map<String, Path> fileByFamily = new LinkedHashMap<>();
            for (Path p : yaml) {
                AnnexTemplate template = YamlConfig.read(p, AnnexTemplate.class);
                loaded.add(template);
                fileByFamily.putIfAbsent(template.family(), p);
            }
            return new TemplateCatalog(List.copyOf(loaded), fileByFamily);
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

    /**
     * The family's template file read as the family's own descriptor record (snake_case YAML keys
     * to record components; a key the record lacks is ignored, a component the file lacks is null).
     */
    public <T> T descriptor(String family, Class<T> descriptorType) {
        Path file = fileByFamily.get(family);
        if (file == null) throw new IllegalArgumentException("No template for family " + family);
        return YamlConfig.read(file, descriptorType);
    }
}
