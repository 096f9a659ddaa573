package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.WheelInstances;

/** Through Camunda's REST API, as Tasklist asks it: a coordinator sees her own centre's tasks and no one else's. */
class CoordinatorTaskVisibilityTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @Test
  void theRestApiRefusesAnonymousCallers() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCoordinatorSeesTheOpenTasksOfHerCentreOnly() throws Exception {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear();
    // Let the current year catch up to today, as the job executor does in the running product.
    engine.getManagementService().createJobQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn("jamtland").duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    String lugnvik = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(WheelInstances.businessKey("ostersund-lugnvik", year)).singleResult().getId();

    ResponseEntity<String> response = rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/engine-rest/task?candidateGroup=ostersund-lugnvik-coordinator", String.class);
    JsonNode tasks = json.readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.size()).isPositive();

    JsonNode all = json.readTree(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/engine-rest/task", String.class).getBody());
    assertThat(all.size()).isEqualTo(tasks.size());
    all.forEach(task -> assertThat(task.get("processInstanceId").asText()).isEqualTo(lugnvik));

    JsonNode krokom = json.readTree(rest.withBasicAuth("anna.berg", "Test-Vinter-2026!")
        .getForEntity("/engine-rest/task?candidateGroup=krokom-familjecentral-coordinator", String.class).getBody());
    assertThat(krokom.size()).isZero();
  }

  @Test
  void aCoordinatorWhoLeavesHandsTheTasksSheClaimedBackToHerCentre() {
    Centre centre = centre("hand-back", LocalDate.of(2020, 1, 1));
    YearDriver year = startYear(centre, 2026);
    year.runUntil("2026-01-02T08:00");
    Task task = year.openTasks("self-reflection-january").get(0);
    engine.getTaskService().claim(task.getId(), "hand-back.c");

    StaffMember successor = new StaffMember("hand-back.new", "Ny Samordnare", "hand-back.new@test.example",
        StaffMember.Role.COORDINATOR, null);
    registry.register(List.of(new Centre(centre.id(), centre.name(), "Östersund", centre.county(), Centre.Kind.FC,
        false, centre.joinedOn(), List.of(successor))));

    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("hand-back.new").taskId(task.getId())
        .count()).isOne();
  }

  @Test
  void everyoneMayReadTheMyTasksFilter() throws Exception {
    JsonNode filters = json.readTree(rest.withBasicAuth("sara.nilsson", "Test-Vinter-2026!")
        .getForEntity("/engine-rest/filter", String.class).getBody());
    assertThat(filters).extracting(f -> f.get("name").asText()).contains(TasklistFilters.MY_TASKS);
  }
}
