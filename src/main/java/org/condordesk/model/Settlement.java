package org.condordesk.model;

import java.time.LocalTime;

/** When an SPX option settles on its expiry date (America/New_York): AM at the open, PM at the close. */
public enum Settlement {
    AM(LocalTime.of(9, 30)), PM(LocalTime.of(16, 0));

    private final LocalTime timeOfDay;

    Settlement(LocalTime timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    /** Settlement clock time on the expiry date, New York time. */
    public LocalTime timeOfDay() {
        return timeOfDay;
    }
}
