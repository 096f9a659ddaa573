package se.arshjulet.deployment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.calendar.Today;
import se.arshjulet.centre.Access;
import se.arshjulet.wheel.WheelVersions;

/**
 * A county administrator's wheel: reload it from {@code processes/<county>/}, see which version each centre-year runs,
 * and migrate running years (dry run first). Only the county's own administrators and system administrators.
 */
@RestController
public class WheelAdminController {

  /** The result of a reload: whether a new version was deployed, and the definitions of the deployment. */
  public record Reload(String county, String deploymentId, boolean changed, Map<String, Integer> versions,
                       int comingYearsRenewed) {
  }

  private final WheelDeployer deployer;
  private final WheelVersions versions;

  public WheelAdminController(WheelDeployer deployer, WheelVersions versions) {
    this.deployer = deployer;
    this.versions = versions;
  }

  @PostMapping("/api/wheels/{county}/reload")
  public Reload reload(@PathVariable String county, Authentication user) {
    requireAdministrator(user, county);
    DeploymentWithDefinitions deployed;
    try {
      deployed = deployer.deploy(county);
    } catch (ProcessEngineException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    List<ProcessDefinition> definitions = deployed.getDeployedProcessDefinitions() == null ? List.of()
        : deployed.getDeployedProcessDefinitions();
    int renewed = definitions.isEmpty() ? 0 : versions.renewComingYears(county, currentYear());
    Map<String, Integer> byKey = new java.util.TreeMap<>();
    definitions.forEach(definition -> byKey.put(definition.getKey(), definition.getVersion()));
    return new Reload(county, deployed.getId(), !definitions.isEmpty(), byKey, renewed);
  }

  @GetMapping("/api/wheels/{county}/years/{year}")
  public List<WheelVersions.CentreYear> years(@PathVariable String county, @PathVariable int year,
                                              Authentication user) {
    requireAdministrator(user, county);
    return versions.running(county, year);
  }

  @PostMapping("/api/wheels/{county}/migrations")
  public List<WheelVersions.MigrationOutcome> migrate(@PathVariable String county, @RequestParam int year,
                                                      @RequestParam(defaultValue = "true") boolean dryRun,
                                                      Authentication user) {
    requireAdministrator(user, county);
    try {
      return versions.migrate(county, year, dryRun);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static void requireAdministrator(Authentication user, String county) {
    Access.county(user, county, "Endast administratörer för länet '" + county + "' får ändra dess årshjul.");
  }

  private static int currentYear() {
    return Today.year();
  }
}
