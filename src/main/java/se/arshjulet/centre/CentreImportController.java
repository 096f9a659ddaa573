package se.arshjulet.centre;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/centres/import} with a registry file (YAML, see {@link CentreFile}): registers or updates the
 * centres. All or nothing: a file with one bad centre is refused whole.
 */
@RestController
public class CentreImportController {

  private final CentreRegistry registry;

  public CentreImportController(CentreRegistry registry) {
    this.registry = registry;
  }

  @PostMapping(path = "/api/centres/import", consumes = {"application/yaml", "text/yaml", "text/plain"})
  public List<String> importFile(@RequestBody byte[] yaml, Authentication user) {
    CentreFile.Contents contents;
    try {
      contents = CentreFile.readAll(new ByteArrayInputStream(yaml));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Filen kunde inte läsas: " + e.getMessage());
    }
    Stream.concat(contents.centres().stream().map(Centre::county),
            contents.administrators().stream().map(CountyAdministrator::county)).distinct()
        .forEach(county -> Access.county(user, county,
            "Du får inte registrera familjecentraler eller administratörer i länet '" + county + "'."));
    try {
      registry.registerAdministrators(contents.administrators());
      return registry.register(contents.centres()).stream().map(Centre::id).toList();
    } catch (ProcessEngineException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Kunde inte registrera: " + e.getMessage());
    }
  }
}
