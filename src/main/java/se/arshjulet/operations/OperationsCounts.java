package se.arshjulet.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arshjulet.wheel.WheelInstances;

/** The engine's counts behind the product's gauges, each one query however many centres and tasks there are. */
@Component
public class OperationsCounts {

  /** A county's open wheel tasks, and how many of them are past their due date. */
  public record Tasks(long open, long overdue) {
    static final Tasks NONE = new Tasks(0, 0);
  }

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;

  public OperationsCounts(JdbcClient jdbc, RuntimeService runtime, ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.management = management;
  }

  /**
   * Open and overdue wheel tasks per county (tenant) in one grouped query on Camunda's task table (Camunda's task
   * query would take two queries per county). Overdue: due before {@code now}, as Camunda's {@code dueBefore}.
   */
  public Map<String, Tasks> tasksByCounty(Instant now) {
    Map<String, Tasks> byCounty = new HashMap<>();
    jdbc.sql("""
            SELECT t.TENANT_ID_ AS county, COUNT(*) AS open_tasks,
              SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS overdue_tasks
            FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
            WHERE d.KEY_ = ? AND t.TENANT_ID_ IS NOT NULL
            GROUP BY t.TENANT_ID_""")
        .params(Timestamp.from(now), WheelInstances.WHEEL_KEY)
        .query((rs, n) -> byCounty.put(rs.getString("county"),
            new Tasks(rs.getLong("open_tasks"), rs.getLong("overdue_tasks"))))
        .list();
    return byCounty;
  }

  /** Incidents not resolved yet (e.g. a mail schedule job whose retries ran out), as Cockpit lists them. */
  public long openIncidents() {
    return runtime.createIncidentQuery().count();
  }

  /** Jobs the job executor should have run by now: retries left, due date passed (or none), not suspended. */
  public long dueJobs() {
    return management.createJobQuery().executable().active().count();
  }
}
