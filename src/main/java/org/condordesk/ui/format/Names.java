package org.condordesk.ui.format;

/** Short forms of long names for legends and compact tables. */
public final class Names {

    private Names() {
    }

    /** "Hedge 1: VIX Dec/Feb call diagonal" → "Hedge 1": the part before a short prefix's colon, else truncated. */
    /**
     * The style class of a label that shows a name and may elide it (the full name in its tooltip): names give way,
     * figures do not (issue 27 §3). The layout test allows exactly these.
     */
    public static final String GIVES_WAY = "gives-way";

    public static String shortLayerName(String name) {
        int colon = name.indexOf(':');
        String shortName = colon > 0 && colon <= 16 ? name.substring(0, colon) : name;
        return shortName.length() > 22 ? shortName.substring(0, 21) + "…" : shortName;
    }
}
