package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.chain.ExpiryQuotes;
import org.condordesk.chain.ForwardFit;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ChainFile;

/** What the chain commands share: reading the file with a one-line error, and the rate flag's default. */
final class ChainFiles {

    private ChainFiles() {
    }

    static ChainFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(file.toString(), "no such file");
        }
        return ChainCsv.read(file);
    }

    /** The {@code --rate} given, or the rate the expiry's own put–call parity implies. */
    static double rate(Double flag, ExpiryQuotes expiry) {
        return flag != null ? flag : ForwardFit.fit(expiry).rate(expiry.years());
    }
}
