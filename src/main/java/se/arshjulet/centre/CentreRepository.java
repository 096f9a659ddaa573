package se.arshjulet.centre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry of centres and their staff, in the product's own tables beside Camunda's. */
@Repository
public class CentreRepository {

  private final JdbcClient jdbc;

  public CentreRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void save(Centre centre) {
    int updated = jdbc.sql("""
            UPDATE arshjul_centre SET name = :name, municipality = :municipality, county = :county, kind = :kind,
              active = :active, joined_on = :joinedOn WHERE id = :id""")
        .params(centreParams(centre)).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO arshjul_centre (id, name, municipality, county, kind, active, joined_on)
              VALUES (:id, :name, :municipality, :county, :kind, :active, :joinedOn)""")
          .params(centreParams(centre)).update();
    }
    jdbc.sql("DELETE FROM arshjul_centre_staff WHERE centre_id = ?").param(centre.id()).update();
    for (StaffMember member : centre.staff()) {
      jdbc.sql("""
              INSERT INTO arshjul_centre_staff (centre_id, username, full_name, email, role, unit)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(centre.id(), member.username(), member.name(), member.email(), member.role().name(),
              member.unit() == null ? null : member.unit().name())
          .update();
    }
  }

  public List<Centre> findAll() {
    return assemble(jdbc.sql("SELECT * FROM arshjul_centre ORDER BY county, id").query(this::centreRow).list());
  }

  public List<Centre> findActive() {
    return findAll().stream().filter(Centre::active).toList();
  }

  public Optional<Centre> findById(String id) {
    return assemble(jdbc.sql("SELECT * FROM arshjul_centre WHERE id = ?").param(id).query(this::centreRow).list())
        .stream().findFirst();
  }

  /** The centre's name, when the registry knows it: one row read, without the staff. */
  public Optional<String> nameOf(String id) {
    return jdbc.sql("SELECT name FROM arshjul_centre WHERE id = ?").param(id).query(String.class).optional();
  }

  /** Every centre's name, by its id. */
  public Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    jdbc.sql("SELECT id, name FROM arshjul_centre")
        .query((RowCallbackHandler) row -> names.put(row.getString("id"), row.getString("name")));
    return names;
  }

  /** The counties that have centres in the registry. */
  public List<String> counties() {
    return jdbc.sql("SELECT DISTINCT county FROM arshjul_centre ORDER BY county").query(String.class).list();
  }

  /** The usernames on the staff of these centres, as registered now. */
  public Set<String> staffOf(Collection<String> centreIds) {
    if (centreIds.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(jdbc.sql("SELECT DISTINCT username FROM arshjul_centre_staff WHERE centre_id IN (:ids)")
        .param("ids", centreIds).query(String.class).list());
  }

  /** Those of the usernames that are on the staff of any centre. */
  public Set<String> onAnyStaff(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return new HashSet<>();
    }
    return new HashSet<>(jdbc.sql("SELECT DISTINCT username FROM arshjul_centre_staff WHERE username IN (:users)")
        .param("users", usernames).query(String.class).list());
  }

  private record CentreRow(String id, String name, String municipality, String county, Centre.Kind kind,
                           boolean active, LocalDate joinedOn) {
  }

  /** The centres with their staff: one query for the staff of all centres, or of the one centre asked for. */
  private List<Centre> assemble(List<CentreRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<StaffMember>> staffByCentre = new LinkedHashMap<>();
    String oneCentre = rows.size() == 1 ? " WHERE centre_id = :centre" : "";
    JdbcClient.StatementSpec staff = jdbc.sql("SELECT * FROM arshjul_centre_staff" + oneCentre
        + " ORDER BY centre_id, role, unit, username");
    if (rows.size() == 1) {
      staff = staff.param("centre", rows.get(0).id());
    }
    staff.query((rs, n) -> staffByCentre.computeIfAbsent(rs.getString("centre_id"), k -> new ArrayList<>())
            .add(staffRow(rs)))
        .list();
    return rows.stream()
        .map(c -> new Centre(c.id(), c.name(), c.municipality(), c.county(), c.kind(), c.active(), c.joinedOn(),
            staffByCentre.getOrDefault(c.id(), List.of())))
        .toList();
  }

  private CentreRow centreRow(ResultSet rs, int rowNum) throws SQLException {
    return new CentreRow(rs.getString("id"), rs.getString("name"), rs.getString("municipality"),
        rs.getString("county"), Centre.Kind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
        rs.getDate("joined_on").toLocalDate());
  }

  private static StaffMember staffRow(ResultSet rs) throws SQLException {
    String unit = rs.getString("unit");
    return new StaffMember(rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
        StaffMember.Role.valueOf(rs.getString("role")), unit == null ? null : Unit.valueOf(unit));
  }

  private static Map<String, Object> centreParams(Centre centre) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", centre.id());
    params.put("name", centre.name());
    params.put("municipality", centre.municipality());
    params.put("county", centre.county());
    params.put("kind", centre.kind().name());
    params.put("active", centre.active());
    params.put("joinedOn", centre.joinedOn());
    return params;
  }
}
