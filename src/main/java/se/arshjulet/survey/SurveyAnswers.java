package se.arshjulet.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The survey's answers and quotes: a random id, the centre, the year, the day; nothing about who answered. */
@Repository
public class SurveyAnswers {

  /** A quote a parent wrote, and whether the coordinator chose it for the report. */
  public record Quote(String id, String text, String gender, boolean chosen) {
  }

  private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
  };

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public SurveyAnswers(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional
  public void save(String centreId, int year, LocalDate day, SurveySubmission submission) {
    try {
      jdbc.sql("INSERT INTO arshjul_survey_answer (id, centre_id, survey_year, answered_on, language, answers) "
              + "VALUES (?, ?, ?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), centreId, year, Date.valueOf(day), submission.language(),
              json.writeValueAsString(submission.answers())).update();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (submission.quote() != null) {
      jdbc.sql("INSERT INTO arshjul_survey_quote (id, centre_id, survey_year, quote, gender) VALUES (?, ?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), centreId, year, submission.quote(), submission.gender()).update();
    }
  }

  public long count(String centreId, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM arshjul_survey_answer WHERE centre_id = ? AND survey_year = ?")
        .params(centreId, year).query(Long.class).single();
  }

  /** Every answer of a centre-year, statement key → value ("1"–"4" or "vet-ej"). */
  public List<Map<String, String>> answers(String centreId, int year) {
    return jdbc.sql("SELECT answers FROM arshjul_survey_answer WHERE centre_id = ? AND survey_year = ?")
        .params(centreId, year).query(String.class).list().stream().map(this::read).toList();
  }

  public List<Quote> quotes(String centreId, int year) {
    return jdbc.sql("SELECT id, quote, gender, chosen FROM arshjul_survey_quote WHERE centre_id = ? "
            + "AND survey_year = ? ORDER BY quote")
        .params(centreId, year)
        .query((row, n) -> new Quote(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4)))
        .list();
  }

  /** Chooses exactly the given quotes of the centre-year for the report. */
  @Transactional
  public void choose(String centreId, int year, List<String> quoteIds) {
    jdbc.sql("UPDATE arshjul_survey_quote SET chosen = FALSE WHERE centre_id = ? AND survey_year = ?")
        .params(centreId, year).update();
    for (String id : quoteIds) {
      jdbc.sql("UPDATE arshjul_survey_quote SET chosen = TRUE WHERE id = ? AND centre_id = ? AND survey_year = ?")
          .params(id, centreId, year).update();
    }
  }

  private Map<String, String> read(String answers) {
    try {
      return json.readValue(answers, ANSWERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
