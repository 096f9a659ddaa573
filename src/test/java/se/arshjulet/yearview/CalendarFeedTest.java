package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;

/** A coordinator subscribes once to her centre's activities; the feed is stable, and a revoked link stops working. */
class CalendarFeedTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @Test
  void theFeedHasOneEventPerActivityWithStableUidsAndARevokedTokenGets401() throws Exception {
    int thisYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    var centre = centre("feed-centre", LocalDate.of(2020, 1, 1), Unit.values());
    instances.startYear(centre, thisYear).orElseThrow();
    instances.startYear(centre, thisYear + 1).orElseThrow();
    TestRestTemplate coordinator = rest.withBasicAuth("feed-centre.c", "Test-Vinter-2026!");

    String token = json.readTree(coordinator.postForEntity("/api/feeds?centre=feed-centre&role=coordinator", null,
        String.class).getBody()).get("token").asText();
    String ics = rest.getForEntity("/kalender/" + token + ".ics", String.class).getBody();
    List<VEvent> first = events(ics);
    List<VEvent> second = events(rest.getForEntity("/kalender/" + token + ".ics", String.class).getBody());

    // RFC 5545: exactly one VERSION, and it is 2.0 (not the range "2.0;2.0"), and a PRODID.
    List<String> lines = ics.lines().toList();
    assertThat(lines).filteredOn(line -> line.startsWith("VERSION")).containsExactly("VERSION:2.0");
    assertThat(lines).filteredOn(line -> line.startsWith("PRODID")).containsExactly(
        "PRODID:-//Årshjulet//Familjecentralernas årshjul//SV");
    assertThat(new CalendarBuilder().build(new StringReader(ics)).validate().hasErrors()).isFalse();
    assertThat(first).hasSize(2 * 11); // the coordinator's eleven activities, this year and the next
    assertThat(uids(first)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(uids(second))
        .contains("feed-centre-" + thisYear + "-annual-report@arshjulet");

    coordinator.exchange("/api/feeds/" + token, HttpMethod.DELETE, null, String.class);
    assertThat(rest.getForEntity("/kalender/" + token + ".ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/kalender/not-a-token.ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void nobodyGetsAFeedOfAnotherCentre() {
    centre("feed-other", LocalDate.of(2020, 1, 1), Unit.values());
    assertThat(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .postForEntity("/api/feeds?centre=feed-other", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static List<VEvent> events(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.getComponents(Component.VEVENT);
  }

  private static List<String> uids(List<VEvent> events) {
    return events.stream().map(event -> event.getProperty(Property.UID).orElseThrow().getValue()).toList();
  }
}
