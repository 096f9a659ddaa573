package se.arshjulet.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.arshjulet.centre.Access;

/** {@code POST /api/drift/sakerhetskopia}: an online backup of the H2 file database, for system administrators. */
@RestController
public class BackupController {

  private final DatabaseBackup backup;

  public BackupController(DatabaseBackup backup) {
    this.backup = backup;
  }

  @PostMapping("/api/drift/sakerhetskopia")
  public Map<String, Object> backUp(Authentication user) throws Exception {
    Access.systemAdministrator(user, "Endast systemadministratörer tar säkerhetskopior.");
    if (!backup.supported()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Databasen är PostgreSQL: ta säkerhetskopian med pg_dump (se README, Säkerhetskopiering).");
    }
    Path file = backup.backUp();
    return Map.of("file", file.toString(), "bytes", Files.size(file));
  }
}
