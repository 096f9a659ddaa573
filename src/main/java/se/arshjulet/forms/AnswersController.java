package se.arshjulet.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.CentreRepository;

/**
 * {@code GET /api/centres/{id}/years/{year}/answers}: what a centre entered in the year's forms, per activity key.
 * For the centre's own staff, the county's administrators and system administrators.
 */
@RestController
public class AnswersController {

  /** The answers of one centre-year, keyed by activity key (with {@code :<unit>} for per-unit tasks). */
  public record Answers(String centre, int year, Map<String, JsonNode> answers) {
  }

  private final CentreRepository centres;
  private final YearAnswers yearAnswers;

  public AnswersController(CentreRepository centres, YearAnswers yearAnswers) {
    this.centres = centres;
    this.yearAnswers = yearAnswers;
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/answers")
  public Answers answers(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Access.centre(centres, centreId, user);
    return new Answers(centreId, year, yearAnswers.of(centreId, year));
  }
}
