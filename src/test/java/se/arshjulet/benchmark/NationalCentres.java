package se.arshjulet.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.StaffMember;
import se.arshjulet.centre.Unit;

/** The benchmarks' Sweden: 307 fictitious centres in 21 counties; with the 4 demo centres 311 (223 FC, 88 FCLV). */
final class NationalCentres {

  static final String[] COUNTIES = {"jamtland", "stockholm", "uppsala", "sodermanland", "ostergotland",
      "jonkoping", "kronoberg", "kalmar", "gotland", "blekinge", "skane", "halland", "vastra-gotaland", "varmland",
      "orebro", "vastmanland", "dalarna", "gavleborg", "vasternorrland", "vasterbotten", "norrbotten"};
  static final int COUNT = 307;

  private NationalCentres() {
  }

  /** The centres, registered inactive: the benchmark starts the year it runs. */
  static List<Centre> inactive() {
    List<Centre> centres = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      String id = id(i);
      List<StaffMember> staff = new ArrayList<>();
      staff.add(new StaffMember(id + ".c", "Samordnare Nummer", id + ".c@bench.example",
          StaffMember.Role.COORDINATOR, null));
      for (Unit unit : units(i)) {
        String user = id + "." + unit.name().toLowerCase();
        staff.add(new StaffMember(user, "Enhetschef Nummer", user + "@bench.example", StaffMember.Role.STEERING_GROUP,
            unit));
      }
      centres.add(new Centre(id, "Familjecentralen " + id, "Kommun", county(i), fclv(i) ? Centre.Kind.FCLV
          : Centre.Kind.FC, false, LocalDate.of(2020, 1, 1), staff));
    }
    return centres;
  }

  /** The same centres as a registry file for {@code POST /api/centres/import}, active: their years start at once. */
  static String yaml() {
    StringBuilder yaml = new StringBuilder("centres:\n");
    for (int i = 0; i < COUNT; i++) {
      String id = id(i);
      yaml.append("  - id: ").append(id).append('\n')
          .append("    name: Familjecentralen ").append(id).append('\n')
          .append("    municipality: Kommun\n")
          .append("    county: ").append(county(i)).append('\n')
          .append("    kind: ").append(fclv(i) ? "FCLV" : "FC").append('\n')
          .append("    joinedOn: 2020-01-01\n")
          .append("    coordinator: { username: ").append(id).append(".c, name: Samordnare Nummer, email: ")
          .append(id).append(".c@bench.example }\n")
          .append("    steeringGroup:\n");
      for (Unit unit : units(i)) {
        String user = id + "." + unit.name().toLowerCase();
        yaml.append("      - { unit: ").append(unit.name()).append(", username: ").append(user)
            .append(", name: Enhetschef Nummer, email: ").append(user).append("@bench.example }\n");
      }
    }
    return yaml.toString();
  }

  private static String id(int i) {
    return "b" + i + "-" + county(i);
  }

  private static String county(int i) {
    return COUNTIES[i % COUNTIES.length];
  }

  private static boolean fclv(int i) {
    return i < 87;
  }

  private static Unit[] units(int i) {
    return fclv(i) ? new Unit[] {Unit.BHV, Unit.OF} : Unit.values();
  }
}
