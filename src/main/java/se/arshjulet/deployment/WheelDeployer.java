package se.arshjulet.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys every county's wheel as a tenant of its own: {@code processes/<county>/*.bpmn} together with all forms.
 * Unchanged files create no new version (duplicate filtering).
 */
@Component
public class WheelDeployer {

  private static final Logger log = LoggerFactory.getLogger(WheelDeployer.class);

  private final RepositoryService repositoryService;
  private final WheelFiles files;

  public WheelDeployer(RepositoryService repositoryService, WheelFiles files) {
    this.repositoryService = repositoryService;
    this.files = files;
  }

  @EventListener
  @Order(0)
  public void deployAll(PostDeployEvent event) {
    files.counties().forEach(this::deploy);
  }

  public DeploymentWithDefinitions deploy(String county) {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name("arshjul-" + county)
        .tenantId(county)
        .source("processes/" + county)
        .enableDuplicateFiltering(true);
    files.bpmnFiles(county).forEach(file -> deployment.addString(file.getFileName().toString(), read(file)));
    files.formFiles().forEach(file -> deployment.addString(file.getFileName().toString(), read(file)));
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    log.info("Wheel of {}: {} process definition(s) in deployment {}", county,
        deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size(),
        deployed.getId());
    return deployed;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
