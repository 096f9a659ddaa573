package se.arshjulet;

import java.util.TimeZone;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableProcessApplication("arshjulet")
@EnableScheduling
@ConfigurationPropertiesScan
public class ArshjuletApplication {

  public static void main(String[] args) {
    // The product runs on Swedish time: cron timers and logs use the default zone.
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
    SpringApplication.run(ArshjuletApplication.class, args);
  }
}
