package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.support.EngineTest;
import se.arshjulet.wheel.WheelInstances;

/** Each county folder under processes/ is deployed as its own tenant; an unchanged wheel makes no new version. */
class WheelDeployerTest extends EngineTest {

  @Autowired
  WheelDeployer deployer;

  @Test
  void theJamtlandWheelIsDeployedUnderItsCountyTenant() {
    ProcessDefinition wheel = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(WheelInstances.WHEEL_KEY).tenantIdIn("jamtland").latestVersion().singleResult();

    assertThat(wheel).isNotNull();
    assertThat(wheel.getName()).isEqualTo("Årshjul – Jämtlands län");
    // Only the national mail schedule is shared by all counties.
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().withoutTenantId().list())
        .extracting(ProcessDefinition::getKey).containsOnly(MailScheduleDeployer.SCHEDULE_KEY);
  }

  @Test
  void deployingAnUnchangedWheelAgainCreatesNoNewVersion() {
    long before = engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn("jamtland").count();

    deployer.deploy("jamtland");
    deployer.deploy("jamtland");

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn("jamtland").count())
        .isEqualTo(before);
  }
}
