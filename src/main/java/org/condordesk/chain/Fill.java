package org.condordesk.chain;

/** The entry price a leg built from the chain records: the mid, or the executable side (buy at ask, sell at bid). */
public enum Fill {
    MID, EXECUTABLE
}
