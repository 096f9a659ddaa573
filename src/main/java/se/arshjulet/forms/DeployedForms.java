package se.arshjulet.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;

/** The forms of a deployment by form id, parsed once per deployment. */
public final class DeployedForms {

  private static final Map<String, Map<String, FormSchema>> BY_DEPLOYMENT = new ConcurrentHashMap<>();

  private DeployedForms() {
  }

  public static Optional<FormSchema> find(RepositoryService repository, String deploymentId, String formId) {
    return Optional.ofNullable(BY_DEPLOYMENT.computeIfAbsent(deploymentId, id -> load(repository, id)).get(formId));
  }

  /** Every form of the deployment, by form id. */
  public static Map<String, FormSchema> all(RepositoryService repository, String deploymentId) {
    return Map.copyOf(BY_DEPLOYMENT.computeIfAbsent(deploymentId, id -> load(repository, id)));
  }

  /** The keys of every field of every form in the deployment. */
  public static Set<String> fieldKeys(RepositoryService repository, String deploymentId) {
    return BY_DEPLOYMENT.computeIfAbsent(deploymentId, id -> load(repository, id)).values().stream()
        .flatMap(form -> form.fields().stream()).map(FormSchema.Field::key).collect(Collectors.toUnmodifiableSet());
  }

  private static Map<String, FormSchema> load(RepositoryService repository, String deploymentId) {
    Map<String, FormSchema> forms = new ConcurrentHashMap<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
          FormSchema schema = FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          forms.put(schema.id(), schema);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return forms;
  }
}
