package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.wheel.WheelActivities;

/** A report layout is checked against the forms of the wheel it is deployed with; each bad layout is named. */
class LayoutRulesTest {

  private static Map<String, FormSchema> formsOf(String county) throws IOException {
    Map<String, FormSchema> byId = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        FormSchema form = FormSchema.parse(Files.readString(file));
        byId.put(form.id(), form);
      }
    }
    Map<String, FormSchema> byActivity = new HashMap<>();
    try (InputStream bpmn = Files.newInputStream(Path.of("processes", county, "arshjul.bpmn"))) {
      WheelActivities.formsByKey(Bpmn.readModelFromStream(bpmn)).forEach((key, id) -> byActivity.put(key,
          byId.get(id)));
    }
    return byActivity;
  }

  private static List<String> problems(String yaml) throws IOException {
    return LayoutRules.problems("rapport.yaml", yaml.getBytes(StandardCharsets.UTF_8), formsOf("jamtland"));
  }

  private static String section(String parts) {
    return "annualReport:\n  sections:\n    - heading: Familjecentralen\n      parts:\n" + parts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jamtland", "default"})
  void theShippedLayoutsKeepTheRules(String county) throws IOException {
    byte[] layout = Files.readAllBytes(Path.of("processes", county, "rapport.yaml"));
    assertThat(LayoutRules.problems("rapport.yaml", layout, formsOf(county))).isEmpty();
  }

  @Test
  void aFieldTheFormLacksIsNamedWithItsSectionAndForm() throws IOException {
    assertThat(problems(section("        - field: antalHembesok\n"))).containsExactly("rapport.yaml, avsnittet "
        + "'Familjecentralen': fältet 'antalHembesok' finns inte i formuläret 'Form_AnnualReport' (aktiviteten "
        + "'annual-report') [regel: rapportlayout]");
  }

  @Test
  void aFieldOfAnActivityWithoutAFormIsNamed() throws IOException {
    assertThat(problems(section("        - field: antalBesok\n          from: budget-meeting\n")))
        .singleElement().asString().contains("aktiviteten 'budget-meeting', som inte har något formulär");
  }

  @Test
  void anUnknownComputedPartListsTheKnownOnes() throws IOException {
    assertThat(problems(section("        - show: budget\n"))).singleElement().asString()
        .contains("'budget' är ingen beräknad del; de finns: municipality, kind, lastYearsGoals, surveyResults");
  }

  @Test
  void aPartIsAFieldOrAComputedPartNotBoth() throws IOException {
    assertThat(problems(section("        - field: antalBesok\n          show: kind\n"))).singleElement().asString()
        .contains("antingen 'field' (ett fält) eller 'show' (en beräknad del)");
  }

  @Test
  void aYearOtherThanLastIsRefused() throws IOException {
    assertThat(problems(section("        - field: antalBesok\n          year: next\n"))).singleElement().asString()
        .contains("'year' kan bara vara 'last'");
  }

  @Test
  void aKeyFigureMustBeANumberField() throws IOException {
    assertThat(problems(section("        - field: antalBesok\n")
        + "countyCompilation:\n  keyFigures:\n    - field: beskrivning\n")).singleElement().asString()
        .contains("sammanställningens nyckeltal: fältet 'beskrivning' är inte ett talfält");
  }

  @Test
  void anUnknownKeyIsNamedWithWhereItStands() throws IOException {
    assertThat(problems(section("        - field: antalBesok\n          rubrik: Besök\n"))).containsExactly(
        "rapport.yaml: okänd nyckel 'rubrik' i annualReport › sections › nr 1 › parts › nr 1 › rubrik "
            + "[regel: rapportlayout]");
  }

  @Test
  void aFileThatIsNoYamlOrHasNoSectionsIsRefused() throws IOException {
    assertThat(problems("annualReport: [unclosed")).singleElement().asString()
        .startsWith("rapport.yaml: inte giltig YAML på rad");
    assertThat(problems("countyCompilation:\n  keyFigures: []\n")).containsExactly(
        "rapport.yaml: saknar annualReport.sections (verksamhetsberättelsens avsnitt) [regel: rapportlayout]");
  }

  @Test
  void thePriorityGoalPartsNeedTheSelfReflectionsGoalFields() throws IOException {
    Map<String, FormSchema> forms = new HashMap<>(formsOf("jamtland"));
    FormSchema reflection = forms.get("self-reflection-january");
    forms.put("self-reflection-january", new FormSchema(reflection.id(), reflection.fields().stream()
        .filter(field -> !field.key().equals("matbartMal2")).toList()));

    assertThat(LayoutRules.problems("rapport.yaml", section("        - show: comingGoals\n")
        .getBytes(StandardCharsets.UTF_8), forms)).containsExactly("rapport.yaml, avsnittet 'Familjecentralen': "
        + "'comingGoals' läser fältet 'matbartMal2', som formuläret 'Form_SelfReflection' saknar "
        + "[regel: rapportlayout]");
  }
}
