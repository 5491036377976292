package org.condordesk.ui.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The window's background workers: one named thread each (the name shows in a thread dump and a profiler), a daemon
 * so that work still queued never keeps the JVM alive once the window has closed.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A single worker thread called {@code name}. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    /** A single worker thread called {@code name} that can also run work later. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
