package se.arshjulet.yearview;

/** Where an activity of a centre's year stands, with its Swedish label and colour on the wheel. */
public enum ActivityState {
  COMING("kommande", "#b0bec5", ""),
  OPEN("pågår", "#1e88e5", "…"),
  DONE("klar", "#43a047", "✓"),
  DONE_LATE("klar efter förfallodatum", "#fb8c00", "✓"),
  OVERDUE("försenad", "#e53935", "!"),
  SKIPPED("inte aktuell", "#757575", "–");

  private final String label;
  private final String colour;
  private final String symbol;

  ActivityState(String label, String colour, String symbol) {
    this.label = label;
    this.colour = colour;
    this.symbol = symbol;
  }

  /** A sign beside the colour where a state stands in a small cell, so that colour is not the only cue. */
  public String symbol() {
    return symbol;
  }

  public String label() {
    return label;
  }

  public String colour() {
    return colour;
  }

  public String code() {
    return name().toLowerCase().replace('_', '-');
  }

  /** For a task per unit manager: the state that needs attention most stands for the activity. */
  static ActivityState mostUrgent(ActivityState a, ActivityState b) {
    return urgency(a) >= urgency(b) ? a : b;
  }

  private static int urgency(ActivityState state) {
    return switch (state) {
      case OVERDUE -> 5;
      case OPEN -> 4;
      case DONE_LATE -> 3;
      case DONE -> 2;
      case SKIPPED -> 1;
      case COMING -> 0;
    };
  }
}
