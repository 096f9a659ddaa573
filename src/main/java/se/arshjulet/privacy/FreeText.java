package se.arshjulet.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a person's name, user id or address may have been written as free text in the wheels she worked in
 * (variables, history details, comments, the answers' JSON kept as byte arrays), replaced by the pseudonym's words.
 */
final class FreeText {

  /** Columns of free text in her centres' wheels, where her name, id or address may have been written. */
  private static final List<String> TEXT_COLUMNS = List.of("ACT_RU_VARIABLE.TEXT_", "ACT_HI_VARINST.TEXT_",
      "ACT_HI_DETAIL.TEXT_", "ACT_HI_COMMENT.MESSAGE_", "ACT_HI_OP_LOG.ANNOTATION_");
  /** Byte arrays of text values in her centres' wheels (the answers' JSON): table, type column. */
  private static final Map<String, String> TEXT_VALUE_TABLES = Map.of("ACT_RU_VARIABLE", "TYPE_",
      "ACT_HI_VARINST", "VAR_TYPE_", "ACT_HI_DETAIL", "VAR_TYPE_");

  private FreeText() {
  }

  /** Replaces each needle by {@code display} in every free text of the instances; counts the rows per column. */
  static void rewrite(JdbcClient jdbc, List<String> instances, List<String> needles, String display,
                      Map<String, Integer> rows) {
    for (String column : TEXT_COLUMNS) {
      replaceText(jdbc, column, instances, needles, display, rows);
    }
    replaceInByteArrays(jdbc, instances, needles, display, rows);
  }

  private static void replaceText(JdbcClient jdbc, String column, List<String> instances, List<String> needles, String display,
                           Map<String, Integer> rows) {
    if (instances.isEmpty()) {
      return;
    }
    String[] at = column.split("\\.");
    for (String needle : needles) {
      Pseudonymisation.count(rows, column, jdbc.sql("UPDATE " + at[0] + " SET " + at[1] + " = REPLACE(" + at[1] + ", :needle, "
              + ":display) WHERE PROC_INST_ID_ IN (:instances) AND " + at[1] + " LIKE :like ESCAPE '\\'")
          .param("needle", needle).param("display", display).param("instances", instances)
          .param("like", "%" + Pseudonymisation.like(needle) + "%").update());
    }
  }

  /** The answers' JSON (and other text values) kept as byte arrays, and comments' full text. */
  private static void replaceInByteArrays(JdbcClient jdbc, List<String> instances, List<String> needles, String display,
                                   Map<String, Integer> rows) {
    if (instances.isEmpty() || needles.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    TEXT_VALUE_TABLES.forEach((table, type) -> ids.addAll(jdbc.sql("SELECT BYTEARRAY_ID_ FROM " + table
            + " WHERE PROC_INST_ID_ IN (:instances) AND BYTEARRAY_ID_ IS NOT NULL AND " + type + " IN ('json', 'xml')")
        .param("instances", instances).query(String.class).list()));
    if (ids.isEmpty()) {
      return;
    }
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.sql("SELECT ID_, BYTES_ FROM ACT_GE_BYTEARRAY WHERE ID_ IN (:ids)").param("ids", batch)
          .query((row, i) -> Map.entry(row.getString(1), nonNull(row.getBytes(2)))).list()
          .forEach(bytes -> {
            String text = new String(bytes.getValue(), StandardCharsets.UTF_8);
            String replaced = replaceAll(text, needles, display);
            if (!replaced.equals(text)) {
              Pseudonymisation.count(rows, "ACT_GE_BYTEARRAY.BYTES_", jdbc.sql("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ = ?")
                  .params(replaced.getBytes(StandardCharsets.UTF_8), bytes.getKey()).update());
            }
          });
    }
    List<String[]> comments = jdbc.sql("SELECT ID_, FULL_MSG_ FROM ACT_HI_COMMENT WHERE PROC_INST_ID_ IN (:instances) "
            + "AND FULL_MSG_ IS NOT NULL").param("instances", instances)
        .query((row, i) -> new String[] {row.getString(1),
            new String(nonNull(row.getBytes(2)), StandardCharsets.UTF_8)}).list();
    for (String[] comment : comments) {
      String replaced = replaceAll(comment[1], needles, display);
      if (!replaced.equals(comment[1])) {
        Pseudonymisation.count(rows, "ACT_HI_COMMENT.FULL_MSG_", jdbc.sql("UPDATE ACT_HI_COMMENT SET FULL_MSG_ = ? WHERE ID_ = ?")
            .params(replaced.getBytes(StandardCharsets.UTF_8), comment[0]).update());
      }
    }
  }

  private static String replaceAll(String text, List<String> needles, String display) {
    String replaced = text;
    for (String needle : needles) {
      replaced = replaced.replace(needle, display);
    }
    return replaced;
  }

  private static byte[] nonNull(byte[] value) {
    return value == null ? new byte[0] : value;
  }
}
