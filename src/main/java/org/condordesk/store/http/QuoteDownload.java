package org.condordesk.store.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.CboeDelayedJson;
import org.condordesk.store.csv.ChainFile;

/**
 * A chain over HTTP in Cboe's delayed-quotes JSON layout (docs/formats.md), through {@code java.net.http.HttpClient}:
 * the JVM's proxy settings ({@link ProxySelector#getDefault()}: {@code https.proxyHost}, or the OS's with
 * {@code -Djava.net.useSystemProxies=true}), a connect timeout, a deadline for the whole answer (a slow body is cut
 * off), and a cap on its size. Every failure is one line naming the address. Cboe's data is delayed about 15 minutes
 * and meant for personal use: CondorDesk asks only when the user does (docs/user-guide.md).
 */
public final class QuoteDownload {

    /** Cboe's delayed-quotes address of the SPX (SPX and SPXW) and VIX (VIX and VIXW) option chains. */
    public static final URI CBOE_SPX = URI.create("https://cdn.cboe.com/api/global/delayed_quotes/options/_SPX.json");
    public static final URI CBOE_VIX = URI.create("https://cdn.cboe.com/api/global/delayed_quotes/options/_VIX.json");

    /** The connect timeout, the deadline for the whole answer, and the largest answer read (bytes). */
    public record Limits(Duration connectTimeout, Duration totalTimeout, long maxBytes) {
        public Limits {
            Check.present("connectTimeout", connectTimeout);
            Check.present("totalTimeout", totalTimeout);
            Check.between("maxBytes", maxBytes, 1, Integer.MAX_VALUE - 8);
        }

        /** 10 s to connect, 60 s for the answer, 100 MB (a full SPX chain was about 15 MB in 2025). */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(60), 100L << 20);
        }
    }

    private final Limits limits;
    private final HttpClient client;

    public QuoteDownload(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().proxy(ProxySelector.getDefault()).connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The default address of an underlying: {@code SPX} or {@code VIX}. */
    public static URI cboe(String underlying) {
        return switch (underlying.toUpperCase(Locale.ROOT)) {
            case "SPX" -> CBOE_SPX;
            case "VIX" -> CBOE_VIX;
            default -> throw new ValidationException("--underlying", "must be SPX or VIX, got " + underlying);
        };
    }

    /** The chain at {@code uri}; a {@link ValidationException} naming the address on any failure. */
    public ChainFile chain(URI uri) throws IOException {
        byte[] body = get(uri);
        return CboeDelayedJson.read(new ByteArrayInputStream(body), uri.toString());
    }

    /** The body of a 200 answer to a GET of {@code uri}, within the limits. */
    public byte[] get(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ValidationException(uri.toString(), "is not an http:// or https:// address");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.totalTimeout()).header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::handle);
        HttpResponse<byte[]> response;
        try {
            response = answer.get(limits.totalTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw failure(uri, "no complete answer within " + limits.totalTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(uri, "interrupted");
        } catch (ExecutionException e) {
            throw failure(uri, reason(e.getCause()));
        }
        if (response.statusCode() != 200) {
            throw failure(uri, new StatusException(response.statusCode()).getMessage());
        }
        return response.body();
    }

    private HttpResponse.BodySubscriber<byte[]> handle(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new Capped(limits.maxBytes());
    }

    private static ValidationException failure(URI uri, String reason) {
        return new ValidationException(uri.toString(), reason);
    }

    private String reason(Throwable cause) {
        if (cause instanceof StatusException status) {
            return status.getMessage();
        }
        if (cause instanceof TooLarge) {
            return "the answer is larger than " + (limits.maxBytes() >> 20) + " MB";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + limits.connectTimeout().toSeconds() + " s";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + limits.totalTimeout().toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect (" + (cause.getMessage() == null ? "refused" : cause.getMessage()) + ")";
        }
        if (cause instanceof EOFException || (cause != null && cause.getMessage() != null
                && cause.getMessage().contains("EOF"))) {
            return "the connection closed before the whole answer arrived";
        }
        return cause == null ? "failed" : cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                : ": " + cause.getMessage().lines().findFirst().orElse(""));
    }

    /** An answer other than 200. */
    private static final class StatusException extends IOException {
        private static final long serialVersionUID = 1L;

        StatusException(int status) {
            super("HTTP " + status + (status == 404 ? " (not found)" : status >= 500 ? " (server error)" : ""));
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A body read into memory up to {@code max} bytes; past that the download is cancelled. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        private final long max;
        private Flow.Subscription subscription;

        Capped(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
