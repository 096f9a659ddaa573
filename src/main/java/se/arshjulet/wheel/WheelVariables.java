package se.arshjulet.wheel;

/** The few process variables every wheel instance carries. Fewer variables keep every job cheap. */
public final class WheelVariables {

  /** The centre the instance runs for; candidate groups are derived from it. */
  public static final String CENTRE_ID = "centreId";
  /** The cycle year; every date of the wheel is a function of it. */
  public static final String YEAR = "year";
  /** Set only for a centre that joined during the cycle year: activities due before it are skipped. */
  public static final String JOINED_ON = "joinedOn";

  private WheelVariables() {
  }
}
