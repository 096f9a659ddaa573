package se.arshjulet.yearview;

import java.time.LocalDate;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;

/** {@code /arshjul/{centre}/{year}}: the centre's year as an årshjul (HTML page, and the picture alone as SVG). */
@Controller
public class WheelPictureController {

  private final CentreRepository centres;
  private final CentreYearView years;

  public WheelPictureController(CentreRepository centres, CentreYearView years) {
    this.centres = centres;
    this.years = years;
  }

  @GetMapping(path = "/arshjul/{centreId}/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public String page(@PathVariable String centreId, @PathVariable int year, Authentication user, Model model,
                     HttpServletRequest request, CsrfToken formToken) {
    Centre centre = readable(centreId, user);
    List<ActivityView> activities = activities(centre, year);
    // The subscription form is sent with the Tasklist session (not HTTP Basic): offered to those who have one, and
    // only then is a CSRF token made and kept in the session (a script with HTTP Basic gets no session). It is made
    // here rather than lazily when the template reaches the form, halfway through a page already streaming out.
    boolean sessionLogin = request.getSession(false) != null && formToken != null;
    if (sessionLogin) {
      formToken.getToken();
    }
    LocalDate today = today();
    YearPage.model(model, centre, year, activities, WheelPicture.svg(centre.name(), year, activities, today), today);
    model.addAttribute("feedForm", sessionLogin);
    model.addAttribute("ownRole", FeedSubscriptions.ownRole(user, centre.id()));
    return YearPage.TEMPLATE;
  }

  @GetMapping(path = "/arshjul/{centreId}/{year}/bild.svg")
  public ResponseEntity<String> picture(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = readable(centreId, user);
    return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
        .body(WheelPicture.svg(centre.name(), year, activities(centre, year), today()));
  }

  private List<ActivityView> activities(Centre centre, int year) {
    HistoricProcessInstance instance = years.instance(centre.id(), year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, centre.name() + " har inget årshjul för " + year + "."));
    return years.activities(instance, year);
  }

  private Centre readable(String centreId, Authentication user) {
    return Access.centre(centres, centreId, user);
  }

  private static LocalDate today() {
    return Today.date();
  }
}
