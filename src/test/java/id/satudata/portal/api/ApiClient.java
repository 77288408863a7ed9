package id.satudata.portal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the open API over HTTP as a client would. Each client has its own address (sent
 * in X-Forwarded-For, trusted in {@link ApiWebTest}), so rate limits do not mix.
 */
public final class ApiClient {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    private final String address;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        int n = CLIENTS.incrementAndGet();
        this.address = "10.1." + (n / 250) + "." + (n % 250 + 1);
    }

    /** An answer: status, headers and body (JSON when it is JSON). */
    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

    }

    public String address() {
        return address;
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
    }

    public Answer send(HttpRequest.Builder builder) {
        return send(builder.build());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-For", address);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
