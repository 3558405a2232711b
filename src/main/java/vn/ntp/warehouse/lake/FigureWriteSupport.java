package vn.ntp.warehouse.lake;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jerolba.carpet.io.OutputStreamOutputFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

import vn.ntp.warehouse.extract.Figure;

/**
 * Writes figures as rows of their dataset, straight from the figure and its file's ledger row: no row object
 * is built. The file's submission is set with {@link #file} before its figures are written.
 */
final class FigureWriteSupport extends WriteSupport<Figure> {
    private final FigureDataset dataset;
    private final String batchId;
    private final List<FigureDataset.Column> columns;
    /**
     * Per column, the last text written and its UTF-8 bytes: most texts repeat on the next figure (the file's
     * identity on all of them, a line's keys on each of its measures, the sheet), and an equality test is cheaper
     * than encoding again or looking the text up in a map.
     */
    private final String[] lastText;
    private final Binary[] lastEncoded;
    private RecordConsumer consumer;
    private SubmissionRow file;

    FigureWriteSupport(FigureDataset dataset, String batchId) {
        this.dataset = dataset;
        this.batchId = batchId;
        this.columns = dataset.columns();
        this.lastText = new String[columns.size()];
        this.lastEncoded = new Binary[columns.size()];
    }

    /**
     * A Parquet writer of figures to {@code out}, with the settings of the lake's record files (LakeWriter): a
     * chunk's file is short-lived (compaction rewrites the partition with DuckDB, which adds dictionaries and
     * statistics), so none are computed here.
     */
    ParquetWriter<Figure> writer(OutputStream out) throws IOException {
        return new Builder(out, this).withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.ZSTD).withDictionaryEncoding(false).withStatisticsEnabled(false)
                .withSizeStatisticsEnabled(false).withPageWriteChecksumEnabled(false).build();
    }

    private static final class Builder extends ParquetWriter.Builder<Figure, Builder> {
        private final FigureWriteSupport support;

        Builder(OutputStream out, FigureWriteSupport support) {
            super(new OutputStreamOutputFile(out));
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Figure> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<Figure> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }

    /** The file whose figures are written next: its ledger row gives the identity columns. */
    void file(SubmissionRow submission) {
        this.file = submission;
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(dataset.schema(), Map.of());
    }

    /** Without Hadoop's configuration: building one per file (it parses its default XML) was a tenth of the writing. */
    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(dataset.schema(), Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Figure figure) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            FigureDataset.Column column = columns.get(i);
            switch (column.fill()) {
                case YEAR -> integer(column, i, file.periodYear());
                case ROW_NUMBER -> integer(column, i, figure.rowNumber());
                case VALUE -> decimal(column, i, figure.value());
                default -> string(column, i, text(column, figure));
            }
        }
        consumer.endMessage();
    }

    private String text(FigureDataset.Column column, Figure figure) {
        return switch (column.fill()) {
            case SUBMISSION -> file.submissionId();
            case BATCH -> batchId;
            case SOURCE_FILE -> file.sourceFile();
            case PROGRAM -> file.programCode();
            case PERIOD_TYPE -> file.periodType();
            case PERIOD_LABEL -> file.periodLabel();
            case UNIT_CODE -> file.unitCode();
            case UNIT_NAME -> file.unitName();
            case FORM -> figure.form();
            case KEY -> figure.key(column.key());
            case MEASURE -> figure.measure();
            case ORIGINAL_TEXT -> figure.originalText();
            case ORIGINAL_UNIT -> figure.originalUnit();
            case SHEET -> figure.sheet();
            case CELL -> figure.cellRef();
            case YEAR, ROW_NUMBER, VALUE -> throw new IllegalStateException(column.name() + " is not text");
        };
    }

    private void string(FigureDataset.Column column, int index, String value) {
        if (value == null) return;
        consumer.startField(column.name(), index);
        consumer.addBinary(encoded(index, value));
        consumer.endField(column.name(), index);
    }

    private Binary encoded(int index, String value) {
        if (!value.equals(lastText[index])) {
            lastText[index] = value;
            lastEncoded[index] = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
        }
        return lastEncoded[index];
    }

    private void integer(FigureDataset.Column column, int index, int value) {
        consumer.startField(column.name(), index);
        consumer.addInteger(value);
        consumer.endField(column.name(), index);
    }

    /** decimal(18, 6) as its unscaled long; the figure was rounded to six decimals when it was read. */
    private void decimal(FigureDataset.Column column, int index, BigDecimal value) {
        if (value == null) return;
        consumer.startField(column.name(), index);
        consumer.addLong(value.setScale(Figure.SCALE).unscaledValue().longValueExact());
        consumer.endField(column.name(), index);
    }
}
