package se.arshjulet.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import se.arshjulet.wheel.WheelVariables;

/**
 * Checks every new deployment against {@link WheelRules} before Camunda deploys it, whichever way it comes (start-up,
 * reload, or Camunda Modeler through the REST API): a wheel that breaks a rule is refused whole, nothing is deployed,
 * running wheels are untouched.
 */
@Component
public class WheelValidationPlugin extends AbstractProcessEnginePlugin {

  /** The process variables every wheel instance has. */
  static final Set<String> WHEEL_VARIABLES = Set.of(WheelVariables.CENTRE_ID, WheelVariables.YEAR,
      WheelVariables.JOINED_ON, "unit");

  private final ApplicationContext beans;

  public WheelValidationPlugin(ApplicationContext beans) {
    this.beans = beans;
  }

  public WheelRules rules() {
    return new WheelRules(name -> WHEEL_VARIABLES.contains(name) || beans.containsBean(name));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(this::check);
    configuration.setCustomPreDeployers(deployers);
  }

  private void check(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    List<String> problems = rules().problems(files);
    if (!problems.isEmpty()) {
      throw new ProcessEngineException("Årshjulet" + (deployment.getTenantId() == null ? ""
          : " för " + deployment.getTenantId()) + " kan inte driftsättas:\n- " + String.join("\n- ", problems));
    }
  }
}
