package se.arshjulet.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.report.ReportLayout.Computed;
import se.arshjulet.report.ReportLayout.Part;

/**
 * What a report layout must keep to be deployed with a wheel, each problem in Swedish naming the layout file, the
 * section and the field: every field it names is on the form of the activity it names; every computed part exists and
 * finds the self-reflection fields it reads; the compilation's key figures are numbers.
 */
public final class LayoutRules {

  /** The self-reflection fields the priority-goal parts read. */
  static final List<String> PRIORITY_FIELDS = List.of("prioriteratOmrade1", "matbartMal1", "prioriteratOmrade2",
      "matbartMal2");

  private LayoutRules() {
  }

  /**
   * @param formsByActivity the form of each activity of the wheel deployed with the layout, by activity key
   */
  public static List<String> problems(String file, byte[] content, Map<String, FormSchema> formsByActivity) {
    List<String> problems = new ArrayList<>();
    ReportLayout layout;
    try {
      layout = ReportLayout.parse(content);
    } catch (ReportLayout.Unreadable e) {
      problems.add(file + ": " + e.getMessage() + " [regel: rapportlayout]");
      return problems;
    }
    for (ReportLayout.Section section : layout.annualReport().sections()) {
      String at = file + ", avsnittet '" + section.heading() + "'";
      if (section.heading() == null || section.heading().isBlank()) {
        problems.add(file + ": ett avsnitt saknar rubrik (heading) [regel: rapportlayout]");
      }
      for (Part part : section.parts()) {
        problems.addAll(partProblems(at, part, formsByActivity));
      }
    }
    for (Part figure : layout.countyCompilation().keyFigures()) {
      String at = file + ", sammanställningens nyckeltal";
      List<String> found = partProblems(at, figure, formsByActivity);
      problems.addAll(found);
      if (found.isEmpty() && figure.field() != null) {
        formOf(figure.activity(), formsByActivity).flatMap(form -> form.field(figure.field()))
            .filter(field -> !"number".equals(field.type()))
            .ifPresent(field -> problems.add(at + ": fältet '" + figure.field() + "' är inte ett talfält "
                + "[regel: rapportlayout]"));
      } else if (figure.show() != null) {
        problems.add(at + ": ett nyckeltal är ett talfält ('field'), inte en beräknad del [regel: rapportlayout]");
      }
    }
    return problems;
  }

  private static List<String> partProblems(String at, Part part, Map<String, FormSchema> formsByActivity) {
    List<String> problems = new ArrayList<>();
    if ((part.field() == null) == (part.show() == null)) {
      problems.add(at + ": en del ska ha antingen 'field' (ett fält) eller 'show' (en beräknad del) "
          + "[regel: rapportlayout]");
      return problems;
    }
    if (part.year() != null && !part.lastYear()) {
      problems.add(at + ": 'year' kan bara vara 'last' (förra årets svar), inte '" + part.year() + "' "
          + "[regel: rapportlayout]");
    }
    if (part.show() != null) {
      Optional<Computed> computed = Computed.named(part.show());
      if (computed.isEmpty()) {
        problems.add(at + ": '" + part.show() + "' är ingen beräknad del; de finns: " + String.join(", ",
            java.util.Arrays.stream(Computed.values()).map(Computed::shownAs).toList()) + " [regel: rapportlayout]");
      } else {
        problems.addAll(computedProblems(at, computed.get(), formsByActivity));
      }
      return problems;
    }
    Optional<FormSchema> form = formOf(part.activity(), formsByActivity);
    if (form.isEmpty()) {
      problems.add(at + ": fältet '" + part.field() + "' ska läsas från aktiviteten '" + part.activity()
          + "', som inte har något formulär i årshjulet [regel: rapportlayout]");
    } else if (form.get().field(part.field()).isEmpty()) {
      problems.add(at + ": fältet '" + part.field() + "' finns inte i formuläret '" + form.get().id()
          + "' (aktiviteten '" + part.activity() + "') [regel: rapportlayout]");
    }
    return problems;
  }

  private static List<String> computedProblems(String at, Computed computed, Map<String, FormSchema> forms) {
    boolean readsReflection = computed == Computed.LAST_YEARS_GOALS || computed == Computed.COMING_GOALS
        || computed == Computed.SELF_REFLECTION_TABLE || computed == Computed.SELF_REFLECTION_CHARTS;
    if (!readsReflection) {
      return List.of();
    }
    Optional<FormSchema> reflection = formOf(ReportLayout.FIRST_SELF_REFLECTION, forms);
    if (reflection.isEmpty()) {
      return List.of(at + ": '" + computed.shownAs() + "' läser självreflektionen, men årshjulet har ingen "
          + "självreflektion med formulär [regel: rapportlayout]");
    }
    List<String> problems = new ArrayList<>();
    if (computed == Computed.LAST_YEARS_GOALS || computed == Computed.COMING_GOALS) {
      PRIORITY_FIELDS.stream().filter(field -> reflection.get().field(field).isEmpty())
          .forEach(field -> problems.add(at + ": '" + computed.shownAs() + "' läser fältet '" + field
              + "', som formuläret '" + reflection.get().id() + "' saknar [regel: rapportlayout]"));
    } else if (SelfReflectionForm.of(reflection.get()).areas().isEmpty()) {
      problems.add(at + ": '" + computed.shownAs() + "' behöver påståenden på självreflektionens skala i "
          + "formuläret '" + reflection.get().id() + "' [regel: rapportlayout]");
    }
    return problems;
  }

  /** The form of an activity; {@code self-reflection} is the year's first self-reflection. */
  static Optional<FormSchema> formOf(String activity, Map<String, FormSchema> formsByActivity) {
    if (ReportLayout.FIRST_SELF_REFLECTION.equals(activity) && !formsByActivity.containsKey(activity)) {
      return Optional.ofNullable(formsByActivity.get("self-reflection-january"));
    }
    return Optional.ofNullable(formsByActivity.get(activity));
  }
}
