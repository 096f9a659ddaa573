package se.arshjulet.centre;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.security.CountyAdministrators;

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
    List<Centre> centres;
    try {
      centres = CentreFile.read(new ByteArrayInputStream(yaml));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Filen kunde inte läsas: " + e.getMessage());
    }
    for (Centre centre : centres) {
      if (!CountyAdministrators.mayAdminister(user, centre.county())) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN,
            "Du får inte registrera familjecentraler i länet '" + centre.county() + "'.");
      }
    }
    return registry.register(centres).stream().map(Centre::id).toList();
  }
}
