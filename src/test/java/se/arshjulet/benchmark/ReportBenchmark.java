package se.arshjulet.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arshjulet.centre.Centre;
import se.arshjulet.centre.Unit;
import se.arshjulet.document.PdfRenderer;
import se.arshjulet.document.WordRenderer;
import se.arshjulet.report.AnnualReportAssembler;
import se.arshjulet.report.CountyCompilationAssembler;
import se.arshjulet.support.EngineTest;
import se.arshjulet.support.YearDriver;

/**
 * The follow-up documents: one centre's annual report as PDF and Word, and a county compilation of 40 centres, each
 * centre with two years of answers. Prints p50 and max of 20 timed runs after 5 warm-up runs, and the heap after.
 * Not part of the normal test run: {@code mvn -B test -Pbenchmark -Dtest=ReportBenchmark -Dbenchmark.heap=384m}
 * (384 MB is the run command's heap).
 */
class ReportBenchmark extends EngineTest {

  private static final int CENTRES = 40;
  private static final String COUNTY = "kalmar";

  @Autowired
  AnnualReportAssembler reports;
  @Autowired
  CountyCompilationAssembler compilations;
  @Autowired
  PdfRenderer renderer;
  @Autowired
  WordRenderer word;

  @Test
  void documents() {
    long setUp = System.nanoTime();
    List<Centre> centres = new ArrayList<>();
    for (int i = 0; i < CENTRES; i++) {
      centres.add(withTwoYears("bench-report-" + i, i));
    }
    System.out.printf("%n== follow-up documents (%d centres with two years of answers, set up in %.1f s, "
        + "max heap %d MB) ==%n", CENTRES, (System.nanoTime() - setUp) / 1e9,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    Centre one = centres.get(0);
    measure("one centre's annual report, PDF", () -> renderer.render(reports.assemble(one, 2027)).length);
    measure("one centre's annual report, Word", () -> word.render(reports.assemble(one, 2027)).length);
    measure("county compilation of 40 centres, PDF",
        () -> renderer.render(compilations.assemble(COUNTY, 2027, null)).length);
    measure("county compilation of 40 centres, Word",
        () -> word.render(compilations.assemble(COUNTY, 2027, null)).length);
    System.gc();
    System.out.printf("heap used after: %d MB%n",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
  }

  private Centre withTwoYears(String id, int seed) {
    Centre centre = centre(COUNTY, id, LocalDate.of(2020, 1, 1), Unit.values());
    YearDriver first = startYear(centre, 2026);
    first.complete("self-reflection-january", "2026-01-20T10:00", Map.of("prioriteratOmrade1", "samverkan",
        "matbartMal1", "Mål " + seed));
    YearDriver second = startYear(centre, 2027);
    second.complete("self-reflection-january", "2027-01-20T10:00", Map.of());
    second.complete("annual-report", "2027-02-20T10:00", Map.of("antalBesok", 1000L + seed));
    ClockUtil.reset();
    return centre;
  }

  private static void measure(String what, Supplier<Integer> run) {
    for (int i = 0; i < 5; i++) {
      run.get();
    }
    List<Long> millis = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      bytes = run.get();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    System.out.printf("%-42s p50 %5d ms   max %5d ms   %,d bytes%n", what, millis.get(millis.size() / 2),
        millis.get(millis.size() - 1), bytes);
  }
}
