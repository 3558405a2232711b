package vn.ntp.warehouse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class LevelFirstLog4jProviderTest {

    /** What POI logs through log4j-api reaches logback; a disabled level makes no builder (and no message). */
    @Test
    void log4jApiLinesReachLogbackAndDisabledLevelsCostNothing() {
        Logger poi = LogManager.getLogger("org.apache.poi.hssf.model.InternalWorkbook");
        assertThat(poi).isInstanceOf(LevelFirstLog4jProvider.LevelFirstLogger.class);
        ch.qos.logback.classic.Logger logback = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(poi.getName());
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logback.addAppender(lines);
        Level before = logback.getLevel();
        try {
            logback.setLevel(Level.WARN);
            assertThat(poi.atDebug()).isSameAs(LogBuilder.NOOP);
            poi.atDebug().log("Returning SST for index={} String= {}", 3, "Dự án 1");
            poi.atWarn().log("Unknown record {}", 0x1234);
            poi.debug("not written {}", 1);
            logback.setLevel(Level.DEBUG);
            assertThat(poi.atDebug()).isNotSameAs(LogBuilder.NOOP);
            poi.atDebug().log("Returning SST for index={} String= {}", 3, "Dự án 1");
        } finally {
            logback.setLevel(before);
            logback.detachAppender(lines);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Unknown record 4660", "Returning SST for index=3 String= Dự án 1");
        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.DEBUG);
    }
}
