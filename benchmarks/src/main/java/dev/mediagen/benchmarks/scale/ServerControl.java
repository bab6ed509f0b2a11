package dev.mediagen.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/** Drives the job server's control endpoints (gate, stats, reset) on a connection of its own. */
final class ServerControl {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String baseUrl;

    ServerControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode stats() throws IOException {
        return MAPPER.readTree(request("GET", "/stats"));
    }

    long openGate() throws IOException {
        return MAPPER.readTree(request("POST", "/gate")).path("gate_at").asLong();
    }

    void reset(long seed) throws IOException {
        request("POST", "/reset?seed=" + seed);
    }

    private byte[] request(String method, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        connection.setRequestMethod(method);
        if (method.equals("POST")) {
            connection.setDoOutput(true);
            connection.getOutputStream().close();
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }
}
