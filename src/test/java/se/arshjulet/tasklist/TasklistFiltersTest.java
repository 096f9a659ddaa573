package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.arshjulet.calendar.WorkingDaysAhead;
import se.arshjulet.support.EngineTest;
import se.arshjulet.wheel.WheelInstances;

/** Each role finds its own filters in Tasklist, and each filter counts what its name says. */
class TasklistFiltersTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;
  @Autowired
  WorkingDaysAhead workingDays;

  /** Filter name → its count, as Tasklist asks the engine for them (with the user's authorizations). */
  private Map<String, Long> filtersOf(String user) throws Exception {
    JsonNode filters = json.readTree(rest.withBasicAuth(user, "Test-Vinter-2026!")
        .getForEntity("/engine-rest/filter?resourceType=Task&itemCount=true", String.class).getBody());
    Map<String, Long> counts = new HashMap<>();
    filters.forEach(filter -> counts.put(filter.get("name").asText(), filter.get("itemCount").asLong()));
    return counts;
  }

  private void openTheYearSoFar() {
    engine.getManagementService().createJobQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn("jamtland").duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  @Test
  void aCoordinatorHasHerTasksThoseDueWithinTenWorkingDaysAndTheOverdueOnes() throws Exception {
    openTheYearSoFar();
    List<String> groups = List.of("krokom-familjecentral-coordinator");
    Date now = ClockUtil.getCurrentTime();

    Map<String, Long> filters = filtersOf("sara.nilsson");

    assertThat(filters).containsOnlyKeys(TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON,
        TasklistFilters.OVERDUE);
    assertThat(filters.get(TasklistFilters.MY_TASKS)).isPositive()
        .isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).count());
    assertThat(filters.get(TasklistFilters.OVERDUE)).isPositive()
        .isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).dueBefore(now).count());
    assertThat(filters.get(TasklistFilters.DUE_SOON)).isEqualTo(engine.getTaskService().createTaskQuery()
        .taskCandidateGroupIn(groups).dueBefore(workingDays.endOf(10)).count());
  }

  @Test
  void theCountyCoordinatorHasTheCountysTasksAndTheCountysOverdueOnes() throws Exception {
    openTheYearSoFar();

    Map<String, Long> filters = filtersOf("lena.lansson");

    assertThat(filters).containsOnlyKeys(TasklistFilters.COUNTY_TASKS, TasklistFilters.COUNTY_OVERDUE);
    assertThat(filters.get(TasklistFilters.COUNTY_TASKS)).isPositive()
        .isEqualTo(engine.getTaskService().createTaskQuery().tenantIdIn("jamtland").count());
    assertThat(filters.get(TasklistFilters.COUNTY_OVERDUE)).isPositive().isEqualTo(engine.getTaskService()
        .createTaskQuery().tenantIdIn("jamtland").dueBefore(ClockUtil.getCurrentTime()).count());
  }
}
