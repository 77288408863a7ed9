package id.satudata.portal.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Fetches a connector's URL into a temporary file, the whole exchange (connect, headers,
 * body) bounded by the connector's timeout, so a hanging remote costs at most that.
 */
@Component
class PullFetcher {

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();

    /** A fetched body (a temporary file the caller deletes) and its HTTP status. */
    record Fetched(int status, Path body) {
    }

    Fetched fetch(String url, String accept, int timeoutSeconds) throws IOException, TimeoutException {
        Path file = Files.createTempFile("satudata-pull-", ".body");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .header("Accept", accept)
            .header("User-Agent", "SatuData-Hub/1")
            .GET()
            .build();
        CompletableFuture<HttpResponse<Path>> response = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofFile(file));
        try {
            return new Fetched(response.get(timeoutSeconds, TimeUnit.SECONDS).statusCode(), file);
        }
        catch (TimeoutException e) {
            response.cancel(true);
            Files.deleteIfExists(file);
            throw e;
        }
        catch (ExecutionException e) {
            Files.deleteIfExists(file);
            // the client's own request timeout can fire first: the same outcome for the
            // attempt
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException(e.getCause().getMessage());
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Files.deleteIfExists(file);
            throw new IOException("interrupted", e);
        }
    }

}
