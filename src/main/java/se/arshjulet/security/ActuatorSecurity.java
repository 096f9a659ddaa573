package se.arshjulet.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import se.arshjulet.operations.MonitoringGroup;

/**
 * Spring Boot Actuator on the product's own port. Health and its probes ({@code /actuator/health/liveness},
 * {@code /readiness}) answer anyone, with details only for system administrators ({@code management.endpoint.health
 * .roles}); every other endpoint ({@code /actuator/prometheus}, {@code /actuator/metrics}) only for system
 * administrators (Camunda group {@code camunda-admin}) and the monitoring account ({@link MonitoringGroup}), with HTTP
 * Basic checked against Camunda's identity service.
 */
@Configuration
public class ActuatorSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasAnyAuthority(Groups.CAMUNDA_ADMIN, MonitoringGroup.ID))
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
