package se.arshjulet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.wheel.WheelInstances;

/** The county coordinator sees the tasks of every centre of her county, and of no other county. */
class CountyAdministratorRestTest extends EngineTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ObjectMapper json;

  @Test
  void theCountyCoordinatorSeesHerCountyOnly() throws Exception {
    engine.getManagementService().createJobQuery().processDefinitionKey(WheelInstances.WHEEL_KEY)
        .tenantIdIn("jamtland").duedateLowerThan(ClockUtil.getCurrentTime()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    MailCounty elsewhere = new MailCounty(engine, "elsewhere");
    startYear(centre(elsewhere.id(), "elsewhere-centre", LocalDate.of(2020, 1, 1), Unit.values()), 2026)
        .runUntil("2026-01-02T08:00");
    ClockUtil.reset();

    JsonNode tasks = json.readTree(rest.withBasicAuth("lena.lansson", "Test-Vinter-2026!")
        .getForEntity("/engine-rest/task?maxResults=2000", String.class).getBody());

    Set<String> instances = new HashSet<>();
    for (JsonNode task : tasks) {
      assertThat(task.get("tenantId").asText()).isEqualTo("jamtland");
      instances.add(task.get("processInstanceId").asText());
    }
    assertThat(instances).hasSizeGreaterThanOrEqualTo(4);
    assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("elsewhere").count()).isPositive();
  }
}
