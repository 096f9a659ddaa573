package se.arshjulet.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import se.arshjulet.calendar.WorkingDayCalendar;
import se.arshjulet.settings.Settings;

/**
 * The online backup of the embedded H2 file database, while the product runs: H2's {@code BACKUP TO} writes a
 * consistent copy of the database file as a zip into {@code arshjulet.backup.directory}. PostgreSQL is backed up
 * with its own tools ({@code pg_dump}, README), not here.
 */
@Component
public class DatabaseBackup {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final Path directory;

  public DatabaseBackup(JdbcTemplate jdbc, DataSource dataSource, Settings settings) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.directory = settings.backup().directory();
  }

  /** Whether this database is one the product backs up itself (H2); PostgreSQL is not. */
  public boolean supported() {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
      return "H2".equals(product);
    } catch (Exception e) {
      return false;
    }
  }

  /** Writes a backup and returns its file. */
  public Path backUp() {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve("arshjulet-" + LocalDateTime.now(WorkingDayCalendar.ZONE).format(STAMP) + ".zip")
          .toAbsolutePath();
      // A file name of the product's own making (no quote in it), as H2 takes no parameter here.
      jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
