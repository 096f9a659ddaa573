package se.arshjulet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every wheel in processes/ passes bpmnlint with the Camunda Platform 7.24 compatibility rules
 * ({@code src/test/lint/.bpmnlintrc}). Skipped where the linter is not installed, except in CI.
 */
class BpmnLintTest {

  private static final Path LINT = Path.of("src", "test", "lint");

  @Test
  void everyWheelPassesBpmnlintWithTheCamunda724Rules() throws Exception {
    Path bpmnlint = LINT.resolve("node_modules").resolve(".bin").resolve("bpmnlint");
    if (!"true".equals(System.getenv("CI"))) {
      assumeThat(Files.isExecutable(bpmnlint)).as("npm ci --prefix src/test/lint").isTrue();
    }
    List<String> command = new ArrayList<>(List.of(bpmnlint.toAbsolutePath().toString()));
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      files.filter(file -> file.toString().endsWith(".bpmn"))
          .forEach(file -> command.add(file.toAbsolutePath().toString()));
    }
    assertThat(command).hasSizeGreaterThan(1);

    Process lint = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
    assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.exitValue()).as(output).isZero();
  }
}
