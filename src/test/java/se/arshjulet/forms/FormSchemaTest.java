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
}
