package vn.ntp.warehouse.config;

import java.net.URI;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.message.ParameterizedMessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.log4j.spi.ThreadContextMap;
import org.apache.logging.slf4j.MDCContextMap;
import org.apache.logging.slf4j.SLF4JLogger;
import org.slf4j.LoggerFactory;

/**
 * Routes the libraries that log through log4j-api (Apache POI) to logback, as the log4j-to-slf4j bridge does, but
 * with the level checked before a log builder is made. With logback below it, the bridge defers that check to
 * {@code log()} (for logback's marker filters, which this project does not use), so each disabled debug line of POI
 * still built its message: 4 % of the extraction's time on a season with 10 % of {@code .xls} files. Chosen by
 * {@code log4j.provider} in {@code log4j2.component.properties}.
 */
public final class LevelFirstLog4jProvider extends Provider {
    private static final LoggerContextFactory FACTORY = new Factory();

    public LevelFirstLog4jProvider() {
        super(15, CURRENT_VERSION);
    }

    @Override
    public LoggerContextFactory getLoggerContextFactory() {
        return FACTORY;
    }

    @Override
    public ThreadContextMap getThreadContextMapInstance() {
        return new MDCContextMap();
    }

    /** The bridge's logger, with a disabled level answered by log4j's no-op builder. */
    static final class LevelFirstLogger extends SLF4JLogger {
        LevelFirstLogger(String name, MessageFactory messages) {
            super(name, messages, LoggerFactory.getLogger(name));
        }

        @Override
        public LogBuilder atLevel(Level level) {
            return isEnabled(level) ? super.atLevel(level) : LogBuilder.NOOP;
        }
    }

    private static final class Context implements LoggerContext {
        private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return getLogger(name, ParameterizedMessageFactory.INSTANCE);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messages) {
            MessageFactory factory = messages == null ? ParameterizedMessageFactory.INSTANCE : messages;
            ExtendedLogger logger = loggers.getLogger(name, factory);
            if (logger != null) return logger;
            loggers.putIfAbsent(name, factory, new LevelFirstLogger(name, factory));
            return loggers.getLogger(name, factory);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messages) {
            return loggers.hasLogger(name, messages);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messages) {
            return loggers.hasLogger(name, messages);
        }
    }

    private static final class Factory implements LoggerContextFactory {
        private final LoggerContext context = new Context();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
            return context;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                URI configLocation, String name) {
            return context;
        }

        @Override
        public void removeContext(LoggerContext removed) {
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }
}
