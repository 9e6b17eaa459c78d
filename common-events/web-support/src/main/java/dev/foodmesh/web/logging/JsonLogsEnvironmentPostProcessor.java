package dev.foodmesh.web.logging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes every FoodMesh service write JSON lines only, through Spring Boot's own
 * structured logging: the Logstash layout ({@code @timestamp}, {@code level},
 * {@code logger_name}, {@code thread_name}, {@code message}, {@code stack_trace}), a
 * {@code service} field from {@code spring.application.name}, and
 * {@link LogContextMembers} for the trace ids and the SLF4J key-value pairs. It also
 * turns Boot's start-up banner off, which would otherwise be the only plain-text lines on
 * stdout. All are default properties, so a service or its environment can still set any
 * of them (e.g. {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=} for plain text while
 * debugging).
 */
public class JsonLogsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private static final Map<String, Object> DEFAULTS = Map.of("spring.main.banner-mode", "off",
			"logging.structured.format.console", "logstash", "logging.structured.json.add.service",
			"${spring.application.name:foodmesh}",
			// MDC entries are written by LogContextMembers, and only the agent's: other
			// MDC keys stay out of the logs
			"logging.structured.json.context.include", "false", "logging.structured.json.customizer",
			LogContextMembers.class.getName());

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		DefaultPropertiesPropertySource.addOrMerge(DEFAULTS, environment.getPropertySources());
	}

}
