package se.arshjulet.reminder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arshjulet.centre.CentreGroups;
import se.arshjulet.centre.CountyAdministrators;

/**
 * Who gets an email: a reminder goes to the task's holders (its candidate groups and users, its assignee and owner);
 * an overdue email to the centre's steering group, or for a steering-group task to the county's administrators; a
 * digest to each member of the steering group. Users by id, with their email address (null when Camunda has none).
 *
 * <p>One planning asks this for hundreds of tasks: the tasks' holders and every group's members are read from
 * Camunda's tables in a few queries for all of them (its API reads them one task and one group at a time).
 */
@Component
public class Recipients {

  /** Task ids per query: within every database's limit on an IN list. */
  private static final int TASKS_PER_QUERY = 500;

  private final JdbcClient jdbc;
  private final IdentityService identityService;

  public Recipients(JdbcClient jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  /** A look-up for one planning: the holders of the given tasks read now, every group's members when first asked. */
  public Lookup lookup(Collection<String> taskIds) {
    return new Lookup(holdersOf(taskIds));
  }

  /** A task's candidate, assignee or owner: a user or a group. */
  private record Holder(String type, String userId, String groupId) {
  }

  private Map<String, List<Holder>> holdersOf(Collection<String> taskIds) {
    Map<String, List<Holder>> holders = new HashMap<>();
    List<String> ids = List.copyOf(taskIds);
    for (int from = 0; from < ids.size(); from += TASKS_PER_QUERY) {
      jdbc.sql("""
              SELECT TASK_ID_ AS task, TYPE_ AS type, USER_ID_ AS user_id, GROUP_ID_ AS group_id
                FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IN (:ids)
              UNION ALL SELECT ID_, 'assignee', ASSIGNEE_, NULL FROM ACT_RU_TASK
                WHERE ID_ IN (:ids) AND ASSIGNEE_ IS NOT NULL
              UNION ALL SELECT ID_, 'owner', OWNER_, NULL FROM ACT_RU_TASK WHERE ID_ IN (:ids) AND OWNER_ IS NOT NULL""")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + TASKS_PER_QUERY)))
          .query((rs, n) -> {
            holders.computeIfAbsent(rs.getString("task"), task -> new ArrayList<>())
                .add(new Holder(rs.getString("type"), rs.getString("user_id"), rs.getString("group_id")));
            return null;
          }).list();
    }
    return holders;
  }

  /** Every group's members with their email address, by group, in user id order. */
  private Map<String, Map<String, String>> members() {
    Map<String, Map<String, String>> members = new HashMap<>();
    jdbc.sql("""
            SELECT m.GROUP_ID_ AS group_id, u.ID_ AS user_id, u.EMAIL_ AS email
              FROM ACT_ID_MEMBERSHIP m JOIN ACT_ID_USER u ON u.ID_ = m.USER_ID_
             ORDER BY m.GROUP_ID_, u.ID_""")
        .query((rs, n) -> {
          members.computeIfAbsent(rs.getString("group_id"), group -> new LinkedHashMap<>())
              .put(rs.getString("user_id"), rs.getString("email"));
          return null;
        }).list();
    return members;
  }

  public final class Lookup {

    private final Map<String, List<Holder>> holdersByTask;
    private Map<String, Map<String, String>> members;
    private final Map<String, String> emails = new HashMap<>();

    private Lookup(Map<String, List<Holder>> holdersByTask) {
      this.holdersByTask = holdersByTask;
    }

    /** The task's holders; a task not given to {@link #lookup} has none. */
    public Map<String, String> holders(OpenTask task) {
      Map<String, String> users = new LinkedHashMap<>();
      for (Holder holder : holdersByTask.getOrDefault(task.taskId(), List.of())) {
        if (IdentityLinkType.CANDIDATE.equals(holder.type()) && holder.groupId() != null) {
          users.putAll(membersOf(holder.groupId()));
        } else if (holder.userId() != null) {
          users.put(holder.userId(), emailOf(holder.userId()));
        }
      }
      return users;
    }

    public Map<String, String> managers(OpenTask task, String county) {
      boolean steeringGroupTask = holdersByTask.getOrDefault(task.taskId(), List.of()).stream()
          .anyMatch(holder -> holder.groupId() != null && holder.groupId().endsWith(CentreGroups.STEERING_GROUP));
      return steeringGroupTask ? membersOf(CountyAdministrators.groupOf(county))
          : membersOf(CentreGroups.steeringGroup(task.centreId()));
    }

    public Map<String, String> steeringGroup(String centreId) {
      return membersOf(CentreGroups.steeringGroup(centreId));
    }

    private Map<String, String> membersOf(String groupId) {
      return allMembers().getOrDefault(groupId, Map.of());
    }

    private Map<String, Map<String, String>> allMembers() {
      if (members == null) {
        members = members();
        members.values().forEach(emails::putAll); // a member's address comes with her groups
      }
      return members;
    }

    private String emailOf(String userId) {
      allMembers(); // every group member's address is known from here on
      if (!emails.containsKey(userId)) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        emails.put(userId, user == null ? null : user.getEmail());
      }
      return emails.get(userId);
    }
  }
}
