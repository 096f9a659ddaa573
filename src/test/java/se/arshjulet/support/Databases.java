package se.arshjulet.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The databases the drills run on: an H2 file, and the machine's PostgreSQL (127.0.0.1:5432, database test). */
public final class Databases {

  public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private Databases() {
  }

  /** Spring properties for a fresh H2 file database below target/. */
  public static Map<String, Object> freshH2File(String name) {
    Path file = Path.of("target", "drills", name).toAbsolutePath();
    file.getParent().toFile().mkdirs();
    Path.of(file + ".mv.db").toFile().delete();
    return Map.of("spring.datasource.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  /**
   * Spring properties for the machine's PostgreSQL, emptied first (the test database belongs to the test suite).
   * Where PostgreSQL is missing the test is skipped, except in CI, where that is a failure.
   */
  public static Map<String, Object> freshPostgres() {
    try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
         Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("CI needs PostgreSQL on 127.0.0.1:5432 (database test): " + e.getMessage(), e);
      }
      Assumptions.abort("No PostgreSQL on 127.0.0.1:5432: " + e.getMessage());
    }
    return Map.of("spring.profiles.active", "test,postgres", "spring.datasource.url", POSTGRES_URL,
        "spring.datasource.username", "postgres", "spring.datasource.password", "");
  }

  /**
   * Settings as command-line arguments for {@code SpringApplicationBuilder.run}: given as {@code properties(...)}
   * they are defaults, which application.yaml and the test profile override (a drill then ran on the test profile's
   * in-memory database and port 8080, not on the database it named).
   */
  public static String[] arguments(Map<String, Object> settings, String... more) {
    java.util.List<String> arguments = new java.util.ArrayList<>();
    settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
    arguments.addAll(java.util.List.of(more));
    return arguments.toArray(String[]::new);
  }
}
