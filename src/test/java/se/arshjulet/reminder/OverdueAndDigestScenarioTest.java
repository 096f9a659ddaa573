package se.arshjulet.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjulet.reminder.ReminderEmailScenarioTest.subjects;
import static se.arshjulet.reminder.ReminderEmailScenarioTest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CountyAdministrators;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.MailCounty;
import se.arshjulet.support.TestSmtp;
import se.arshjulet.support.YearDriver;

/** Managers hear of overdue work, every five working days, and get one Monday digest each; never on a day off. */
class OverdueAndDigestScenarioTest extends EngineTest {

  @Test
  void anOverdueReportEscalatesToTheSteeringGroupEveryFiveWorkingDaysUntilDone() {
    MailCounty county = new MailCounty(engine, "overdue-report");
    Centre centre = centre(county.id(), "late", LocalDate.of(2026, 2, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.runUntil("2026-02-02T08:00");

    county.sweepAt("2026-02-27T16:30");
    assertThat(overdue("late.mhv@test.example")).isEmpty();

    county.sweepAt("2026-03-02T08:00"); // first working day after Friday 27 February
    county.sweepAt("2026-03-03T08:00");
    county.sweepAt("2026-03-06T08:00");
    assertThat(overdue("late.mhv@test.example")).containsExactly(
        "Försenad: Lämna in verksamhetsberättelsen (senast 28/2) – Familjecentralen late (skulle ha varit klar senast fredag 27 februari 2026)");
    for (Unit unit : Unit.values()) {
      assertThat(overdue("late." + unit.name().toLowerCase() + "@test.example")).hasSize(1);
    }
    assertThat(overdue("late.c@test.example")).isEmpty();

    county.sweepAt("2026-03-07T08:00"); // Saturday
    county.sweepAt("2026-03-08T08:00"); // Sunday
    assertThat(overdue("late.mhv@test.example")).hasSize(1);

    county.sweepAt("2026-03-09T08:00"); // five working days after 2 March
    assertThat(overdue("late.mhv@test.example")).hasSize(2);

    year.complete("annual-report", "2026-03-10T09:00");
    county.sweepAt("2026-03-16T08:00");
    assertThat(overdue("late.mhv@test.example")).filteredOn(s -> s.contains("Lämna in verksamhetsberättelsen")).hasSize(2);
  }

  @Test
  void anOverdueSteeringGroupTaskEscalatesToTheCountyAdministrators() {
    MailCounty county = new MailCounty(engine, "overdue-sg");
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(CountyAdministrators.groupOf(county.id())));
    User admin = engine.getIdentityService().newUser("overdue.sg.admin");
    admin.setEmail("lansamordnare@overdue-sg.example");
    admin.setPassword("Lan-Samordnare-2026!");
    engine.getIdentityService().saveUser(admin);
    engine.getIdentityService().createMembership(admin.getId(), CountyAdministrators.groupOf(county.id()));
    Centre centre = centre(county.id(), "late-sg", LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.complete("self-reflection-january", "2026-01-20T10:00");

    county.sweepAt("2026-02-02T08:00");

    assertThat(overdue("lansamordnare@overdue-sg.example")).singleElement()
        .satisfies(subject -> assertThat(subject).startsWith("Försenad: Gå igenom årshjulet"));
    assertThat(overdue("late-sg.mhv@test.example")).isEmpty();
  }

  @Test
  void noEmailIsSentOnAHoliday() {
    MailCounty county = new MailCounty(engine, "holiday");
    Centre centre = centre(county.id(), "easter", LocalDate.of(2026, 3, 20), Unit.values());
    YearDriver year = startYear(centre, 2026);
    year.runUntil("2026-04-01T08:00"); // March work overdue, April visit open

    county.sweepAt("2026-04-03T08:00"); // långfredagen
    county.sweepAt("2026-04-06T07:00"); // annandag påsk, a Monday
    county.sweepAt("2026-04-06T08:00");
    assertThat(TestSmtp.all()).noneMatch(m -> to(m).startsWith("easter."));

    county.sweepAt("2026-04-07T07:00"); // the first working day of the week: the digest
    assertThat(subjects("easter.mhv@test.example")).singleElement()
        .satisfies(subject -> assertThat(subject).startsWith("Årshjulet vecka 15"));
  }

  @Test
  void aManagerOfTwoCentresGetsOneDigestAWeekCoveringBoth() throws Exception {
    MailCounty county = new MailCounty(engine, "digest");
    Centre north = centre(county.id(), "north", LocalDate.of(2026, 2, 1), Unit.values());
    Centre south = centre(county.id(), "south", LocalDate.of(2026, 2, 1), Unit.BHV);
    // The BHV manager of the north centre also leads the south centre's child health care.
    List<StaffMember> staff = new ArrayList<>(south.staff().stream()
        .filter(member -> member.role() == StaffMember.Role.COORDINATOR).toList());
    staff.add(north.unitManager(Unit.BHV).orElseThrow());
    registry.register(List.of(new Centre(south.id(), south.name(), "Östersund", county.id(), Centre.Kind.FCLV, false,
        south.joinedOn(), staff)));
    startYear(north, 2026).runUntil("2026-02-02T08:00");
    startYear(south, 2026).runUntil("2026-02-02T08:00");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(CentreGroups.steeringGroup(south.id()))
        .singleResult().getId()).isEqualTo("north.bhv");

    county.sweepAt("2026-02-16T07:00"); // Monday
    county.sweepAt("2026-02-16T08:00");

    List<String> digests = subjects("north.bhv@test.example").stream().filter(s -> s.startsWith("Årshjulet")).toList();
    assertThat(digests).containsExactly("Årshjulet vecka 8: 2 att göra, 0 försenade");
    String body = text(TestSmtp.to("north.bhv@test.example").stream()
        .filter(m -> subjectOf(m).startsWith("Årshjulet")).findFirst().orElseThrow());
    assertThat(body).contains("Familjecentralen north:").contains("Familjecentralen south:")
        .contains("Lämna in verksamhetsberättelsen (senast 28/2) – klar senast fredag 27 februari 2026");
    assertThat(subjects("north.mhv@test.example")).filteredOn(s -> s.startsWith("Årshjulet")).hasSize(1);
  }

  @Test
  void aManagerOfCentresInTwoCountiesGetsOneDigestCoveringBoth() throws Exception {
    MailCounty west = new MailCounty(engine, "digest-west");
    MailCounty east = new MailCounty(engine, "digest-east");
    Centre lake = centre(west.id(), "lake", LocalDate.of(2026, 2, 1), Unit.BHV);
    Centre coast = centre(east.id(), "coast", LocalDate.of(2026, 2, 1));
    // The BHV manager at the lake also leads the child health care of the coast centre, in the next county.
    List<StaffMember> staff = new ArrayList<>(coast.staff());
    staff.add(lake.unitManager(Unit.BHV).orElseThrow());
    registry.register(List.of(new Centre(coast.id(), coast.name(), "Sundsvall", east.id(), Centre.Kind.FC, false,
        coast.joinedOn(), staff)));
    startYear(lake, 2026).runUntil("2026-02-02T08:00");
    startYear(coast, 2026).runUntil("2026-02-02T08:00");

    west.sweepAt("2026-02-16T07:00"); // Monday: one sweep for the whole country

    assertThat(subjects("lake.bhv@test.example")).containsExactly("Årshjulet vecka 8: 2 att göra, 0 försenade");
    String body = text(TestSmtp.to("lake.bhv@test.example").get(0));
    assertThat(body).contains("Familjecentralen lake:").contains("Familjecentralen coast:");
  }

  @Test
  void aDigestMissedAt0700BecauseTheServerWasDownGoesOutLaterThatDayOnce() throws Exception {
    MailCounty county = new MailCounty(engine, "digest-late");
    Centre centre = centre(county.id(), "sleepy", LocalDate.of(2026, 2, 1), Unit.MHV);
    startYear(centre, 2026).runUntil("2026-02-02T08:00");

    // The server was down from Sunday until 10:30 on Monday: the 07:00 and 08:00 sweeps did not run.
    county.sweepAt("2026-02-16T10:30");
    county.sweepAt("2026-02-16T14:00");
    county.sweepAt("2026-02-17T07:00"); // Tuesday: not a digest day

    assertThat(subjects("sleepy.mhv@test.example")).filteredOn(s -> s.startsWith("Årshjulet"))
        .containsExactly("Årshjulet vecka 8: 1 att göra, 0 försenade");
    assertThat(TestSmtp.to("sleepy.mhv@test.example")).filteredOn(m -> subjectOf(m).startsWith("Årshjulet"))
        .singleElement().satisfies(digest -> assertThat(digest.getHeader("X-Arshjulet-Key")[0])
            .startsWith("digest:2026-W8:"));
  }

  private static List<String> overdue(String address) {
    return subjects(address).stream().filter(subject -> subject.startsWith("Försenad")).toList();
  }

  private static String to(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
