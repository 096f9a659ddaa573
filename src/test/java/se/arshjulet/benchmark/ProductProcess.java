package se.arshjulet.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product as its own process with the JVM flags of README's run command, as an administrator runs it: start-up
 * time as Spring reports it, and the resident memory (RSS) the operating system gives the process.
 */
final class ProductProcess implements AutoCloseable {

  /** The run command's JVM flags (spring-boot-maven-plugin jvmArguments in pom.xml). */
  static final List<String> JVM_FLAGS = List.of("-Duser.timezone=Europe/Stockholm", "-Xms128m", "-Xmx384m",
      "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m");
  private static final Pattern STARTED = Pattern.compile("Started ArshjuletApplication in ([0-9.]+) seconds");

  private final Process process;
  private final Path log;
  final double startupSeconds;
  final Duration startupWall;

  ProductProcess(List<String> springArguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("se.arshjulet.ArshjuletApplication");
    command.addAll(springArguments);
    log = Path.of("target", "benchmark", "product.log");
    File file = log.toFile();
    file.getParentFile().mkdirs();
    long start = System.nanoTime();
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file).start();
    long deadline = System.currentTimeMillis() + 180_000;
    Matcher started;
    while (!(started = STARTED.matcher(Files.readString(log))).find()) {
      if (!process.isAlive() || System.currentTimeMillis() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("The product did not start; see " + log);
      }
      Thread.sleep(50);
    }
    startupWall = Duration.ofNanos(System.nanoTime() - start);
    startupSeconds = Double.parseDouble(started.group(1));
  }

  /** The HTTP port Tomcat took. */
  int port() throws IOException {
    Matcher port = Pattern.compile("Tomcat started on port (\\d+)").matcher(Files.readString(log));
    if (!port.find()) {
      throw new IllegalStateException("No port in " + log);
    }
    return Integer.parseInt(port.group(1));
  }

  /** Resident set size in MB, from /proc. */
  long rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("No VmRSS for " + process.pid());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
