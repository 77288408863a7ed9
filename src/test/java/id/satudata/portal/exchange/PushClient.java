package id.satudata.portal.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pushes to the hub over HTTP as an OPD system would. */
final class PushClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    PushClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The answer: status and JSON body (null when not JSON). */
    record Answer(int status, JsonNode json) {

        String problem() {
            return json == null || json.path("problem").isMissingNode() ? "-" : json.path("problem").asString();
        }

    }

    Answer push(String slug, String mode, String key, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest
            .newBuilder(URI.create(base + "/api/v1/datasets/" + slug + "/rows?mode=" + mode))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    Answer get(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            if (response.body() != null && response.body().startsWith("{") || response.body().startsWith("[")) {
                json = JsonMapper.shared().readTree(response.body());
            }
            return new Answer(response.statusCode(), json);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
