package se.arshjulet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logs in to Camunda Tasklist as a browser does (its CSRF cookie and header included) and keeps the session cookies:
 * the login the product's pages accept. Requests made through it send the cookies along.
 */
public final class TasklistSession {

  private final TestRestTemplate rest;
  private final List<String> cookies = new ArrayList<>();

  private TasklistSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static TasklistSession logIn(TestRestTemplate rest, String user, String password) {
    TasklistSession session = new TasklistSession(rest);
    session.keep(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    session.cookie("XSRF-TOKEN").ifPresent(token -> headers.set("X-XSRF-TOKEN", token));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("Tasklist login of " + user + ": " + login.getBody())
        .isEqualTo(HttpStatus.OK);
    session.keep(login);
    return session;
  }

  /** The session's cookies as a request sends them. */
  public HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
    }
    return headers;
  }

  public ResponseEntity<String> get(String path) {
    return keep(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class));
  }

  /** A form POST with the session's cookies. */
  public ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return keep(rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
  }

  private java.util.Optional<String> cookie(String name) {
    return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).map(cookie -> cookie.substring(
        name.length() + 1)).findFirst();
  }

  private ResponseEntity<String> keep(ResponseEntity<String> response) {
    List<String> set = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String header : set) {
      String pair = header.split(";", 2)[0];
      String name = pair.substring(0, pair.indexOf('='));
      cookies.removeIf(cookie -> cookie.startsWith(name + "="));
      cookies.add(pair);
    }
    return response;
  }
}
