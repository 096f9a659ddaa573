package se.arshjulet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.arshjulet.forms.FormSchema;

/** The self-reflection's areas, steps, means and county spread, and their diagrams, without an engine. */
class SelfReflectionResultsTest {

  private static final SelfReflectionForm FORM = form();

  private static SelfReflectionForm form() {
    try {
      return SelfReflectionForm.of(FormSchema.parse(Files.readString(Path.of("forms", "sjalvreflektion.form"))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theInstrumentHasBilaga4sSixAreasAnd30StatementsOnAFourStepScale() {
    assertThat(FORM.areas()).extracting(SelfReflectionForm.Area::name).containsExactly("Generellt för arbete på FC",
        "Tidigt stöd till föräldrar", "Lärande", "Tidigt stöd – personal", "Jämställdhet", "Samverkan");
    assertThat(FORM.areas().stream().mapToInt(area -> area.statements().size()).sum()).isEqualTo(30);
    assertThat(FORM.step("fungerar")).isEqualTo(4);
    assertThat(FORM.step("behover-utvecklas")).isEqualTo(1);
    assertThat(FORM.areaLabel("tidigt-stod-personal")).isEqualTo("Tidigt stöd – personal");
  }

  @Test
  void anAreasMeanIsTheMeanOfItsAnsweredStatements() {
    Occasion january = Occasion.of("Januari 2027", new ObjectMapper().valueToTree(Map.of(
        "deltagande", "fungerar", "information", "fungerar-delvis", "antalSvarande", 9)), FORM);

    assertThat(january.areaMeans().get("Jämställdhet")).isEqualTo(3.0);
    assertThat(january.meanText("Jämställdhet")).isEqualTo("3,0");
    assertThat(january.areaMeans().get("Samverkan")).isNull();
    assertThat(january.meanText("Samverkan")).isEqualTo("–");
    assertThat(january.respondents()).isEqualTo(9);
    assertThat(Occasion.of("December 2026", null, FORM).filledIn()).isFalse();
  }

  @Test
  void theCountysSpreadIsMedianAndRangeOfTheCentresMeans() {
    assertThat(AreaSpread.of("Samverkan", List.of(1.0, 4.0, 2.0, 3.5)))
        .isEqualTo(new AreaSpread("Samverkan", 4, 2.75, 1.0, 4.0));
    assertThat(AreaSpread.of("Lärande", java.util.Arrays.asList(null, 2.0, 3.0, 1.0)).median()).isEqualTo(2.0);
    assertThat(AreaSpread.of("Lärande", List.of()).median()).isNull();
  }

  @Test
  void theDiagramsAreSvgWithATextAlternativeAndEveryArea() {
    List<Occasion> occasions = List.of(Occasion.of("Januari 2027", null, FORM));
    for (String svg : List.of(ReflectionCharts.areas(FORM, occasions), ReflectionCharts.radar(FORM, occasions))) {
      assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"").contains("<title>");
      FORM.areas().forEach(area -> assertThat(svg).contains(ReflectionCharts.esc(area.name())));
    }
    assertThat(ReflectionCharts.areas(FORM, occasions)).contains("ej ifyllt");
  }

  @Test
  void theReportComparesTheOccasionsTheWheelHad() {
    ObjectMapper json = new ObjectMapper();
    var answered = json.createObjectNode().put("antalSvarande", 7);
    Map<String, JsonNode> twoAYear = Map.of("self-reflection-january", answered,
        "self-reflection-december", answered);
    Map<String, JsonNode> oneAYear = Map.of("self-reflection", answered);

    assertThat(AnnualReportAssembler.occasions(2027, twoAYear, twoAYear, FORM)).extracting(Occasion::label)
        .containsExactly("Januari 2027", "December 2026", "Januari 2026");
    assertThat(AnnualReportAssembler.occasions(2027, oneAYear, oneAYear, FORM)).extracting(Occasion::label)
        .containsExactly("Självreflektion 2027", "Självreflektion 2026");
    // The year a county's wheel went from one self-reflection a year to two: this January against last year's.
    assertThat(AnnualReportAssembler.occasions(2027, twoAYear, oneAYear, FORM))
        .extracting(Occasion::label, Occasion::filledIn)
        .containsExactly(tuple("Januari 2027", true),
            tuple("Självreflektion 2026", true));
  }
}
