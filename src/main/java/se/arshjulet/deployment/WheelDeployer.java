package se.arshjulet.deployment;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreRepository;
import se.arshjulet.centre.CentresRegistered;
import se.arshjulet.settings.WheelFiles;

/**
 * Deploys every county's wheel as a tenant of its own: {@code processes/<county>/*.bpmn} (or the national default)
 * together with all forms. Unchanged files create no new version (duplicate filtering); a wheel that breaks a rule is
 * refused by {@link WheelValidationPlugin}.
 */
@Component
public class WheelDeployer {

  private static final Logger log = LoggerFactory.getLogger(WheelDeployer.class);

  private final RepositoryService repositoryService;
  private final WheelFiles files;
  private final CentreRepository centres;

  public WheelDeployer(RepositoryService repositoryService, WheelFiles files, CentreRepository centres) {
    this.repositoryService = repositoryService;
    this.files = files;
    this.centres = centres;
  }

  /**
   * At start-up: every county with a folder of its own (a changed file becomes a new version), and the default wheel
   * for each county of the registry that has no wheel yet. A county's wheel deployed from Camunda Modeler stays.
   */
  @EventListener
  @Order(0)
  public void deployAll(PostDeployEvent event) {
    files.counties().forEach(this::deploy);
    deployDefaultWhereMissing(centres.findAll().stream().map(Centre::county).collect(Collectors.toSet()));
  }

  /** A centre of a county new to the product brings that county its wheel. */
  @EventListener
  @Order(0)
  public void deployForNewCounties(CentresRegistered event) {
    deployDefaultWhereMissing(event.centres().stream().map(Centre::county).collect(Collectors.toSet()));
  }

  private void deployDefaultWhereMissing(Set<String> counties) {
    new TreeSet<>(counties).stream()
        .filter(county -> repositoryService.createDeploymentQuery().tenantIdIn(county).count() == 0)
        .forEach(this::deploy);
  }

  public DeploymentWithDefinitions deploy(String county) {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name("arshjul-" + county)
        .tenantId(county)
        .source(files.folderOf(county).toString())
        // Not "changed only": a changed wheel must be deployed with its forms (form binding "deployment").
        .enableDuplicateFiltering(false);
    files.bpmnFiles(county).forEach(file -> deployment.addInputStream(file.getFileName().toString(),
        new ByteArrayInputStream(WheelFiles.read(file))));
    files.formContents(county).forEach((name, content) -> deployment.addInputStream(name,
        new ByteArrayInputStream(content)));
    files.reportLayout(county).ifPresent(layout -> deployment.addInputStream(WheelFiles.REPORT_LAYOUT,
        new ByteArrayInputStream(WheelFiles.read(layout))));
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    log.info("Wheel of {}: {} process definition(s) in deployment {}", county,
        deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size(),
        deployed.getId());
    return deployed;
  }

}
