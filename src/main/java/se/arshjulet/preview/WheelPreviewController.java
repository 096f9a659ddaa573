package se.arshjulet.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.centre.Access;
import se.arshjulet.deployment.WheelValidationPlugin;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.settings.WheelFiles;
import se.arshjulet.wheel.WheelInstances;

/** {@code GET /api/wheels/{county}/preview?year=YYYY}: the year of a county's deployed wheel, for administrators. */
@RestController
public class WheelPreviewController {

  private static final Pattern COUNTY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;

  private final WheelInstances wheels;
  private final RepositoryService repositoryService;
  private final WheelPreview preview;
  private final WheelFiles wheelFiles;
  private final WheelValidationPlugin validation;

  public WheelPreviewController(WheelInstances wheels, RepositoryService repositoryService, WheelPreview preview,
                                WheelFiles wheelFiles, WheelValidationPlugin validation) {
    this.wheels = wheels;
    this.repositoryService = repositoryService;
    this.preview = preview;
    this.wheelFiles = wheelFiles;
    this.validation = validation;
  }

  @GetMapping("/api/wheels/{county}/preview")
  public YearPreview preview(@PathVariable String county, @RequestParam(required = false) String year,
                             Authentication user) {
    if (!COUNTY.matcher(county).matches()) {
      throw badRequest("Okänt län: '" + county + "'.");
    }
    requireAdministrator(user, county);
    int cycleYear = parseYear(year);
    ProcessDefinition definition = wheels.deployedWheel(county)
        .orElseThrow(() -> badRequest("Länet '" + county + "' har inget driftsatt årshjul."));
    YearSimulation.Result played = preview.run(bytesOf(definition), cycleYear);
    return new YearPreview(county, cycleYear, definition.getId(), definition.getVersion(), played.tasks(),
        played.emails());
  }

  private static void requireAdministrator(Authentication user, String county) {
    Access.county(user, county, "Endast administratörer för länet '" + county + "' får förhandsgranska årshjulet.");
  }

  private static int parseYear(String year) {
    if (year == null || !YEAR.matcher(year).matches()) {
      throw badRequest("Ange året med fyra siffror, t.ex. ?year=2027 (fick '" + year + "').");
    }
    int value = Integer.parseInt(year);
    if (value < FIRST_YEAR || value > LAST_YEAR) {
      throw badRequest("Året måste ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR + " (fick " + value + ").");
    }
    return value;
  }

  /**
   * The preview of a draft wheel, how its year differs from the deployed wheel's, and how the county's forms on disk
   * (the next reload deploys them) differ from the forms the deployed wheel runs with.
   */
  public record DraftPreview(YearPreview draft, WheelDiff diff, List<FormChange> forms) {
  }

  /**
   * {@code POST /api/wheels/{county}/preview?year=YYYY} with a BPMN file: the draft's year, checked against the
   * product's rules and never deployed, and its difference from the deployed wheel.
   */
  @PostMapping(path = "/api/wheels/{county}/preview",
      consumes = {"application/xml", "text/xml", "application/octet-stream"})
  public DraftPreview previewDraft(@PathVariable String county, @RequestParam(required = false) String year,
                                   @RequestBody byte[] bpmn, Authentication user) {
    if (!COUNTY.matcher(county).matches()) {
      throw badRequest("Okänt län: '" + county + "'.");
    }
    requireAdministrator(user, county);
    int cycleYear = parseYear(year);
    Map<String, byte[]> files = new LinkedHashMap<>(wheelFiles.formContents(county));
    wheelFiles.reportLayout(county).ifPresent(layout -> files.put(WheelFiles.REPORT_LAYOUT, WheelFiles.read(layout)));
    files.put("utkast.bpmn", bpmn);
    List<String> problems = validation.rules().countyProblems(files);
    if (!problems.isEmpty()) {
      throw badRequest("Utkastet följer inte reglerna:\n- " + String.join("\n- ", problems));
    }
    YearSimulation.Result draft;
    try {
      draft = preview.run(bpmn, cycleYear);
    } catch (RuntimeException e) {
      throw badRequest("Utkastet kan inte köras: " + e.getMessage());
    }
    Optional<ProcessDefinition> deployed = wheels.deployedWheel(county);
    List<PreviewTask> deployedTasks = deployed.map(definition -> preview.run(bytesOf(definition), cycleYear).tasks())
        .orElse(List.of());
    Map<String, FormSchema> deployedForms = deployed.map(definition -> DeployedForms.all(repositoryService,
        definition.getDeploymentId())).orElse(Map.of());
    return new DraftPreview(new YearPreview(county, cycleYear, "utkast", 0, draft.tasks(), draft.emails()),
        WheelDiff.between(deployedTasks, draft.tasks()), FormChange.between(deployedForms, formsOf(files)));
  }

  private static Map<String, FormSchema> formsOf(Map<String, byte[]> files) {
    Map<String, FormSchema> forms = new LinkedHashMap<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        FormSchema form = FormSchema.parse(new String(content, StandardCharsets.UTF_8));
        forms.put(form.id(), form);
      }
    });
    return forms;
  }

  private byte[] bytesOf(ProcessDefinition definition) {
    try (InputStream bpmn = repositoryService.getProcessModel(definition.getId())) {
      return bpmn.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
