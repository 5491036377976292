package org.condordesk.ui;

import java.lang.management.ManagementFactory;

/** With {@code -Dcondordesk.startupLog=true}, prints milestones of the start-up in ms since the JVM started. */
final class StartupLog {

    private static final boolean ON = Boolean.getBoolean("condordesk.startupLog");

    private StartupLog() {
    }

    static void mark(String milestone) {
        if (ON) {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("condordesk: " + milestone + " at " + millis + " ms");
        }
    }
}
