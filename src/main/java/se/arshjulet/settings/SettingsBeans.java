package se.arshjulet.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parts of {@link Settings} that several features take on their own. */
@Configuration
public class SettingsBeans {

  @Bean
  WheelFiles wheelFiles(Settings settings) {
    return settings.wheels();
  }
}
