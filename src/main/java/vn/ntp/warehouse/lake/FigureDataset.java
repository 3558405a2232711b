package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import vn.ntp.warehouse.config.YamlConfig;
import vn.ntp.warehouse.extract.Figure;

/**
 * A lake dataset of figures (one per annex family): its folder under {@code lake/} and its columns in file order,
 * each with what fills it, as {@code figure-datasets.yaml} beside this class declares them. The lake writer turns
 * each {@link Figure} into one row of its dataset with {@link FigureWriteSupport}.
 */
public record FigureDataset(String name, List<Column> columns) {

    /** What fills a column: the file's identity and lake batch, or a field of the figure. */
    public enum Fill {
        SUBMISSION, BATCH, SOURCE_FILE, PROGRAM, YEAR, PERIOD_TYPE, PERIOD_LABEL, UNIT_CODE, UNIT_NAME,
        FORM, KEY, MEASURE, VALUE, ORIGINAL_TEXT, ORIGINAL_UNIT, SHEET, CELL, ROW_NUMBER;

        /** The column's type in DuckDB (what {@code sql/01_staging} reads). */
        public String sqlType() {
            return switch (this) {
                case YEAR, ROW_NUMBER -> "integer";
                case VALUE -> "decimal(18, " + Figure.SCALE + ")";
                default -> "varchar";
            };
        }
    }

    /** A column; {@code key} is its place among the figure's keys (-1 for a column that is not a key). */
    public record Column(String name, Fill fill, int key) {
    }

    /** Every figure dataset, in the order the configuration declares them. */
    public static final List<FigureDataset> ALL = load();

    public FigureDataset {
        columns = List.copyOf(columns);
    }

    public static FigureDataset named(String name) {
        return ALL.stream().filter(d -> d.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lake dataset of figures named " + name));
    }

    /** The figure's value of a key column, by the column's name. */
    public String key(Figure figure, String column) {
        for (Column c : columns) {
            if (c.name.equals(column) && c.key >= 0) return figure.key(c.key);
        }
        throw new IllegalArgumentException("dataset " + name + " has no key column " + column);
    }

    /** The Parquet schema of the dataset's files: strings optional, year and row number required, value decimal. */
    public MessageType schema() {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column c : columns) {
            switch (c.fill) {
                case YEAR, ROW_NUMBER -> message.required(PrimitiveTypeName.INT32).named(c.name);
                case VALUE -> message.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.decimalType(Figure.SCALE, 18)).named(c.name);
                default -> message.optional(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(c.name);
            }
        }
        return message.named(name);
    }

    /** The configuration's form: dataset name to its columns (name to fill), in order. */
    record Declared(Map<String, LinkedHashMap<String, String>> datasets) {
    }

    private static List<FigureDataset> load() {
        try (InputStream in = FigureDataset.class.getResourceAsStream("figure-datasets.yaml")) {
            if (in == null) throw new IllegalStateException("figure-datasets.yaml is missing from the product");
            List<FigureDataset> datasets = new ArrayList<>();
            YamlConfig.read(in, Declared.class).datasets().forEach((name, declared) -> {
                List<Column> columns = new ArrayList<>();
                int keys = 0;
                for (var column : declared.entrySet()) {
                    Fill fill = Fill.valueOf(column.getValue().toUpperCase(Locale.ROOT));
                    columns.add(new Column(column.getKey(), fill, fill == Fill.KEY ? keys++ : -1));
                }
                datasets.add(new FigureDataset(name, columns));
            });
            return List.copyOf(datasets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure-datasets.yaml", e);
        }
    }
}
