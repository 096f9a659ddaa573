package se.arshjulet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The tests' own copy of processes/ (target/test-processes, the test profile's wheel folder), so that tests may add
 * and edit county wheels as an administrator would, without touching the repository's files.
 */
public final class TestProcesses {

  public static final Path DIR = Path.of("target", "test-processes");
  private static boolean prepared;

  private TestProcesses() {
  }

  public static synchronized void prepare() {
    if (prepared) {
      return;
    }
    try {
      if (Files.exists(DIR)) {
        try (Stream<Path> old = Files.walk(DIR)) {
          old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      copy(Path.of("processes"), DIR);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    prepared = true;
  }

  /** Copies a folder (e.g. a county's wheel) below the tests' processes folder. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
