package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.FormFiller;
import se.arshjulet.wheel.WheelInstances;

/** Through the REST API Tasklist uses: the Lugnvik coordinator can do nothing with Krokom's work. */
class CentreIsolationRestTest extends EngineTest {

  private static final String ANNA = "anna.berg";
  private static final String PASSWORD = "Test-Vinter-2026!";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  private int year;
  private Task krokomTask;

  @BeforeEach
  void openTheYearSoFar() {
    year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    engine.getManagementService().createJobQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn("jamtland").duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    krokomTask = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("krokom-familjecentral", year))
        .taskCandidateGroup("krokom-familjecentral-coordinator").list().get(0);
  }

  private TestRestTemplate anna() {
    return rest.withBasicAuth(ANNA, PASSWORD);
  }

  private HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @Test
  void anotherCentresTaskCannotBeReadClaimedOrCompleted() {
    String task = "/engine-rest/task/" + krokomTask.getId();
    assertThat(anna().getForEntity(task, String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(anna().getForEntity(task + "/variables", String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(anna().getForEntity(task + "/form-variables", String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(anna().postForEntity(task + "/claim", jsonBody("{\"userId\":\"anna.berg\"}"), String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(anna().postForEntity(task + "/submit-form", jsonBody("{\"variables\":{}}"), String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(anna().postForEntity(task + "/complete", jsonBody("{}"), String.class)
        .getStatusCode().value()).isIn(403, 404);

    Task still = engine.getTaskService().createTaskQuery().taskId(krokomTask.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getAssignee()).isNull();
  }

  @Test
  void anotherCentresProcessVariablesAndAnswersAreRefused() {
    assertThat(anna().getForEntity("/engine-rest/process-instance/" + krokomTask.getProcessInstanceId()
        + "/variables", String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(anna().getForEntity("/engine-rest/variable-instance?processInstanceIdIn="
        + krokomTask.getProcessInstanceId(), String.class).getBody()).isEqualTo("[]");
    assertThat(anna().getForEntity("/api/centres/krokom-familjecentral/years/" + year + "/answers", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anna().getForEntity("/api/centres/ostersund-lugnvik/years/" + year + "/answers", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void herOwnTaskSheCanCompleteWithItsForm() throws Exception {
    Task own = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("ostersund-lugnvik", year))
        .taskCandidateGroup("ostersund-lugnvik-coordinator").list().get(0);
    Map<String, Object> answers = FormFiller.validAnswers(engine, own);
    Map<String, Object> variables = new java.util.HashMap<>();
    answers.forEach((key, value) -> variables.put(key, Map.of("value", value)));
    String body = json.writeValueAsString(Map.of("variables", variables));

    assertThat(anna().getForEntity("/engine-rest/task/" + own.getId() + "/form-variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anna().postForEntity("/engine-rest/task/" + own.getId() + "/submit-form", jsonBody(body),
        String.class).getStatusCode().value()).isIn(200, 204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(own.getId()).count()).isZero();
  }
}
