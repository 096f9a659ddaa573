package se.arshjulet.drill;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A node of a drill in a JVM of its own, on the test class path, its output in {@code target/drills/<name>.log}. */
final class NodeProcess {

  private NodeProcess() {
  }

  /**
   * Starts {@code main} with the JVM options and arguments and waits (up to two minutes) until its log shows
   * {@code ready}; a node that dies or does not get there fails the drill.
   */
  static Process start(String name, List<String> jvmOptions, Class<?> main, List<String> arguments, String ready)
      throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-Duser.timezone=Europe/Stockholm", "-cp", classPath));
    command.addAll(jvmOptions);
    command.add(main.getName());
    command.addAll(arguments);
    File log = Path.of("target", "drills", name + ".log").toFile();
    log.getParentFile().mkdirs();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    long deadline = System.currentTimeMillis() + 120_000;
    while (!Files.readString(log.toPath()).contains(ready)) {
      if (!process.isAlive() || System.currentTimeMillis() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("The node " + name + " did not start; see " + log);
      }
      Thread.sleep(100);
    }
    return process;
  }
}
