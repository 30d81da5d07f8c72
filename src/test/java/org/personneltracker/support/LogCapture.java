package org.personneltracker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the records a logger (and its children) publishes while attached: the app runs in the test's JVM. */
public final class LogCapture extends Handler {

    private final String logger;
    private final Predicate<LogRecord> keep;
    private final List<LogRecord> records = new ArrayList<>();

    public LogCapture(String logger, Predicate<LogRecord> keep) {
        this.logger = logger;
        this.keep = keep;
    }

    public LogCapture attach() {
        Logger.getLogger(logger).addHandler(this);
        return this;
    }

    public void detach() {
        Logger.getLogger(logger).removeHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (keep.test(r)) {
            records.add(r);
        }
    }

    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages as logged (the security log writes them complete, without parameters). */
    public synchronized List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
