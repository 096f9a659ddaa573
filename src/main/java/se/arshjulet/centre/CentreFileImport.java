package se.arshjulet.centre;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import se.arshjulet.settings.Settings;

/** Imports the registry file named by {@code arshjulet.centres.import-file} at start-up (the demo data uses it). */
@Component
public class CentreFileImport {

  private static final Logger log = LoggerFactory.getLogger(CentreFileImport.class);

  private final CentreRegistry registry;
  private final Resource file;

  public CentreFileImport(CentreRegistry registry, Settings settings, ResourceLoader resources) {
    this.registry = registry;
    String location = settings.centres().importFile();
    this.file = location == null || location.isBlank() ? null : resources.getResource(location);
  }

  @EventListener
  @Order(5)
  public void importAtStartUp(PostDeployEvent event) {
    if (file == null) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      CentreFile.Contents contents = CentreFile.readAll(in);
      registry.register(contents.centres());
      registry.registerAdministrators(contents.administrators());
      log.info("Imported {} centre(s) and {} county administrator(s) from {}", contents.centres().size(),
          contents.administrators().size(), file.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the centre file " + file.getDescription(), e);
    }
  }
}
