package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalDouble;

import org.condordesk.chain.ExpiryQuotes;
import org.condordesk.chain.ForwardFit;
import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.SaveTargets;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ChainCsvWriter;
import org.condordesk.store.http.QuoteDownload;
import org.condordesk.store.csv.ChainFile;

/** What the chain commands share: reading the file with a one-line error, and the rate flag's default. */
final class ChainFiles {

    private ChainFiles() {
    }

    /** The chain of {@code file}, or over HTTP from {@code url} ("" for Cboe's address of {@code underlying}). */
    static ChainFile read(Path file, String url, String underlying) throws IOException {
        if (file != null && url != null) {
            throw new ValidationException("--url", "give a chain FILE or --url, not both");
        }
        if (file == null && url == null) {
            throw new ValidationException("chain", "needs a chain FILE or --url [URL]");
        }
        return file != null ? read(file) : new QuoteDownload(QuoteDownload.Limits.defaults()).chain(address(url, underlying));
    }

    /** {@code url}, or Cboe's delayed-quotes address of {@code underlying} when it is empty. */
    static URI address(String url, String underlying) {
        if (url == null || url.isBlank()) {
            return QuoteDownload.cboe(underlying);
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException("--url", "'" + url + "' is not an address");
        }
    }

    /**
     * The chain written as a long-layout CSV through the guarded path (docs/library.md, "Writing files"): never a
     * folder, a device or a library; an existing file that is not a text .csv is refused (issue 26 §2).
     */
    static void save(Path target, ChainFile chain) throws IOException {
        if (Files.isDirectory(target)) {
            throw new ValidationException("--save", target + " is a folder");
        }
        try {
            SaveTargets.write(target, ChainCsvWriter.longLayout(chain.chain()).getBytes(StandardCharsets.UTF_8),
                    SaveTargets.Kind.CSV, false, java.util.List.of());
        } catch (ValidationException e) {
            throw new ValidationException("--save", e.getMessage());
        }
    }

    static ChainFile read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ValidationException(file.toString(), "is a directory, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // /dev/zero, a FIFO: "no such file" was wrong, and reading one would never end.
            throw new ValidationException(file.toString(), "is not a regular file (a device, FIFO or socket)");
        }
        if (!Files.exists(file)) {
            throw new ValidationException(file.toString(), "no such file");
        }
        return ChainCsv.read(file);
    }

    /** The {@code --rate} flag checked (a continuous rate from -10 % to 50 %); empty when it is not given. */
    static OptionalDouble rateFlag(Double flag) {
        return flag == null ? OptionalDouble.empty() : OptionalDouble.of(Check.between("--rate", flag, -0.1, 0.5));
    }

    /** The {@code --rate} given, or the rate the expiry's own put–call parity implies. */
    static double rate(OptionalDouble flag, ExpiryQuotes expiry) {
        return flag.isPresent() ? flag.getAsDouble() : ForwardFit.fit(expiry).rate(expiry.years());
    }
}
