package se.arshjulet.survey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import se.arshjulet.settings.WheelFiles;

/** The parent survey of each county, read from the wheel folder and kept until its file changes. */
@Service
public class Questionnaires {

  static final String FILE = "foraldraenkat.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private record Loaded(long modified, Questionnaire questionnaire) {
  }

  private final Path processes;
  private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

  public Questionnaires(WheelFiles wheels) {
    this.processes = wheels.processesDir();
  }

  public Questionnaire forCounty(String county) {
    Path own = processes.resolve(county).resolve(FILE);
    Path file = Files.isRegularFile(own) ? own : processes.resolve("default").resolve(FILE);
    try {
      long modified = Files.getLastModifiedTime(file).toMillis();
      Loaded cached = loaded.get(file);
      if (cached != null && cached.modified() == modified) {
        return cached.questionnaire();
      }
      Questionnaire questionnaire = YAML.readValue(file.toFile(), Questionnaire.class);
      if (!questionnaire.problems().isEmpty()) {
        throw new IllegalStateException(file + ": " + String.join("; ", questionnaire.problems()));
      }
      loaded.put(file, new Loaded(modified, questionnaire));
      return questionnaire;
    } catch (IOException e) {
      throw new UncheckedIOException("The parent survey " + file + " cannot be read", e);
    }
  }
}
