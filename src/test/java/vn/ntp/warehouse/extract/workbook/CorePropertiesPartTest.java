package vn.ntp.warehouse.extract.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorePropertiesPartTest {

    /** The field-by-field reading gives what Instant.parse gives, or null where it refuses. */
    @ParameterizedTest
    @ValueSource(strings = {"2024-07-10T08:15:00Z", "2024-02-29T23:59:59Z", "2023-02-29T10:00:00Z", "2024-07-10T24:00:00Z",
            "2024-06-30T23:59:60Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "0000-01-01T00:00:00Z",
            "2024-07-10T08:15:00.5Z", "2024-07-10T08:15:00+07:00", "2024-07-10 08:15:00Z", "2024-07-1OT08:15:00Z",
            "2024-07-10T08:61:00Z", "2024-04-31T08:15:00Z", "", "2024-07-10"})
    void readsAsInstantParseDoes(String text) {
        assertThat(CorePropertiesPart.instant(text)).as(text).isEqualTo(parsed(text));
    }

    @Test
    void everySecondOfADayAndEveryDayOfALeapYear() {
        for (int s = 0; s < 86_400; s += 7) {
            String text = "2024-02-29T%02d:%02d:%02dZ".formatted(s / 3600, s / 60 % 60, s % 60);
            assertThat(CorePropertiesPart.instant(text)).isEqualTo(Instant.parse(text));
        }
        for (Instant day = Instant.parse("2024-01-01T00:00:00Z"); day.isBefore(Instant.parse("2025-01-01T00:00:00Z"));
                day = day.plusSeconds(86_400)) {
            assertThat(CorePropertiesPart.instant(day.toString())).isEqualTo(day);
        }
    }

    private static Instant parsed(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
