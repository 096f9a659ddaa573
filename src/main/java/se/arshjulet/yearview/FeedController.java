package se.arshjulet.yearview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.settings.Settings;

/**
 * Calendar subscriptions: {@code POST /api/feeds?centre=&role=} gives a logged-in user a secret feed URL,
 * {@code GET /kalender/{token}.ics} serves the current and the coming year without a password, and
 * {@code DELETE /api/feeds/{token}} revokes it (then the feed answers 401).
 */
@RestController
public class FeedController {

  private final FeedTokens tokens;
  private final FeedSubscriptions subscriptions;
  private final CentreRepository centres;
  private final CentreYearView years;
  private final String baseUrl;

  public FeedController(FeedTokens tokens, FeedSubscriptions subscriptions, CentreRepository centres,
                        CentreYearView years, Settings settings) {
    this.tokens = tokens;
    this.subscriptions = subscriptions;
    this.centres = centres;
    this.years = years;
    this.baseUrl = settings.baseUrl();
  }

  @PostMapping("/api/feeds")
  public Map<String, String> create(@RequestParam String centre, @RequestParam(defaultValue = "alla") String role,
                                    Authentication user) {
    FeedSubscriptions.Subscription subscription = subscriptions.create(user, centre, role);
    return Map.of("url", subscription.url(), "webcal", subscription.webcal(), "token", subscription.token());
  }

  @DeleteMapping("/api/feeds/{token}")
  public ResponseEntity<Void> revoke(@PathVariable String token, Authentication user) {
    FeedTokens.Feed feed = tokens.find(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Centre centre = centres.findById(feed.centreId()).orElseThrow();
    Access.ownerOrCounty(user, feed.username(), centre.county());
    tokens.revoke(token);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/kalender/{token}.ics")
  public ResponseEntity<String> feed(@PathVariable String token) {
    FeedTokens.Feed feed = tokens.valid(token).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Kalenderlänken gäller inte längre."));
    Centre centre = centres.findById(feed.centreId()).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Kalenderlänken gäller inte längre."));
    int thisYear = Today.year();
    List<CalendarFeed.Entry> entries = new ArrayList<>();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      int cycle = year;
      years.instance(centre.id(), year).ifPresent(instance -> years.activities(instance, cycle).stream()
          .filter(activity -> "alla".equals(feed.role()) || feed.role().equals(activity.role()))
          .forEach(activity -> entries.add(new CalendarFeed.Entry(centre.id(), centre.name(), cycle, activity))));
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .body(CalendarFeed.ics("Årshjul – " + centre.name(), entries, baseUrl));
  }
}
