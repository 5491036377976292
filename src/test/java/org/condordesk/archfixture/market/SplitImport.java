package org.condordesk.archfixture.market;

import org.condordesk.archfixture.
        risk.Engine;

/** Fixture, evasion 2: an import split over two lines did not match the regex checker's import pattern. */
public final class SplitImport {
    int value() {
        return Engine.value();
    }
}
