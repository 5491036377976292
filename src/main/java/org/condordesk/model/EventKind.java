package org.condordesk.model;

/** Scheduled market events a short-vol trader watches. */
public enum EventKind {
    FOMC, CPI, PPI, OTHER
}
