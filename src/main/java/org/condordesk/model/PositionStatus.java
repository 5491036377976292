package org.condordesk.model;

/**
 * Whether a scenario is a plan (entries are what the trade would cost now, re-priced as it is edited) or a live
 * position (every leg carries its fills; nothing re-prices them). The names are the {@code status} values of
 * scenario files.
 */
public enum PositionStatus {
    PLAN, LIVE
}
