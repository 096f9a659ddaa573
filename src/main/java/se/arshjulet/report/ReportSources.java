package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import se.arshjulet.centre.Centre;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.forms.YearAnswers;
import se.arshjulet.settings.WheelFiles;
import se.arshjulet.wheel.CentreYears;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;

/**
 * What the follow-up documents read: a centre-year's answers, and the forms and report layout its wheel was deployed
 * with (for a year without a wheel, its county's current wheel).
 */
@Service
public class ReportSources {

  private final YearAnswers answers;
  private final CentreYears centreYears;
  private final WheelInstances wheels;
  private final RepositoryService repository;
  private final WheelFiles wheelFiles;
  private final Map<String, ReportLayout> layoutByDeployment = new ConcurrentHashMap<>();
  private final Map<String, Map<String, FormSchema>> formsByDefinition = new ConcurrentHashMap<>();

  public ReportSources(YearAnswers answers, CentreYears centreYears, WheelInstances wheels,
                       RepositoryService repository, WheelFiles wheelFiles) {
    this.answers = answers;
    this.centreYears = centreYears;
    this.wheels = wheels;
    this.repository = repository;
    this.wheelFiles = wheelFiles;
  }

  public Map<String, JsonNode> answers(Centre centre, int year) {
    return answers.of(centre.id(), year);
  }

  /** The answers of the centre-year the instance ran. */
  public Map<String, JsonNode> answers(HistoricProcessInstance instance) {
    return answers.of(instance);
  }

  public Optional<HistoricProcessInstance> instance(Centre centre, int year) {
    return instance(centre.id(), year);
  }

  public Optional<HistoricProcessInstance> instance(String centreId, int year) {
    return centreYears.find(centreId, year);
  }

  /** The self-reflection instrument of the centre's wheel that year (else its county's current wheel). */
  public SelfReflectionForm selfReflectionForm(Centre centre, int year) {
    return selfReflection(form(centre, year, SelfReflectionForm.FORM_ID));
  }

  /** The self-reflection instrument of the wheel the instance ran. */
  public SelfReflectionForm selfReflectionForm(HistoricProcessInstance instance) {
    return selfReflection(form(instance.getProcessDefinitionId(), SelfReflectionForm.FORM_ID));
  }

  private static SelfReflectionForm selfReflection(Optional<FormSchema> form) {
    return form.map(SelfReflectionForm::of)
        .orElseGet(() -> SelfReflectionForm.of(new FormSchema(SelfReflectionForm.FORM_ID, List.of())));
  }

  public Optional<FormSchema> form(Centre centre, int year, String formId) {
    return definitionId(centre, year).flatMap(id -> form(id, formId));
  }

  private Optional<FormSchema> form(String definitionId, String formId) {
    return DeployedForms.find(repository, repository.getProcessDefinition(definitionId).getDeploymentId(), formId);
  }

  /** The form of each activity of the centre's wheel that year, by activity key. */
  public Map<String, FormSchema> formsByActivity(Centre centre, int year) {
    return definitionId(centre, year).map(id -> formsByDefinition.computeIfAbsent(id, this::formsOf))
        .orElse(Map.of());
  }

  /**
   * The report layout deployed with the centre's wheel that year; for a wheel deployed before layouts were, the
   * county's layout file.
   */
  public ReportLayout layout(Centre centre, int year) {
    Optional<String> deploymentId = definitionId(centre, year)
        .map(id -> repository.getProcessDefinition(id).getDeploymentId());
    Optional<ReportLayout> deployed = deploymentId.flatMap(id -> Optional.ofNullable(
        layoutByDeployment.computeIfAbsent(id, this::deployedLayout)));
    return deployed.orElseGet(() -> countyLayout(centre.county()));
  }

  /** The county's layout file (its own, else the national default's). */
  public ReportLayout countyLayout(String county) {
    return wheelFiles.reportLayout(county).map(file -> ReportLayout.parse(WheelFiles.read(file)))
        .orElseThrow(() -> new IllegalStateException("No " + WheelFiles.REPORT_LAYOUT + " for the county "
            + county + " nor the national default"));
  }

  private ReportLayout deployedLayout(String deploymentId) {
    boolean has = repository.getDeploymentResourceNames(deploymentId).contains(WheelFiles.REPORT_LAYOUT);
    if (!has) {
      return null;
    }
    try (InputStream in = repository.getResourceAsStream(deploymentId, WheelFiles.REPORT_LAYOUT)) {
      return ReportLayout.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, FormSchema> formsOf(String definitionId) {
    String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
    Map<String, FormSchema> forms = new LinkedHashMap<>();
    WheelActivities.formsByKey(repository.getBpmnModelInstance(definitionId)).forEach((key, formId) ->
        DeployedForms.find(repository, deploymentId, formId).ifPresent(form -> forms.put(key, form)));
    return Map.copyOf(forms);
  }

  private Optional<String> definitionId(Centre centre, int year) {
    return centreYears.find(centre.id(), year).map(HistoricProcessInstance::getProcessDefinitionId)
        .or(() -> wheels.deployedWheel(centre.county()).map(ProcessDefinition::getId));
  }
}
