package se.arshjulet.deployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import se.arshjulet.forms.FormSchema;
import se.arshjulet.report.LayoutRules;
import se.arshjulet.settings.WheelFiles;
import se.arshjulet.wheel.WheelActivities;
import se.arshjulet.wheel.WheelInstances;

/**
 * The product's own rules for a county's wheel, on top of Camunda's parser. Each problem names the file, the element
 * and the rule, in Swedish, for the administrator who edited the wheel:
 * every user task has a role and a due date; every activity key exists and is unique; every form it names is
 * deployed with it; every expression names a bean or wheel variable that exists; timers only use the calendar; its
 * report layout names only fields its forms have ({@link LayoutRules}).
 */
public class WheelRules {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
  private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern CALENDAR_TIMER = Pattern.compile("\\s*\\$\\{\\s*(opens|due)\\.\\w+\\(.*\\)\\s*}\\s*");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
      "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "loopCounter", "nrOfInstances",
      "nrOfActiveInstances", "nrOfCompletedInstances", "currentUser", "currentUserGroups");

  private final Predicate<String> knownName;

  /** @param knownName whether a name is a bean or a wheel variable an expression may use */
  public WheelRules(Predicate<String> knownName) {
    this.knownName = knownName;
  }

  /**
   * The problems of a county's deployment: those of {@link #problems}, and a copy of the national mail schedule
   * (the county schedules of earlier versions), which would start a second sweep of the whole country at each
   * sending hour.
   */
  public List<String> countyProblems(Map<String, byte[]> files) {
    List<String> problems = problems(files);
    files.forEach((name, content) -> {
      if (name.endsWith(".bpmn") && declaresMailSchedule(content)) {
        problems.add(name + ", " + MailScheduleDeployer.SCHEDULE_KEY + ": utskicket är gemensamt för hela landet och "
            + "driftsätts av Årshjulet självt, inte med länets årshjul: ta bort filen [regel: utskick]");
      }
    });
    return problems;
  }

  private static boolean declaresMailSchedule(byte[] content) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(content))
          .getModelElementById(MailScheduleDeployer.SCHEDULE_KEY) instanceof Process;
    } catch (RuntimeException unreadable) {
      return false; // named by problems()
    }
  }

  /** The problems of a deployment's files (name → content); empty when it may be deployed. */
  public List<String> problems(Map<String, byte[]> files) {
    List<String> problems = new ArrayList<>();
    Map<String, String> formFiles = new HashMap<>();
    Map<String, FormSchema> forms = new HashMap<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        try {
          FormSchema form = FormSchema.parse(new String(content, StandardCharsets.UTF_8));
          formFiles.put(form.id(), name);
          forms.put(form.id(), form);
          form.fields().stream().filter(field -> field.differentFrom() != null
                  && form.field(field.differentFrom()).isEmpty())
              .forEach(field -> problems.add(name + ", " + field.key() + ": ska skilja sig från fältet '"
                  + field.differentFrom() + "', som formuläret inte har [regel: formulär]"));
        } catch (IllegalArgumentException e) {
          problems.add(name + ": inte ett giltigt formulär (" + e.getMessage() + ") [regel: formulär]");
        }
      }
    });
    Map<String, FormSchema> formsByActivity = new HashMap<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".bpmn")) {
        problems.addAll(expressionProblems(name, content));
        try {
          BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
          problems.addAll(wheelProblems(name, model, formFiles.keySet()));
          WheelActivities.formsByKey(model).forEach((key, formId) -> {
            if (forms.containsKey(formId)) {
              formsByActivity.put(key, forms.get(formId));
            }
          });
        } catch (RuntimeException e) {
          problems.add(name + ": kan inte läsas som BPMN (" + e.getMessage() + ") [regel: BPMN]");
        }
      }
    });
    byte[] layout = files.get(WheelFiles.REPORT_LAYOUT);
    if (layout != null && !formsByActivity.isEmpty()) {
      problems.addAll(LayoutRules.problems(WheelFiles.REPORT_LAYOUT, layout, formsByActivity));
    }
    return problems;
  }

  private List<String> wheelProblems(String file, BpmnModelInstance model, Set<String> forms) {
    List<String> problems = new ArrayList<>();
    Process wheel = model.getModelElementById(WheelInstances.WHEEL_KEY);
    if (wheel == null) {
      return problems;
    }
    Map<String, String> keys = WheelActivities.keysByElementId(model);
    Set<String> seen = new HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String at = file + ", " + task.getId() + ": ";
      if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaAssignee())) {
        problems.add(at + "uppgiften har ingen roll (camunda:candidateGroups) [regel: roll]");
      }
      if (blank(task.getCamundaDueDate())) {
        problems.add(at + "uppgiften har inget förfallodatum (camunda:dueDate) [regel: förfallodatum]");
      }
      String key = keys.get(task.getId());
      if (key == null) {
        problems.add(at + "uppgiften har ingen aktivitetsnyckel (egenskapen 'key') [regel: aktivitetsnyckel]");
      } else if (!seen.add(key)) {
        problems.add(at + "aktivitetsnyckeln '" + key + "' används redan av en annan uppgift [regel: unik nyckel]");
      }
      String form = task.getCamundaFormRef();
      if (!blank(form) && !forms.contains(form)) {
        problems.add(at + "formuläret '" + form + "' finns inte bland formulären i forms/ [regel: formulär]");
      }
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String at = file + ", " + timer.getParentElement().getAttributeValue("id") + ": ";
      boolean calendarDate = timer.getTimeDate() != null
          && CALENDAR_TIMER.matcher(timer.getTimeDate().getTextContent()).matches();
      if (!calendarDate) {
        problems.add(at + "en timer i årshjulet ska vara ett datum från kalendern, ${opens.…} eller ${due.…} "
            + "[regel: kalender]");
      }
    }
    return problems;
  }

  /** Every ${…} in the file may only start from known beans and variables. */
  private List<String> expressionProblems(String file, byte[] content) {
    List<String> problems = new ArrayList<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
      walk(file, root, root.getAttribute("id"), problems);
    } catch (Exception e) {
      problems.add(file + ": är inte giltig XML (" + e.getMessage() + ") [regel: BPMN]");
    }
    return problems;
  }

  private void walk(String file, Element element, String nearestId, List<String> problems) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : nearestId;
    if ("documentation".equals(element.getLocalName())) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      check(file, id, ((Attr) attributes.item(i)).getValue(), problems);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(file, childElement, id, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        check(file, id, child.getNodeValue(), problems);
      }
    }
  }

  private void check(String file, String elementId, String text, List<String> problems) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher name = ROOT.matcher(STRING.matcher(expression.group(1)).replaceAll("''"));
      while (name.find()) {
        String root = name.group(1);
        if (!EL_WORDS.contains(root) && !ENGINE_NAMES.contains(root) && !knownName.test(root)) {
          problems.add(file + ", " + elementId + ": uttrycket " + expression.group() + " använder '" + root
              + "', som varken är en böna eller en variabel i årshjulet [regel: uttryck]");
        }
      }
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
