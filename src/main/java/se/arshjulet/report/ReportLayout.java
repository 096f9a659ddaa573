package se.arshjulet.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.arshjulet.forms.FormSchema;

/**
 * How a county's follow-up documents are laid out ({@code rapport.yaml} in its wheel folder): the annual report's
 * sections in order, each a heading, a guidance and its parts, and the key figures of the county compilation. A part
 * is either a form field ({@code field}, from the annual-report form unless {@code from} names another activity, of
 * this year or {@code year: last}; its label is the form's unless {@code label} gives one) or a part the product
 * computes ({@code show}, see {@link Computed}). In headings and labels {@code {år}} is the report's year and
 * {@code {år-1}} the year it tells of. {@link LayoutRules} checks it against the wheel's forms.
 */
public record ReportLayout(AnnualReport annualReport, CountyCompilation countyCompilation) {

  public ReportLayout {
    countyCompilation = countyCompilation == null ? new CountyCompilation(List.of()) : countyCompilation;
  }

  /** The activity whose form a field is read from when a part names none. */
  public static final String ANNUAL_REPORT = "annual-report";
  /** {@code from: self-reflection}: the year's first self-reflection (January's where the wheel has two). */
  public static final String FIRST_SELF_REFLECTION = "self-reflection";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public record AnnualReport(String title, List<Section> sections) {
  }

  public record Section(String heading, String guidance, List<Part> parts) {

    public List<Part> parts() {
      return parts == null ? List.of() : parts;
    }
  }

  /** A field ({@code field}, {@code from}, {@code year}, {@code label}) or a computed part ({@code show}). */
  public record Part(String field, String from, String year, String label, String show) {

    public String activity() {
      return from == null ? ANNUAL_REPORT : from;
    }

    public boolean lastYear() {
      return "last".equals(year);
    }

    /** The label the document shows: the layout's (with the years put in), else the form field's, else its key. */
    public String shownLabel(Map<String, FormSchema> formsByActivity, int reportYear) {
      if (label != null) {
        return withYears(label, reportYear);
      }
      return LayoutRules.formOf(activity(), formsByActivity).flatMap(form -> form.field(field))
          .map(FormSchema.Field::label).orElse(field);
    }
  }

  public record CountyCompilation(List<Part> keyFigures) {

    public List<Part> keyFigures() {
      return keyFigures == null ? List.of() : keyFigures;
    }
  }

  /** The parts the product computes, by their name in {@code show}. */
  public enum Computed {
    MUNICIPALITY("municipality"),
    KIND("kind"),
    LAST_YEARS_GOALS("lastYearsGoals"),
    SURVEY_RESULTS("surveyResults"),
    SELF_REFLECTION_TABLE("selfReflectionTable"),
    SELF_REFLECTION_CHARTS("selfReflectionCharts"),
    COMING_GOALS("comingGoals");

    private final String name;

    Computed(String name) {
      this.name = name;
    }

    public String shownAs() {
      return name;
    }

    public static java.util.Optional<Computed> named(String name) {
      return java.util.Arrays.stream(values()).filter(computed -> computed.name.equals(name)).findFirst();
    }
  }

  /** A layout file that cannot be read; the message is Swedish and names the line. */
  public static class Unreadable extends RuntimeException {
    public Unreadable(String message) {
      super(message);
    }
  }

  public static ReportLayout parse(byte[] yaml) {
    try {
      ReportLayout layout = YAML.readValue(yaml, ReportLayout.class);
      if (layout == null || layout.annualReport() == null || layout.annualReport().sections() == null
          || layout.annualReport().sections().isEmpty()) {
        throw new Unreadable("saknar annualReport.sections (verksamhetsberättelsens avsnitt)");
      }
      return layout;
    } catch (UnrecognizedPropertyException e) {
      throw new Unreadable("okänd nyckel '" + e.getPropertyName() + "' i " + e.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : "nr " + (step.getIndex() + 1))
          .collect(java.util.stream.Collectors.joining(" › ")));
    } catch (JsonProcessingException e) {
      throw new Unreadable("inte giltig YAML på rad " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
          + " (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A heading or label with the years put in. */
  public static String withYears(String text, int year) {
    return text == null ? null : text.replace("{år-1}", String.valueOf(year - 1)).replace("{år}",
        String.valueOf(year));
  }
}
