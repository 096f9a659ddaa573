package se.arshjulet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules a form submission must keep, without an engine: required, numbers, scales, read-only fields. */
class FormSchemaTest {

  private static FormSchema form(String file) throws Exception {
    return FormSchema.parse(Files.readString(Path.of("forms", file)));
  }

  @Test
  void aCompleteAnnualReportHasNoProblemsAndAMissingRequiredFieldIsNamedInSwedish() throws Exception {
    FormSchema report = form("verksamhetsberattelse.form");
    Map<String, Object> answers = new HashMap<>();
    report.fields().stream().filter(FormSchema.Field::required).forEach(field ->
        answers.put(field.key(), "number".equals(field.type()) ? 3 : "Text"));
    assertThat(report.problems(answers)).isEmpty();

    answers.remove("analys");
    answers.put("antalBesok", "många");
    assertThat(report.problems(answers)).containsExactlyInAnyOrder("Fyll i ”Analys av resultaten”.",
        "”Antal besök under året” ska vara ett tal (fick många).");
  }

  @Test
  void aValueOffTheScaleIsRefusedAndGroupsAndReadOnlyFieldsAreKnown() throws Exception {
    FormSchema reflection = form("sjalvreflektion.form");
    FormSchema.Field statement = reflection.fields().stream().filter(f -> f.key().equals("samverkansavtaletKant"))
        .findFirst().orElseThrow();
    assertThat(statement.group()).isEqualTo("Samverkan");
    assertThat(statement.labelOf("behover-utvecklas")).isEqualTo("Behöver utvecklas");
    assertThat(reflection.fields()).filteredOn(FormSchema.Field::readonly).extracting(FormSchema.Field::key)
        .containsExactly("forraAretsOmrade1", "forraAretsMal1", "forraAretsOmrade2", "forraAretsMal2");
    assertThat(reflection.problems(Map.of("samverkansavtaletKant", "jattebra"))).contains(
        "”Samverkan – Det övergripande samverkansavtalet är väl känt hos medarbetarna.” har ett värde som inte "
            + "finns på skalan: jattebra.");
  }

  @Test
  void somethingThatIsNotAFormIsRefused() {
    assertThatThrownBy(() -> FormSchema.parse("{\"components\": []}")).hasMessageContaining("not a Camunda Form");
    assertThatThrownBy(() -> FormSchema.parse("{")).hasMessageContaining("not valid JSON");
  }

  @Test
  void theSamePriorityAreaTwiceIsRefusedInSwedish() throws Exception {
    FormSchema reflection = form("sjalvreflektion.form");
    assertThat(reflection.field("prioriteratOmrade2").orElseThrow().differentFrom()).isEqualTo("prioriteratOmrade1");

    // (The other required fields are missing here, and named too.)
    assertThat(reflection.problems(Map.of("prioriteratOmrade1", "samverkan", "prioriteratOmrade2", "samverkan")))
        .contains("”Prioriterat område 2” ska skilja sig från ”Prioriterat område 1”: välj ett annat än "
            + "Samverkan.");
    assertThat(reflection.problems(Map.of("prioriteratOmrade1", "samverkan", "prioriteratOmrade2", "larande")))
        .noneMatch(problem -> problem.contains("Prioriterat område"));
  }

  @Test
  void aNegativeNumberIsRefusedEvenWhereTheFormSetsNoBound() throws Exception {
    FormSchema schema = FormSchema.parse("""
        {"id": "Form_Count", "components": [{"type": "number", "key": "antal", "label": "Antal familjer"},
         {"type": "number", "key": "andel", "label": "Andel", "validate": {"min": 10}}]}""");

    assertThat(schema.problems(Map.of("antal", -1, "andel", 5))).containsExactly(
        "”Antal familjer” kan inte vara negativt (fick -1).", "”Andel” ska vara minst 10 (fick 5).");
    assertThat(schema.problems(Map.of("antal", 0, "andel", 10))).isEmpty();
  }
}
