package se.arshjulet.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A production start stops on a setting it lacks, and names it; a complete one binds. */
class SettingsTest {

  /** Spring's own binding of {@code arshjulet.*}, as at the product's start. */
  @EnableConfigurationProperties(Settings.class)
  static class Bound {
  }

  private final ApplicationContextRunner start = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
      .withUserConfiguration(Bound.class);

  private static final String[] COMPLETE = {"arshjulet.base-url=https://arshjulet.regionjh.se/",
      "arshjulet.mail.from=arshjulet@regionjh.se", "arshjulet.mail.smtp-host=smtp.regionjh.se"};

  @Test
  void aCompleteProductionSettingBinds() {
    start.withPropertyValues(COMPLETE).run(context -> {
      assertThat(context).hasNotFailed();
      Settings settings = context.getBean(Settings.class);
      assertThat(settings.baseUrl()).isEqualTo("https://arshjulet.regionjh.se");
      assertThat(settings.link("/enkat/krokom")).isEqualTo("https://arshjulet.regionjh.se/enkat/krokom");
      assertThat(settings.mail().connections()).isEqualTo(4);
    });
  }

  @Test
  void theSurveyTakesAMorningsParentsBehindOneAddressAndAnswersFromPagesAFewSecondsToHoursOld() {
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.survey.token-key=").run(context -> {
      Settings.Survey survey = context.getBean(Settings.class).survey();
      assertThat(survey.answersPerSource()).isEqualTo(120);
      assertThat(survey.answersPerCentre()).isEqualTo(2000);
      assertThat(survey.answerMinAge()).hasSeconds(5);
      assertThat(survey.answerMaxAge()).hasHours(6);
      assertThat(survey.tokenKey()).as("an empty ARSHJULET_SURVEY_TOKEN_KEY: a key drawn at start").isNull();
    });
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.survey.token-key=kort")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.survey.token-key (ARSHJULET_SURVEY_TOKEN_KEY)"));
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.survey.answer-min-age=7h")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.survey.answer-max-age"));
  }

  @Test
  void withoutAPublicAddressTheStartStopsAndNamesIt() {
    start.withPropertyValues("arshjulet.mail.from=arshjulet@regionjh.se", "arshjulet.mail.smtp-host=smtp")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("Inställningen arshjulet.base-url (ARSHJULET_BASE_URL) saknas")
            .hasMessageContaining("The setting arshjulet.base-url (ARSHJULET_BASE_URL) is missing"));
  }

  @Test
  void anAddressThatIsNoWebAddressIsRefused() {
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.base-url=arshjulet.regionjh.se")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.base-url").hasMessageContaining("https://"));
  }

  @Test
  void withoutASenderTheStartStopsAndNamesIt() {
    start.withPropertyValues("arshjulet.base-url=https://arshjulet.regionjh.se", "arshjulet.mail.smtp-host=smtp")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.mail.from (ARSHJULET_MAIL_FROM)"));
  }

  @Test
  void passwordsForAdministratorsOnlyWithoutAnIdentityProviderStopTheStart() {
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.sign-in.password-login=administrators")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.sign-in.providers").hasMessageContaining("identitetsleverantör"));
  }

  @Test
  void aProviderWithoutItsCountiesStopsTheStart() {
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.sign-in.providers.region.claim=email")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("arshjulet.sign-in.providers.region.counties"));
  }

  @Test
  void aProviderBindsWithItsDefaults() {
    start.withPropertyValues(COMPLETE).withPropertyValues("arshjulet.sign-in.providers.region.counties=jamtland",
        "arshjulet.sign-in.idle-timeout=20m").run(context -> {
          SignInSettings signIn = context.getBean(Settings.class).signIn();
          assertThat(signIn.passwordLogin()).isEqualTo(SignInSettings.PasswordLogin.EVERYONE);
          assertThat(signIn.idleTimeout()).hasMinutes(20);
          assertThat(signIn.providers().get("region").claim()).isEqualTo("email");
          assertThat(signIn.providers().get("region").match()).isEqualTo(SignInSettings.Match.EMAIL);
          assertThat(signIn.providers().get("region").trusts("jamtland")).isTrue();
          assertThat(signIn.providers().get("region").trusts("skane")).isFalse();
        });
  }
}
