package se.arshjulet.wheel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.arshjulet.centre.Unit;

/** The independent tables of src/test/resources/expected and the role of each activity (DOMAIN.md). */
public final class JamtlandWheelYearTestTables {

  private JamtlandWheelYearTestTables() {
  }

  public static final Map<String, String> ROLE = Map.ofEntries(
      Map.entry("self-reflection-january", "coordinator"), Map.entry("wheel-review", "steering-group"),
      Map.entry("annual-report", "coordinator"), Map.entry("annual-report-compile", "steering-group"),
      Map.entry("summer-leave-plan", "coordinator"), Map.entry("summer-leave-approval", "unit-manager"),
      Map.entry("joint-plan-approval", "steering-group"), Map.entry("visit-april", "steering-group"),
      Map.entry("visit-may", "steering-group"), Map.entry("family-centre-day", "coordinator"),
      Map.entry("ffff-conference", "steering-group"), Map.entry("health-week-planning", "coordinator"),
      Map.entry("agreement-review", "coordinator"), Map.entry("safety-routines-review", "coordinator"),
      Map.entry("visit-october", "steering-group"), Map.entry("awareness-week-planning", "coordinator"),
      Map.entry("visit-november", "steering-group"), Map.entry("childrens-rights-planning", "coordinator"),
      Map.entry("parent-survey", "coordinator"), Map.entry("self-reflection-december", "coordinator"));

  /** The expected emails of the year (kind,key,role,at), every task done at 12:00 on its due day. */
  public static List<String> expectedEmails(int year) throws IOException {
    try (InputStream in = JamtlandWheelYearTestTables.class.getResourceAsStream(
        "/expected/jamtland-" + year + "-emails.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
    }
  }

  /** The expected rows, the one-per-unit approval once for each of the four units. */
  public static List<String> expected(int year) throws IOException {
    try (InputStream in = JamtlandWheelYearTestTables.class.getResourceAsStream("/expected/jamtland-" + year + ".csv")) {
      List<String> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
        int copies = line.startsWith("summer-leave-approval,") ? Unit.values().length : 1;
        for (int i = 0; i < copies; i++) {
          rows.add(line);
        }
      }
      return rows;
    }
  }
}
