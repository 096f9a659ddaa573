package se.arshjulet.settings;

/** A setting the product cannot start without, named in Swedish and English with its environment variable. */
public class MissingSetting extends IllegalStateException {

  public MissingSetting(String property, String environment, String swedish, String english) {
    super("Inställningen " + property + (environment == null ? "" : " (" + environment + ")") + " saknas eller är fel: "
        + swedish + ". / The setting " + property + (environment == null ? "" : " (" + environment + ")")
        + " is missing or wrong: " + english + ".");
  }
}
