package se.arshjulet.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests to a running product over HTTP with Basic authentication, and their latency percentiles. */
final class HttpMeasure {

  private static final int WARM_UP = 30;

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  HttpMeasure(int port) {
    this.port = port;
  }

  /** Prints p50/p95/p99 of {@code samples} GETs after a warm-up; returns p95 in milliseconds. */
  double measure(String what, String user, String password, String path, int samples) throws Exception {
    for (int i = 0; i < Math.min(WARM_UP, samples); i++) {
      get(path, user, password);
    }
    List<Double> millis = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      bytes = get(path, user, password).length;
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf("%-58s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d bytes)%n", what, percentile(millis, 50),
        percentile(millis, 95), percentile(millis, 99), bytes);
    return percentile(millis, 95);
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
  }

  long count(String path, String user, String password) throws Exception {
    Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(text("GET", path, user, password, null));
    if (!count.find()) {
      throw new IllegalStateException("No count from " + path);
    }
    return Long.parseLong(count.group(1));
  }

  static String firstId(String json) {
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!id.find()) {
      throw new IllegalStateException("No such filter: " + json);
    }
    return id.group(1);
  }

  byte[] get(String path, String user, String password) throws Exception {
    return send("GET", path, user, password, null).body();
  }

  String text(String method, String path, String user, String password, String yaml) throws Exception {
    return new String(send(method, path, user, password, yaml).body(), StandardCharsets.UTF_8);
  }

  private HttpResponse<byte[]> send(String method, String path, String user, String password, String yaml)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", path.startsWith("/actuator/") ? "text/plain" : "application/json, text/html");
    if (yaml != null) {
      request.header("Content-Type", "application/yaml").method(method, HttpRequest.BodyPublishers.ofString(yaml));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    return response;
  }
}
