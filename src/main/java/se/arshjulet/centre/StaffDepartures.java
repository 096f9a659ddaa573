package se.arshjulet.centre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who left the registry and when ({@code arshjul_staff_left}): the posts she held when no centre listed her any
 * more. Pseudonymisation reads it; a person the registry lists again is taken out.
 */
@Repository
public class StaffDepartures {

  /** A post held: a person's role at a centre. */
  public record Post(String username, String centreId, String role) {
  }

  private final JdbcClient jdbc;

  public StaffDepartures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The posts at these centres, as registered now. */
  public List<Post> postsAt(Collection<String> centreIds) {
    if (centreIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT username, centre_id, role FROM arshjul_centre_staff WHERE centre_id IN (:ids)")
        .param("ids", centreIds)
        .query((row, i) -> new Post(row.getString(1), row.getString(2), row.getString(3))).list();
  }

  /** Records that the people of these posts left on the given day. */
  public void left(Collection<Post> posts, LocalDate on) {
    for (Post post : posts) {
      jdbc.sql("DELETE FROM arshjul_staff_left WHERE username = ? AND centre_id = ? AND role = ?")
          .params(post.username(), post.centreId(), post.role()).update();
      jdbc.sql("INSERT INTO arshjul_staff_left (username, centre_id, role, left_on) VALUES (?, ?, ?, ?)")
          .params(post.username(), post.centreId(), post.role(), on).update();
    }
  }

  /** These people are on the registry again: nothing of theirs is pseudonymised. */
  public void returned(Collection<String> usernames) {
    if (!usernames.isEmpty()) {
      jdbc.sql("DELETE FROM arshjul_staff_left WHERE username IN (:users)").param("users", usernames).update();
    }
  }
}
