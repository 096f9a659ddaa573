package se.arshjulet.privacy;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.arshjulet.support.Databases;

/**
 * The same person, the same two years and the same search of every text and byte column, on the production
 * database: PostgreSQL stores the answers' JSON and the emails in other column types (text, bytea) than H2, and its
 * catalogue names tables in lower case. A drill, so that it runs in the drills' JVM: a second Camunda context beside
 * the engine tests' shared one cannot start in theirs (one engine name per JVM). Its context is closed afterwards, as
 * the other drills start products of their own and empty the same database.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PseudonymisationOnPostgresDrill extends PseudonymisationTest {

  @DynamicPropertySource
  static void onPostgres(DynamicPropertyRegistry properties) {
    Databases.freshPostgres().forEach((key, value) -> {
      if (!key.equals("spring.profiles.active")) {
        properties.add(key, () -> value);
      }
    });
    properties.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
  }
}
