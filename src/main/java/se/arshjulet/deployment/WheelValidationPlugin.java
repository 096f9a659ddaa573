package se.arshjulet.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  /**
   * The process variables every wheel instance has, and the mail schedule's count of emails without a recipient
   * (set by {@code EmailPlanning}).
   */
  static final Set<String> WHEEL_VARIABLES = Set.of(WheelVariables.CENTRE_ID, WheelVariables.YEAR,
      WheelVariables.JOINED_ON, "unit", "missingRecipients");

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
    requireOwnCounty(deployment.getTenantId());
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    List<String> problems = deployment.getTenantId() == null ? rules().problems(files)
        : rules().countyProblems(files);
    if (!problems.isEmpty()) {
      // A ParseException is bad input to Camunda's REST API (400, each problem listed), not a server fault.
      String wheel = files.keySet().stream().filter(name -> name.endsWith(".bpmn")).findFirst()
          .orElse(files.keySet().stream().findFirst().orElse(""));
      throw new ParseException("Årshjulet" + (deployment.getTenantId() == null ? ""
          : " för " + deployment.getTenantId()) + " kan inte driftsättas:\n- " + String.join("\n- ", problems),
          wheel, problems.stream().map(RuleProblem::new).map(Problem.class::cast).toList(), List.of());
    }
  }

  /** One broken rule, as Camunda reports a problem of a deployed resource. */
  private record RuleProblem(String message) implements Problem {

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return null;
    }

    @Override
    public List<String> getElementIds() {
      return List.of();
    }
  }

  /**
   * A user deploying through the REST API (Camunda Modeler) may deploy only into a county she belongs to; system
   * administrators and the product itself (no authenticated user) may deploy anywhere.
   */
  private static void requireOwnCounty(String tenantId) {
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user == null || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    if (tenantId == null || user.getTenantIds() == null || !user.getTenantIds().contains(tenantId)) {
      throw new AuthorizationException("Användaren " + user.getUserId() + " får bara driftsätta årshjul i sitt eget "
          + "län, inte i '" + tenantId + "'.");
    }
  }
}
