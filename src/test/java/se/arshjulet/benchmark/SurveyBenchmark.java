package se.arshjulet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.SurveyPage;
import se.arshjulet.survey.SurveyClock;

/**
 * 1,000 parents answer one centre's survey at once: 250 phones (each its own loopback address, 127.0.0.2 and up, so
 * the throttle per source sees them as different parents) send four answers each over 16 connections in parallel,
 * each answer from a page view of its own (its token fetched before the clock starts, the survey's clock then moved
 * past the answer's minimum age).
 * Prints the wall time and checks every answer was kept, none twice, with the product's default limits.
 * Not part of the normal test run: {@code mvn -B test -Pbenchmark -Dtest=SurveyBenchmark}.
 */
class SurveyBenchmark extends EngineTest {

  private static final int PHONES = 250;
  private static final int ANSWERS_EACH = 4;

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  SurveyClock clock;

  @Test
  void aThousandAnswersToOneCentre() throws Exception {
    startYear(centre("bench-enkat", LocalDate.of(2020, 1, 1), Unit.values()), 2026).runUntil("2026-11-04T10:00");
    List<String> pages = new ArrayList<>();
    for (int i = 0; i <= PHONES * ANSWERS_EACH; i++) {
      pages.add(SurveyPage.token(rest.getForEntity("/enkat/bench-enkat", String.class).getBody()));
    }
    clock.advance(Duration.ofSeconds(30));
    send("127.0.0.2", "valkommen=4&token=" + pages.get(PHONES * ANSWERS_EACH));

    ExecutorService pool = Executors.newFixedThreadPool(16);
    long start = System.nanoTime();
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int phone = 0; phone < PHONES; phone++) {
      String source = "127.0." + (1 + (phone + 3) / 254) + "." + (1 + (phone + 3) % 254);
      for (int i = 0; i < ANSWERS_EACH; i++) {
        String body = "valkommen=" + (1 + (phone + i) % 4) + "&bemotande=vet-ej&sprak=sv&token="
            + pages.get(phone * ANSWERS_EACH + i);
        statuses.add(pool.submit(() -> send(source, body)));
      }
    }
    long ok = 0;
    for (Future<Integer> status : statuses) {
      ok += status.get() == 200 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    long rows = jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_answer WHERE centre_id = 'bench-enkat'")
        .query(Long.class).single();
    long distinct = jdbc.sql("SELECT COUNT(DISTINCT id) FROM arshjul_survey_answer WHERE centre_id = 'bench-enkat'")
        .query(Long.class).single();
    System.out.printf("%n== parent survey: %d answers to one centre from %d phones in %.1f s (%.0f answers/s); "
        + "200 OK: %d; kept: %d (distinct %d, with the warm-up answer) ==%n", PHONES * ANSWERS_EACH, PHONES, seconds,
        PHONES * ANSWERS_EACH / seconds, ok, rows, distinct);
    assertThat(ok).isEqualTo(PHONES * ANSWERS_EACH);
    assertThat(rows).isEqualTo(distinct).isEqualTo(PHONES * ANSWERS_EACH + 1);
    assertThat(seconds).as("within a minute").isLessThan(60);
  }

  /** One answer as a phone sends it: a plain HTTP POST from the given local address; returns the status. */
  private int send(String source, String body) throws Exception {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /enkat/bench-enkat HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
          + "application/x-www-form-urlencoded\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Integer.parseInt(response.substring(9, 12));
    }
  }
}
