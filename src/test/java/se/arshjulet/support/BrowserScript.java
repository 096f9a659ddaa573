package se.arshjulet.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a browser script of {@code src/test/e2e} (Debian chromium + playwright-core) and fails with its output.
 * Skipped where no browser is installed, except in CI, where it must run. Screenshots go to target/e2e-screenshots.
 */
public final class BrowserScript {

  private static final Path E2E = Path.of("src", "test", "e2e");
  public static final String SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath().toString();

  private BrowserScript() {
  }

  public static void run(String script, String... arguments) throws Exception {
    boolean ready = new File("/usr/bin/chromium").canExecute()
        && Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"));
    if (!"true".equals(System.getenv("CI"))) {
      assumeThat(ready).as("chromium and src/test/e2e/node_modules (npm ci --prefix src/test/e2e)").isTrue();
    }
    assertThat(ready).as("CI must have chromium and playwright-core installed by .ci/run").isTrue();
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    Process browser = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true).start();
    // Drained while it runs: a script that prints much must not block on a full pipe.
    CompletableFuture<String> drained = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(output unreadable: " + e.getMessage() + ")";
      }
    });
    boolean finished = browser.waitFor(240, TimeUnit.SECONDS);
    if (!finished) {
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = drained.get(10, TimeUnit.SECONDS);
    assertThat(finished).as("the browser test finished in time: " + output).isTrue();
    assertThat(browser.exitValue()).as(output).isZero();
  }
}
