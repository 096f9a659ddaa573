package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;
import se.arshjulet.wheel.JamtlandWheelYearTestTables;

/**
 * One centre's whole 2027 on the live engine with its mail schedule at 07:00 and 08:00 every day and every task done
 * at 12:00 on its due day: the emails that arrive are exactly those of the independent table, per person.
 */
class YearOfEmailsTest extends EngineTest {

  @Test
  void aYearDoneOnTimeSendsExactlyTheRemindersAndDigestsOfTheRules() throws Exception {
    MailCounty county = new MailCounty(engine, "year-of-emails");
    Centre centre = centre(county.id(), "mailyear", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2027);

    year.runYearCompletingOnDueDay(county);

    Map<String, Integer> expected = new HashMap<>();
    for (String row : JamtlandWheelYearTestTables.expectedEmails(2027)) {
      String[] columns = row.split(",");
      switch (columns[2]) {
        case "coordinator" -> expected.merge("mailyear.c@test.example", 1, Integer::sum);
        case "steering-group" -> {
          for (Unit unit : Unit.values()) {
            expected.merge("mailyear." + unit.name().toLowerCase() + "@test.example", 1, Integer::sum);
          }
        }
        case "unit-manager" -> { } // one of the four approvals per manager, counted below
        default -> throw new AssertionError(row);
      }
    }
    for (Unit unit : Unit.values()) {
      expected.merge("mailyear." + unit.name().toLowerCase() + "@test.example", 2, Integer::sum);
    }
    Map<String, Integer> actual = new HashMap<>();
    for (String address : expected.keySet()) {
      List<MimeMessage> received = TestSmtp.to(address);
      actual.put(address, received.size());
      assertThat(received).extracting(MimeMessage::getSubject)
          .noneMatch(subject -> subject.startsWith("Försenad"));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(
        expected.values().stream().mapToInt(Integer::intValue).sum());
  }
}
