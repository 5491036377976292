package org.condordesk.ui.chain;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.condordesk.model.ValidationException;
import org.condordesk.store.InputFiles;
import org.condordesk.store.csv.CboeDelayedJson;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.store.http.QuoteDownload;

/**
 * Where a ladder's quotes come from (issue 31 §3), read again on Refresh: a chain file (CSV layouts or the delayed-quotes
 * JSON), a folder whose newest chain file is read (a watched folder: a new snapshot landing there is the next
 * refresh), or Cboe's delayed-quotes JSON over HTTP. Reading blocks: call it on a worker.
 */
public sealed interface QuoteSource {

    /** The chain now at the source. */
    ChainFile read() throws IOException;

    /** How the window names it. */
    String describe();

    static QuoteSource of(Path path) {
        return Files.isDirectory(path) ? new Folder(path) : new File(path);
    }

    /** A chain file: {@code .json} in the delayed-quotes layout, anything else a CSV layout. */
    record File(Path path) implements QuoteSource {
        @Override
        public ChainFile read() throws IOException {
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                try (InputStream in = InputFiles.open(path, QuoteDownload.Limits.defaults().maxBytes())) {
                    return CboeDelayedJson.read(in, path.toString());
                }
            }
            return ChainCsv.read(path);
        }

        @Override
        public String describe() {
            return path.getFileName().toString();
        }
    }

    /** The newest {@code .csv} or {@code .json} file of a folder (by modification time). */
    record Folder(Path folder) implements QuoteSource {
        @Override
        public ChainFile read() throws IOException {
            return new File(newest().orElseThrow(() -> new ValidationException(folder.toString(),
                    "has no .csv or .json chain file"))).read();
        }

        Optional<Path> newest() throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile).filter(p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".csv") || name.endsWith(".json");
                }).max(Comparator.comparing((Path p) -> {
                    try {
                        return Files.getLastModifiedTime(p);
                    } catch (IOException e) {
                        return java.nio.file.attribute.FileTime.fromMillis(0);
                    }
                }).thenComparing(Path::toString));
            }
        }

        @Override
        public String describe() {
            return folder.getFileName() + "/ (newest file)";
        }
    }

    /** Cboe's delayed-quotes JSON (or another address in that layout). */
    record Url(URI uri) implements QuoteSource {
        @Override
        public ChainFile read() throws IOException {
            return new QuoteDownload(QuoteDownload.Limits.defaults()).chain(uri);
        }

        @Override
        public String describe() {
            return uri.getHost() + " (delayed ~15 min)";
        }
    }
}
