package org.condordesk.model;

/** CORE holds the income trade (the condor); HEDGE holds overlays sized by the tuning slider. */
public enum LayerRole {
    CORE, HEDGE
}
