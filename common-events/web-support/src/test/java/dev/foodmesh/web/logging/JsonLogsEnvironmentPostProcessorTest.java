package dev.foodmesh.web.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's stdout holds JSON log lines only: the banner, Boot's one plain-text output,
 * is off by default.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsEnvironmentPostProcessorTest {

	@Test
	void shouldStartWithoutPrintingTheBanner(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getEnvironment().getProperty("spring.main.banner-mode")).isEqualTo("off");
		}
		assertThat(output.getOut()).doesNotContain(":: Spring Boot ::");
	}

	@Test
	void shouldLeaveTheBannerToAServiceThatAsksForIt() {
		try (ConfigurableApplicationContext context = start("--spring.main.banner-mode=log")) {
			assertThat(context.getEnvironment().getProperty("spring.main.banner-mode")).isEqualTo("log");
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run(args);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
