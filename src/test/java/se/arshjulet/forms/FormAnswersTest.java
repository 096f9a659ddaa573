package se.arshjulet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.FormFiller;
import se.arshjulet.support.YearDriver;

/** A task's form: a good submission completes it and is kept per activity; a bad one is refused, the task stays. */
class FormAnswersTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  private Task selfReflection(YearDriver year) {
    year.runUntil("2026-01-02T08:00");
    return year.openTasks("self-reflection-january").get(0);
  }

  @Test
  void aCompleteSelfReflectionIsKeptAsOneJsonVariableAndReadBackThroughTheApi() throws Exception {
    Centre centre = centre("form-good", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    Task task = selfReflection(year);
    Map<String, Object> answers = FormFiller.validAnswers(engine, task);
    answers.put("antalSvarande", 12L);
    answers.put("halsoframjandeArena", "behover-utvecklas");
    answers.put("halsoframjandeArenaKommentar", "Vi behöver fler föräldragrupper.");
    answers.put("prioriteratOmrade1", "samverkan");

    engine.getTaskService().complete(task.getId(), answers);

    assertThat(year.openTasks("self-reflection-january")).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(year.instance().getId()))
        .containsKey("answers_self-reflection-january").doesNotContainKey("halsoframjandeArena");
    ResponseEntity<String> response = rest.withBasicAuth("admin", "Test-Hjulet-2026!")
        .getForEntity("/api/centres/form-good/years/2026/answers", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode stored = json.readTree(response.getBody()).path("answers").path("self-reflection-january");
    assertThat(stored.path("antalSvarande").asLong()).isEqualTo(12);
    assertThat(stored.path("halsoframjandeArena").asText()).isEqualTo("behover-utvecklas");
    assertThat(stored.path("halsoframjandeArenaKommentar").asText()).isEqualTo("Vi behöver fler föräldragrupper.");
    assertThat(stored.path("prioriteratOmrade1").asText()).isEqualTo("samverkan");
  }

  @Test
  void theHistoryKeepsTheAnswersVariableNotOneRowPerField() {
    YearDriver year = startYear(centre("form-history", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    Task task = selfReflection(year);
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).containsKey("forraAretsMal1");

    engine.getTaskService().complete(task.getId(), FormFiller.validAnswers(engine, task));

    var history = engine.getHistoryService();
    String instance = year.instance().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(variable -> variable.getName())
        .contains("answers_self-reflection-january", "centreId", "year")
        .doesNotContain("halsoframjandeArena", "antalSvarande", "forraAretsMal1");
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .contains("answers_self-reflection-january")
        .doesNotContain("halsoframjandeArena", "antalSvarande", "forraAretsMal1");
  }

  @Test
  void aMissingRequiredFieldIsRefusedAndTheTaskStaysOpen() {
    YearDriver year = startYear(centre("form-missing", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    Task task = selfReflection(year);
    Map<String, Object> answers = FormFiller.validAnswers(engine, task);
    answers.remove("antalSvarande");

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), answers))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Uppgiften kan inte slutföras: Fyll i \u201dAntal svarande\u201d.");
    assertThat(year.openTasks("self-reflection-january")).hasSize(1);
  }

  @Test
  void aScoreOffTheScaleIsRefused() {
    YearDriver year = startYear(centre("form-scale", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    Task task = selfReflection(year);
    Map<String, Object> answers = FormFiller.validAnswers(engine, task);
    answers.put("barnkonventionen", "ganska-bra");

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), answers))
        .hasMessageContaining("har ett värde som inte finns på skalan: ganska-bra");
    assertThat(year.openTasks("self-reflection-january")).hasSize(1);
  }

  @Test
  void aNumberThatIsNotANumberOrOutOfBoundsIsRefused() {
    YearDriver year = startYear(centre("form-number", LocalDate.of(2020, 1, 1), Unit.values()), 2026);
    Task task = selfReflection(year);
    Map<String, Object> answers = FormFiller.validAnswers(engine, task);

    answers.put("antalSvarande", "tolv");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), answers))
        .hasMessageContaining("\u201dAntal svarande\u201d ska vara ett tal (fick tolv)");
    answers.put("antalSvarande", 0L);
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), answers))
        .hasMessageContaining("\u201dAntal svarande\u201d ska vara mellan 1 och 200 (fick 0)");
    answers.put("antalSvarande", -4L);
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), answers))
        .hasMessageContaining("\u201dAntal svarande\u201d kan inte vara negativt (fick -4)");
    assertThat(year.openTasks("self-reflection-january")).hasSize(1);
  }

  @Test
  void eachUnitManagersApprovalIsKeptUnderHerUnit() {
    YearDriver year = startYear(centre("form-units", LocalDate.of(2026, 3, 1), Unit.MHV, Unit.SOC), 2026);
    year.complete("summer-leave-plan", "2026-03-10T10:00");
    for (Task approval : year.openTasks("summer-leave-approval")) {
      Map<String, Object> answers = FormFiller.validAnswers(engine, approval);
      answers.put("beslut", "godkand-med-andringar");
      engine.getTaskService().complete(approval.getId(), answers);
    }

    assertThat(engine.getRuntimeService().getVariables(year.instance().getId()))
        .containsKeys("answers_summer-leave-approval:MHV", "answers_summer-leave-approval:SOC");
  }
}
