package se.arshjulet.survey;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.arshjulet.centre.Access;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.document.PdfRenderer;
import se.arshjulet.settings.Settings;

/**
 * The survey for the centre's staff: {@code /foraldraenkat/{centre}/{year}} (count, results from five answers, the
 * quotes to choose for the report), the results as CSV and the poster with the QR code to the public page.
 */
@Controller
public class SurveyStaffController {

  private final CentreRepository centres;
  private final SurveyResultsService results;
  private final SurveyAnswers answers;
  private final SurveyWindow windows;
  private final SurveyThrottle throttle;
  private final PdfRenderer renderer;
  private final String baseUrl;

  public SurveyStaffController(CentreRepository centres, SurveyResultsService results, SurveyAnswers answers,
                               SurveyWindow windows, SurveyThrottle throttle, PdfRenderer renderer,
                               Settings settings) {
    this.centres = centres;
    this.results = results;
    this.answers = answers;
    this.windows = windows;
    this.throttle = throttle;
    this.renderer = renderer;
    this.baseUrl = settings.baseUrl();
  }

  @GetMapping("/foraldraenkat/{centreId}/{year}")
  public String page(@PathVariable String centreId, @PathVariable int year, Authentication user, Model model) {
    Centre centre = Access.centre(centres, centreId, user);
    model.addAttribute("centre", centre);
    model.addAttribute("year", year);
    model.addAttribute("results", results.of(centre, year));
    model.addAttribute("minimum", SurveyResults.MINIMUM);
    model.addAttribute("quotes", answers.quotes(centre.id(), year));
    model.addAttribute("refused", throttle.refusedFor(centre.id()));
    model.addAttribute("window", windows.now(centre));
    model.addAttribute("publicUrl", publicUrl(centre));
    return "survey/resultat";
  }

  @PostMapping("/foraldraenkat/{centreId}/{year}/citat")
  public String choose(@PathVariable String centreId, @PathVariable int year,
                       @RequestParam(name = "valda", required = false) List<String> chosen, Authentication user) {
    Centre centre = Access.centre(centres, centreId, user);
    answers.choose(centre.id(), year, chosen == null ? List.of() : chosen);
    return "redirect:/foraldraenkat/" + centre.id() + "/" + year;
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/foraldraenkat.csv")
  @ResponseBody
  public ResponseEntity<String> csv(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = Access.centre(centres, centreId, user);
    SurveyResults survey = results.of(centre, year);
    StringBuilder csv = new StringBuilder("mal;pastaende;svar;stammer_helt;stammer_ganska_bra;stammer_ganska_daligt;"
        + "stammer_inte_alls;vet_ej;andel_positiva\n");
    if (survey.shown()) {
      for (SurveyResults.Row row : survey.rows()) {
        csv.append(cell(row.goal())).append(';').append(cell(row.statement())).append(';').append(survey.answers());
        row.counts().values().forEach(count -> csv.append(';').append(count));
        csv.append(';').append(row.dontKnow()).append(';')
            .append(row.positive() == null ? "" : String.format(Locale.ROOT, "%.3f", row.positive())).append('\n');
      }
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("foraldraenkat-" + centre.id() + "-" + year + ".csv").build().toString())
        .body(csv.toString());
  }

  @GetMapping("/api/centres/{centreId}/years/{year}/enkat-affisch.pdf")
  @ResponseBody
  public ResponseEntity<byte[]> poster(@PathVariable String centreId, @PathVariable int year, Authentication user) {
    Centre centre = Access.centre(centres, centreId, user);
    SurveyWindow.Window window = windows.now(centre);
    String url = publicUrl(centre);
    byte[] pdf = renderer.pdf("survey/affisch", Map.of("centre", centre.name(), "url", url,
        "weeks", weeks(window), "qr", QrCode.svg(url, 70, "QR-kod till enkäten")), "Affisch " + centre.name());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("enkat-affisch-" + centre.id() + "-" + year + ".pdf").build().toString())
        .body(pdf);
  }

  private String publicUrl(Centre centre) {
    return baseUrl + "/enkat/" + centre.id();
  }

  private static String weeks(SurveyWindow.Window window) {
    if (window.opens() == null) {
      return "";
    }
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv"));
    int from = window.opens().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    int to = window.closes().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return "Vecka " + from + (to == from ? "" : "–" + to) + ": " + window.opens().format(day) + " – "
        + window.closes().format(day) + " " + window.closes().getYear();
  }

  private static String cell(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
