package se.arshjulet.centre;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who does a wheel activity, or receives its email: the code the year page, the preview and the calendar feed use,
 * and the Swedish names a person reads (as a ring of the wheel picture, and in a sentence).
 */
public enum WheelRole {

  COORDINATOR("coordinator", "Samordnare", "samordnare"),
  STEERING_GROUP("steering-group", "Ledningsgrupp", "ledningsgruppen"),
  UNIT_MANAGER("unit-manager", "Enhetschefer", "enhetschef"),
  COUNTY_ADMINISTRATOR("county-administrator", "Länet", "länets samordnare");

  private final String code;
  private final String title;
  private final String inSentence;

  WheelRole(String code, String title, String inSentence) {
    this.code = code;
    this.title = title;
    this.inSentence = inSentence;
  }

  public String code() {
    return code;
  }

  /** The name as a heading or a ring of the wheel: "Samordnare". */
  public String title() {
    return title;
  }

  /** The name inside a sentence: "samordnare". */
  public String inSentence() {
    return inSentence;
  }

  public static Optional<WheelRole> ofCode(String code) {
    return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
  }
}
