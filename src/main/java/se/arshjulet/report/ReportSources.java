package se.arshjulet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import se.arshjulet.centre.Centre;
import se.arshjulet.forms.DeployedForms;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.forms.YearAnswers;
import se.arshjulet.wheel.CentreYears;
import se.arshjulet.wheel.WheelInstances;

/** What the follow-up documents read: a centre-year's answers and the forms its wheel was deployed with. */
@Service
public class ReportSources {

  private final YearAnswers answers;
  private final CentreYears centreYears;
  private final WheelInstances wheels;
  private final RepositoryService repository;

  public ReportSources(YearAnswers answers, CentreYears centreYears, WheelInstances wheels,
                       RepositoryService repository) {
    this.answers = answers;
    this.centreYears = centreYears;
    this.wheels = wheels;
    this.repository = repository;
  }

  public Map<String, JsonNode> answers(Centre centre, int year) {
    return answers.of(centre.id(), year);
  }

  public Optional<HistoricProcessInstance> instance(Centre centre, int year) {
    return centreYears.find(centre.id(), year);
  }

  /** The self-reflection instrument of the centre's wheel that year (else its county's current wheel). */
  public SelfReflectionForm selfReflectionForm(Centre centre, int year) {
    return form(centre, year, SelfReflectionForm.FORM_ID).map(SelfReflectionForm::of)
        .orElseGet(() -> SelfReflectionForm.of(new FormSchema(SelfReflectionForm.FORM_ID, java.util.List.of())));
  }

  public Optional<FormSchema> form(Centre centre, int year, String formId) {
    Optional<String> definitionId = centreYears.find(centre.id(), year)
        .map(HistoricProcessInstance::getProcessDefinitionId)
        .or(() -> wheels.deployedWheel(centre.county()).map(definition -> definition.getId()));
    return definitionId.flatMap(id -> DeployedForms.find(repository,
        repository.getProcessDefinition(id).getDeploymentId(), formId));
  }
}
