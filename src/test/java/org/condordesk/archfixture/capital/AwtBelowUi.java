package org.condordesk.archfixture.capital;

/** Fixture, evasion 6: AWT (and Swing) below ui; the regex checker looked for javafx and atlantafx only. */
public final class AwtBelowUi {
    Object colour() {
        return java.awt.Color.RED;
    }

    Object pane() {
        return new javax.swing.JPanel();
    }
}
