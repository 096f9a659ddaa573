package se.arshjulet.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import se.arshjulet.support.Databases;

/**
 * Camunda's simulated clock for a cluster of processes: the drill sets it here and in a row of the shared
 * PostgreSQL database; every other node follows that row ({@link #follow()}) and acknowledges what it has seen.
 */
final class SharedClock {

  private static final String TABLE = "drill_cluster_clock";

  private SharedClock() {
  }

  /** Creates the clock row at the given time and sets this JVM's clock to it. */
  static void create(Instant at) {
    update("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT PRIMARY KEY, now_ms BIGINT NOT NULL, seen_ms BIGINT NOT NULL)");
    update("DELETE FROM " + TABLE);
    update("INSERT INTO " + TABLE + " VALUES (1, " + at.toEpochMilli() + ", 0)");
    ClockUtil.setCurrentTime(Date.from(at));
  }

  /** Moves every node's clock to the time; returns when the other node has taken it. */
  static void set(Instant at, Process follower) {
    ClockUtil.setCurrentTime(Date.from(at));
    update("UPDATE " + TABLE + " SET now_ms = " + at.toEpochMilli());
    long deadline = System.currentTimeMillis() + 30_000;
    while (seen() != at.toEpochMilli()) {
      if (!follower.isAlive() || System.currentTimeMillis() > deadline) {
        throw new AssertionError("The second node did not take the clock " + at);
      }
      pause(5);
    }
  }

  /** Sets this JVM's clock only (after the other node is gone). */
  static void setHere(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  /** In the following node: a daemon thread that keeps Camunda's clock on the shared row. */
  static void follow() {
    Thread follower = new Thread(() -> {
      long current = Long.MIN_VALUE;
      while (true) {
        try (Connection connection = connect();
             PreparedStatement read = connection.prepareStatement("SELECT now_ms FROM " + TABLE + " WHERE id = 1");
             PreparedStatement ack = connection.prepareStatement("UPDATE " + TABLE + " SET seen_ms = ? WHERE id = 1")) {
          while (true) {
            try (ResultSet row = read.executeQuery()) {
              row.next();
              long wanted = row.getLong(1);
              if (wanted != current) {
                ClockUtil.setCurrentTime(new Date(wanted));
                current = wanted;
                ack.setLong(1, wanted);
                ack.executeUpdate();
              }
            }
            pause(5);
          }
        } catch (SQLException e) {
          pause(200);
        }
      }
    }, "drill-clock-follower");
    follower.setDaemon(true);
    follower.start();
  }

  private static long seen() {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT seen_ms FROM " + TABLE + " WHERE id = 1")) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(Databases.POSTGRES_URL, "postgres", "");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
