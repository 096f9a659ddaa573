package se.arshjulet.reminder;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.Today;

/**
 * The service task "Kontrollera saknade mottagare" of the national mail schedule ({@code ${emailSweep}}), reached
 * when planning found emails with nobody to go to: plans again, sends, and fails naming those still without a
 * recipient, so that the job's retries run out into an incident in Cockpit. Once the registry has the missing staff
 * or addresses, "Retry" there plans and sends their emails. Jobs of mail schedules deployed before planning and
 * sending were two tasks also call it: it does both.
 */
@Component("emailSweep")
public class EmailSweep implements JavaDelegate {

  private final EmailPlanning planning;
  private final OutboxDelivery delivery;

  public EmailSweep(EmailPlanning planning, OutboxDelivery delivery) {
    this.planning = planning;
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> problems = planning.plan(Today.now());
    delivery.deliverUnsent();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Emails that have no recipient: " + String.join("; ", problems)
          + ". Add the missing email addresses or staff to the centre registry, then retry this job.");
    }
  }
}
