package se.arshjulet.centre;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a registry file (YAML) of centres, as a county keeps it:
 * <pre>
 * centres:
 *   - id: ostersund-lugnvik
 *     name: Familjecentralen Lugnvik
 *     municipality: Östersund
 *     county: jamtland
 *     kind: FC
 *     joinedOn: 2025-01-01
 *     coordinator: { username: anna.berg, name: Anna Berg, email: anna.berg@example.se }
 *     steeringGroup:
 *       - { unit: MHV, username: ..., name: ..., email: ... }
 * administrators:
 *   - { county: jamtland, username: ..., name: ..., email: ... }
 * </pre>
 */
public final class CentreFile {

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private CentreFile() {
  }

  record Person(String username, String name, String email, Unit unit) {
  }

  record Entry(String id, String name, String municipality, String county, Centre.Kind kind, Boolean active,
               LocalDate joinedOn, Person coordinator, List<Person> steeringGroup) {
  }

  record Document(List<Entry> centres, List<CountyAdministrator> administrators) {
  }

  /** What a registry file holds. */
  public record Contents(List<Centre> centres, List<CountyAdministrator> administrators) {
  }

  public static List<Centre> read(InputStream yaml) {
    return readAll(yaml).centres();
  }

  public static Contents readAll(InputStream yaml) {
    Document document;
    try {
      document = YAML.readValue(yaml, Document.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("The centre file is not valid: " + e.getMessage(), e);
    }
    if (document == null || document.centres() == null) {
      throw new IllegalArgumentException("The centre file has no 'centres' list");
    }
    return new Contents(document.centres().stream().map(CentreFile::toCentre).toList(),
        document.administrators() == null ? List.of() : List.copyOf(document.administrators()));
  }

  private static Centre toCentre(Entry entry) {
    List<StaffMember> staff = new ArrayList<>();
    if (entry.coordinator() != null) {
      Person c = entry.coordinator();
      staff.add(new StaffMember(c.username(), c.name(), c.email(), StaffMember.Role.COORDINATOR, null));
    }
    if (entry.steeringGroup() != null) {
      entry.steeringGroup().forEach(p -> staff.add(
          new StaffMember(p.username(), p.name(), p.email(), StaffMember.Role.STEERING_GROUP, p.unit())));
    }
    return new Centre(entry.id(), entry.name(), entry.municipality(), entry.county(), entry.kind(),
        entry.active() == null || entry.active(), entry.joinedOn(), staff);
  }
}
