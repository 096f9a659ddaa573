package se.arshjulet.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.arshjulet.forms.FormSchema;

/**
 * Where the county wheels and the forms live on disk: {@code processes/<county>/*.bpmn} (with the county's own forms
 * and report layout) and {@code forms/**.form}.
 * A county without a folder of its own runs the national default wheel of {@code processes/default/}. Part of
 * {@link se.arshjulet.settings.Settings} ({@code arshjulet.wheels}).
 */
public record WheelFiles(Path processesDir, Path formsDir) {

  public static final String DEFAULT_WHEEL = "default";
  /** The national mail schedule, one for all counties, beside the county folders. */
  public static final String MAIL_SCHEDULE = "utskick.bpmn";
  /** A county's layout of its follow-up documents, beside its wheel (see README, "Verksamhetsberättelsen"). */
  public static final String REPORT_LAYOUT = "rapport.yaml";

  public WheelFiles {
    processesDir = processesDir == null ? Path.of("processes") : processesDir;
    formsDir = formsDir == null ? Path.of("forms") : formsDir;
  }

  /** The counties with a wheel folder of their own, sorted by name. */
  public List<String> counties() {
    if (!Files.isDirectory(processesDir)) {
      throw new IllegalStateException("No wheel folder at " + processesDir.toAbsolutePath()
          + ": start the product from the repository root or set arshjulet.wheels.processes-dir");
    }
    try (Stream<Path> dirs = Files.list(processesDir)) {
      return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
          .filter(name -> !name.equals(DEFAULT_WHEEL)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path mailSchedule() {
    Path schedule = processesDir.resolve(MAIL_SCHEDULE);
    if (!Files.isRegularFile(schedule)) {
      throw new IllegalStateException("No national mail schedule at " + schedule.toAbsolutePath()
          + ": every wheel folder needs " + MAIL_SCHEDULE + " beside the county folders");
    }
    return schedule;
  }

  /** The folder whose wheel the county runs: its own, or the national default. */
  public Path folderOf(String county) {
    Path own = processesDir.resolve(county);
    return Files.isDirectory(own) ? own : processesDir.resolve(DEFAULT_WHEEL);
  }

  public List<Path> bpmnFiles(String county) {
    return filesEndingWith(folderOf(county), ".bpmn");
  }

  public List<Path> formFiles() {
    return Files.isDirectory(formsDir) ? filesEndingWith(formsDir, ".form") : List.of();
  }

  /**
   * The forms a county's wheel is deployed with, by file name: the common forms of {@code forms/}, where a
   * {@code .form} file in the county's own folder replaces the common form with the same form id (for that county
   * only) and adds the forms of its own.
   */
  public Map<String, byte[]> formContents(String county) {
    Map<String, byte[]> forms = new LinkedHashMap<>();
    Map<String, String> fileById = new LinkedHashMap<>();
    for (Path file : formFiles()) {
      byte[] content = read(file);
      forms.put(file.getFileName().toString(), content);
      formId(content).ifPresent(id -> fileById.put(id, file.getFileName().toString()));
    }
    Path own = processesDir.resolve(county);
    if (!county.equals(DEFAULT_WHEEL) && Files.isDirectory(own)) {
      for (Path file : filesEndingWith(own, ".form")) {
        byte[] content = read(file);
        formId(content).map(fileById::get).ifPresent(forms::remove);
        forms.put(file.getFileName().toString(), content);
      }
    }
    return forms;
  }

  /**
   * The county's report layout ({@value #REPORT_LAYOUT}): its own folder's, else the national default's; none when
   * neither folder has one.
   */
  public Optional<Path> reportLayout(String county) {
    return Stream.of(processesDir.resolve(county), processesDir.resolve(DEFAULT_WHEEL))
        .map(folder -> folder.resolve(REPORT_LAYOUT)).filter(Files::isRegularFile).findFirst();
  }

  /** The form id of a {@code .form} file; none for a file that is no form (validation names it). */
  private static Optional<String> formId(byte[] content) {
    try {
      return Optional.of(FormSchema.parse(new String(content, StandardCharsets.UTF_8)).id());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> filesEndingWith(Path dir, String suffix) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> found = new ArrayList<>(files.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(suffix)).toList());
      found.sort(null);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
