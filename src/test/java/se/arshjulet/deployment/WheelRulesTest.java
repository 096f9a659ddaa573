package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wheel rules on their own, without an engine: every shipped wheel keeps them, each broken one is named. */
class WheelRulesTest {

  /** The wheel variables and the beans the shipped BPMN files' expressions use. */
  private static final WheelRules RULES = new WheelRules(name -> WheelValidationPlugin.WHEEL_VARIABLES.contains(name)
      || Set.of("opens", "due", "units", "emailPlanning", "outboxDelivery", "emailSweep").contains(name));

  private static Map<String, byte[]> deployment(Path wheelFolder, UnaryOperator<String> change) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> bpmn = Files.list(wheelFolder); Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path file : Stream.concat(bpmn.filter(path -> path.toString().endsWith(".bpmn")).sorted(),
          forms.sorted()).toList()) {
        String content = Files.readString(file);
        files.put(file.getFileName().toString(),
            (file.getFileName().toString().equals("arshjul.bpmn") ? change.apply(content) : content)
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  static List<Path> shippedWheels() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("processes"))) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedWheels")
  void everyShippedWheelKeepsTheRules(Path wheel) throws IOException {
    assertThat(RULES.problems(deployment(wheel, UnaryOperator.identity()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.arshjulet.deployment.WheelValidationTest#brokenWheels")
  void aBrokenWheelIsNamedByFileElementAndRule(String what, String message, UnaryOperator<String> breakIt)
      throws IOException {
    assertThat(RULES.problems(deployment(Path.of("processes", "jamtland"), breakIt)))
        .anySatisfy(problem -> assertThat(problem).contains(message));
  }

  @Test
  void theNationalMailScheduleIsNoPartOfACountysWheel() throws IOException {
    Map<String, byte[]> files = deployment(Path.of("processes", "jamtland"), UnaryOperator.identity());
    files.put("utskick.bpmn", Files.readAllBytes(Path.of("processes", "utskick.bpmn")));

    assertThat(RULES.countyProblems(files)).singleElement().satisfies(problem -> assertThat(problem)
        .startsWith("utskick.bpmn, arshjul-utskick: utskicket är gemensamt för hela landet"));
    assertThat(RULES.problems(Map.of("utskick.bpmn", files.get("utskick.bpmn")))).isEmpty();
  }

  @Test
  void aNameThatIsNeitherBeanNorWheelVariableIsRefused() throws IOException {
    WheelRules withoutUnits = new WheelRules(name -> !name.equals("units")
        && (WheelValidationPlugin.WHEEL_VARIABLES.contains(name) || Set.of("opens", "due").contains(name)));

    assertThat(withoutUnits.problems(deployment(Path.of("processes", "jamtland"), UnaryOperator.identity())))
        .anySatisfy(problem -> assertThat(problem).contains("'units'"));
  }

  @Test
  void aFormWhoseFieldMustDifferFromAFieldItLacksIsRefused() throws IOException {
    Map<String, byte[]> files = deployment(Path.of("processes", "jamtland"), UnaryOperator.identity());
    files.put("sjalvreflektion.form", new String(files.get("sjalvreflektion.form"), StandardCharsets.UTF_8)
        .replace("\"differentFrom\": \"prioriteratOmrade1\"", "\"differentFrom\": \"prioriteratOmrade9\"")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(RULES.problems(files)).containsExactly("sjalvreflektion.form, prioriteratOmrade2: ska skilja sig från "
        + "fältet 'prioriteratOmrade9', som formuläret inte har [regel: formulär]");
  }
}
