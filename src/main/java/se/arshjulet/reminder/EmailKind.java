package se.arshjulet.reminder;

/** The three kinds of email the wheel sends. */
public enum EmailKind {
  /** To the task's holders, before and on the due day. */
  REMINDER,
  /** To the managers, after the due day while the task is open. */
  OVERDUE,
  /** To each manager, on the first working day of the week. */
  DIGEST;

  public String code() {
    return name().toLowerCase();
  }
}
