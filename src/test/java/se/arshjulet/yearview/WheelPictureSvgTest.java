package se.arshjulet.yearview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The wheel picture on its own, without an engine: months, rings, lanes, numbers, today, and names escaped. */
class WheelPictureSvgTest {

  private static ActivityView activity(String key, String name, String role, String opens, String due,
                                       ActivityState state) {
    return new ActivityView(key, name, role, LocalDate.parse(opens), LocalDate.parse(due), state, null, null);
  }

  private static Document draw(List<ActivityView> activities, LocalDate today) throws Exception {
    String svg = WheelPicture.svg("Familjecentralen Test & Co", 2027, activities, today);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document svg, String tag, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if ((" " + element.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
        found.add(element);
      }
    }
    return found;
  }

  /** The arc's radius and its first point, from the path "M x y A r r 0 large 1 x y". */
  private static double[] arc(Element activity) {
    String[] path = ((Element) activity.getElementsByTagName("path").item(0)).getAttribute("d").split(" ");
    return new double[] {Double.parseDouble(path[4]), Double.parseDouble(path[1]), Double.parseDouble(path[2])};
  }

  @Test
  void twelveSwedishMonthsRunClockwiseFromTheTop() throws Exception {
    Document svg = draw(List.of(), LocalDate.of(2027, 3, 1));

    assertThat(elements(svg, "text", "month")).extracting(Element::getTextContent).containsExactly("januari",
        "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december");
    assertThat(WheelPicture.angle(LocalDate.of(2027, 1, 1), 2027)).isZero();
    assertThat(WheelPicture.angle(LocalDate.of(2027, 7, 2), 2027)).isCloseTo(180, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void eachActivityLiesInItsRolesRingNumberedInListOrderAndOverlapsMoveToAnotherLane() throws Exception {
    Document svg = draw(List.of(
        activity("self-reflection", "Självreflektion", "coordinator", "2027-01-01", "2027-01-29", ActivityState.DONE),
        activity("annual-report", "Verksamhetsberättelse", "coordinator", "2027-01-15", "2027-02-26",
            ActivityState.OVERDUE),
        activity("visit-april", "Verksamhetsbesök", "steering-group", "2027-04-01", "2027-04-30", ActivityState.OPEN),
        activity("summer-leave-approval", "Godkänn semester", "unit-manager", "2027-03-01", "2027-03-31",
            ActivityState.COMING)), LocalDate.of(2027, 3, 1));

    List<Element> drawn = elements(svg, "g", "activity");
    assertThat(drawn).extracting(g -> g.getAttribute("data-number")).containsExactly("1", "2", "3", "4");
    assertThat(drawn).extracting(g -> g.getAttribute("data-state"))
        .containsExactly("done", "overdue", "open", "coming");
    assertThat(arc(drawn.get(0))).containsExactly(300.0, 380.0, 80.0); // 1 January: the top of the coordinators' ring
    assertThat(arc(drawn.get(1))[0]).isEqualTo(318.0); // overlaps the first: the lane outside the ring
    assertThat(arc(drawn.get(2))[0]).isEqualTo(240.0);
    assertThat(arc(drawn.get(3))[0]).isEqualTo(180.0);
    assertThat(elements(svg, "text", "ring-name")).extracting(Element::getTextContent)
        .containsExactly("Samordnare", "Ledningsgrupp", "Enhetschefer");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("1. Självreflektion (samordnare, 2027-01-01 – 2027-01-29, klar).")
        .contains("2. Verksamhetsberättelse (samordnare, 2027-01-15 – 2027-02-26, försenad).");
  }

  @Test
  void todayIsMarkedOnlyInItsOwnYearAndNamesAreEscaped() throws Exception {
    List<ActivityView> one = List.of(
        activity("plan", "Plan <2027> & mål", "coordinator", "2027-05-03", "2027-05-28", ActivityState.OPEN));

    Document thisYear = draw(one, LocalDate.of(2027, 5, 10));
    Document nextYear = draw(one, LocalDate.of(2028, 1, 10));

    assertThat(elements(thisYear, "line", "today")).singleElement()
        .satisfies(line -> assertThat(line.getTextContent()).isEqualTo("Idag, 2027-05-10"));
    assertThat(elements(nextYear, "line", "today")).isEmpty();
    assertThat(elements(thisYear, "g", "activity").get(0).getElementsByTagName("title").item(0).getTextContent())
        .startsWith("1. Plan <2027> & mål\nRoll: ");
    assertThat(elements(thisYear, "text", "subtitle")).singleElement()
        .satisfies(text -> assertThat(text.getTextContent()).isEqualTo("Familjecentralen Test & Co"));
  }
}
