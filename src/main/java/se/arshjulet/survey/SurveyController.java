package se.arshjulet.survey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;

/**
 * {@code /enkat/{centre}}: the anonymous parent survey, open exactly while the centre's parent-survey activity is.
 * No login; nothing that identifies a parent is kept; a cookie says only that this browser has answered. Each answer
 * comes from a page view of its own: the form carries a token ({@link SurveyTokens}) taken once, from a few seconds
 * after the page was shown to some hours after; a refused token shows the form again with the answers filled in.
 */
@Controller
public class SurveyController {

  private final CentreRepository centres;
  private final Questionnaires questionnaires;
  private final SurveyWindow windows;
  private final SurveyThrottle throttle;
  private final SurveyAnswers answers;
  private final SurveyCount count;
  private final SurveyTokens tokens;

  public SurveyController(CentreRepository centres, Questionnaires questionnaires, SurveyWindow windows,
                          SurveyThrottle throttle, SurveyAnswers answers, SurveyCount count, SurveyTokens tokens) {
    this.centres = centres;
    this.questionnaires = questionnaires;
    this.windows = windows;
    this.throttle = throttle;
    this.answers = answers;
    this.count = count;
    this.tokens = tokens;
  }

  @GetMapping("/enkat/{centreId}")
  public String page(@PathVariable String centreId, @RequestParam(name = "sprak", required = false) String asked,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
    Centre centre = centre(centreId);
    Questionnaire q = questionnaires.forCounty(centre.county());
    String lang = language(q, asked, request);
    SurveyWindow.Window window = windows.now(centre);
    prepare(model, centre, q, lang, window);
    if (window.state() == SurveyWindow.State.OPEN && answered(request, centre, window.year())) {
      model.addAttribute("message", q.word("answered", lang));
    } else if (window.state() == SurveyWindow.State.OPEN) {
      showForm(model, centre, Map.of());
    } else {
      model.addAttribute("message", closedMessage(q, lang, window));
    }
    return "survey/enkat";
  }

  @PostMapping("/enkat/{centreId}")
  public String answer(@PathVariable String centreId, @RequestParam Map<String, String> posted,
                       HttpServletRequest request, HttpServletResponse response, Model model) {
    Centre centre = centre(centreId);
    Questionnaire q = questionnaires.forCounty(centre.county());
    String lang = q.language(posted.get(SurveySubmission.LANGUAGE));
    SurveyWindow.Window window = windows.now(centre);
    prepare(model, centre, q, lang, window);
    if (window.state() != SurveyWindow.State.OPEN) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("error", closedMessage(q, lang, window));
      return "survey/enkat";
    }
    if (answered(request, centre, window.year())) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("error", q.word("answered", lang));
      return "survey/enkat";
    }
    String token = posted.get(SurveySubmission.TOKEN);
    SurveyTokens.Verdict verdict = tokens.check(token, centre.id());
    if (verdict == SurveyTokens.Verdict.USED) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("error", q.word("alreadySent", lang));
      return "survey/enkat";
    }
    if (verdict != SurveyTokens.Verdict.VALID) {
      boolean young = verdict == SurveyTokens.Verdict.TOO_YOUNG;
      response.setStatus((young ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.FORBIDDEN).value());
      model.addAttribute("error", q.word(young ? "tooQuick" : "pageExpired", lang));
      showForm(model, centre, posted);
      return "survey/enkat";
    }
    SurveySubmission submission;
    try {
      submission = SurveySubmission.of(q, posted);
    } catch (SurveySubmission.Refused refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      showForm(model, centre, posted);
      return "survey/enkat";
    }
    if (!throttle.admit(request.getRemoteAddr(), centre.id())) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      model.addAttribute("error", q.word("tooMany", lang));
      return "survey/enkat";
    }
    if (!tokens.spend(token)) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("error", q.word("alreadySent", lang));
      return "survey/enkat";
    }
    answers.save(centre.id(), window.year(), Today.date(), submission);
    count.answered(centre.id(), window.year());
    response.addCookie(answeredCookie(centre, window.year()));
    model.addAttribute("message", q.word("thanks", lang));
    return "survey/enkat";
  }

  /**
   * The form, with a new page view's token and the answers posted before (a refused answer is not lost: its form comes
   * back filled in, to send again).
   */
  private void showForm(Model model, Centre centre, Map<String, String> posted) {
    model.addAttribute("showForm", true);
    model.addAttribute("token", tokens.issue(centre.id()));
    model.addAttribute("posted", posted);
  }

  private void prepare(Model model, Centre centre, Questionnaire q, String lang, SurveyWindow.Window window) {
    model.addAttribute("q", q);
    model.addAttribute("lang", lang);
    model.addAttribute("centre", centre.name());
    model.addAttribute("path", "/enkat/" + centre.id());
    model.addAttribute("openUntil", window.closes() == null ? "" : q.word("open", lang, day(window.closes(), lang)));
  }

  private static String closedMessage(Questionnaire q, String lang, SurveyWindow.Window window) {
    return switch (window.state()) {
      case NOT_YET -> q.word("opens", lang, day(window.opens(), lang), day(window.closes(), lang));
      case CLOSED -> q.word("closed", lang);
      default -> q.word("none", lang);
    };
  }

  private Centre centre(String centreId) {
    return centres.findById(centreId).orElseThrow(() ->
        new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND,
            "Familjecentralen finns inte."));
  }

  private static String language(Questionnaire q, String asked, HttpServletRequest request) {
    if (asked != null || request.getHeader("Accept-Language") == null) {
      return q.language(asked);
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      if (q.languages().contains(locale.getLanguage())) {
        return locale.getLanguage();
      }
    }
    return q.language(null);
  }

  private static String day(LocalDate day, String lang) {
    return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
  }

  private static String cookieName(Centre centre, int year) {
    return "enkat-" + centre.id() + "-" + year;
  }

  private static boolean answered(HttpServletRequest request, Centre centre, int year) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (cookie.getName().equals(cookieName(centre, year))) {
        return true;
      }
    }
    return false;
  }

  /** The only trace of a parent: a flag in her own browser that it has answered (a year, this page only). */
  private static Cookie answeredCookie(Centre centre, int year) {
    Cookie cookie = new Cookie(cookieName(centre, year), "1");
    cookie.setPath("/enkat/" + centre.id());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
