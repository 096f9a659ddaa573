package se.arshjulet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the demo's past is built on the JVM-wide simulated clock, nobody is served; afterwards everyone is. */
class DemoClockGateTest {

  private final DemoClock clock = new DemoClock();
  private final DemoClockGate gate = new DemoClockGate(clock);

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private MockHttpServletResponse get(String path) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
    if (chain.getRequest() != null) {
      response.setStatus(200); // went on to the product
    }
    return response;
  }

  @Test
  void nobodyIsServedWhileTheClockIsMovedAndEveryoneAfterwards() throws Exception {
    assertThat(get("/camunda/app/tasklist/").getStatus()).isEqualTo(200);

    clock.moveTo(Instant.parse("2025-03-03T08:00:00Z"));
    assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(Instant.parse("2025-03-03T08:00:00Z"));
    MockHttpServletResponse during = get("/camunda/app/tasklist/");
    assertThat(during.getStatus()).isEqualTo(503);
    assertThat(during.getHeader("Retry-After")).isEqualTo("5");
    assertThat(during.getContentAsString()).contains("lang=\"sv\"", "Årshjulet förbereds");
    assertThat(get("/engine-rest/task").getStatus()).isEqualTo(503);

    clock.reset();
    assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(get("/engine-rest/task").getStatus()).isEqualTo(200);
  }
}
