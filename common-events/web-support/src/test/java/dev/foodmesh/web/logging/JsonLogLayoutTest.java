package dev.foodmesh.web.logging;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON log lines of every service: Boot's real {@link LogbackLoggingSystem},
 * initialised with its default configuration (a service has no Logback file) from an
 * environment that {@link JsonLogsEnvironmentPostProcessor} prepared, with
 * {@code spring.application.name} set; the console output is captured and parsed line by
 * line. The trace ids are put into the MDC here the way the OpenTelemetry agent's
 * logback-mdc instrumentation does.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogLayoutTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String SPAN_ID = "00f067aa0ba902b7";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final LogbackLoggingSystem loggingSystem = new LogbackLoggingSystem(getClass().getClassLoader());

	private static final String LOGGER_SIMPLE_NAME = "PlaceOrder";

	private final Logger logger = LoggerFactory.getLogger("dev.foodmesh.order.application." + LOGGER_SIMPLE_NAME);

	@BeforeEach
	void configureLogbackAsAServiceStarts() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.application.name", "order-service")));
		new JsonLogsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		// a Spring test context that ran before in this JVM marked Logback as
		// initialised, which would make initialize() below a no-op and leave Boot's
		// plain-text console layout in place
		this.loggingSystem.cleanUp();
		this.loggingSystem.beforeInitialize();
		this.loggingSystem.initialize(new LoggingInitializationContext(environment), null, null);
	}

	@AfterEach
	void restoreTheTestLogging() throws JoranException {
		MDC.clear();
		this.loggingSystem.cleanUp();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		new ContextInitializer(context).autoConfig();
	}

	@Test
	void shouldWriteOneJsonObjectPerLineWithServiceLevelLoggerAndMessage(CapturedOutput output) {
		this.logger.atInfo()
			.addKeyValue("orderId", "0b5f7c7e-8f7e-4a56-9d8e-3f1c2b7a9e10")
			.log("Order {} placed", "0b5f7c7e-8f7e-4a56-9d8e-3f1c2b7a9e10");
		this.logger.debug("below the root level of INFO: not written");
		this.logger.warn("Outbox relay failed", new IllegalStateException("broker down\nsecond line of the cause"));

		List<JsonNode> lines = jsonLines(output);

		assertThat(lines).hasSize(2);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.path("service").asString()).isEqualTo("order-service");
			assertThat(line.path("logger_name").asString()).isEqualTo("dev.foodmesh.order.application.PlaceOrder");
			assertThat(line.path("@timestamp").asString()).isNotBlank();
			assertThat(line.path("thread_name").asString()).isNotBlank();
		});
		JsonNode placed = lines.get(0);
		assertThat(placed.path("level").asString()).isEqualTo("INFO");
		assertThat(placed.path("message").asString()).isEqualTo("Order 0b5f7c7e-8f7e-4a56-9d8e-3f1c2b7a9e10 placed");
		assertThat(placed.path("orderId").asString()).as("an SLF4J key-value pair is a field")
			.isEqualTo("0b5f7c7e-8f7e-4a56-9d8e-3f1c2b7a9e10");
		JsonNode failed = lines.get(1);
		assertThat(failed.path("level").asString()).isEqualTo("WARN");
		assertThat(failed.path("message").asString()).isEqualTo("Outbox relay failed");
		assertThat(failed.path("stack_trace").asString()).as("the stack trace stays inside its line")
			.contains("IllegalStateException: broker down\nsecond line of the cause", "at dev.foodmesh.web.");
	}

	@Test
	void shouldCarryTheTraceAndSpanIdsTheAgentPutsIntoTheMdcAndNoOtherMdcKey(CapturedOutput output) {
		MDC.put("trace_id", TRACE_ID);
		MDC.put("span_id", SPAN_ID);
		MDC.put("trace_flags", "01");
		MDC.put("paymentToken", "tok_visa");
		this.logger.info("Order placed");

		JsonNode line = single(jsonLines(output));

		assertThat(line.path("trace_id").asString()).isEqualTo(TRACE_ID);
		assertThat(line.path("span_id").asString()).isEqualTo(SPAN_ID);
		assertThat(line.path("trace_flags").asString()).isEqualTo("01");
		assertThat(line.has("paymentToken")).as("an MDC key the layout does not name").isFalse();
	}

	@Test
	void shouldLeaveTheTraceFieldsOutWhenNoSpanIsCurrent(CapturedOutput output) {
		this.logger.info("Started PaymentServiceApplication");

		JsonNode line = single(jsonLines(output));

		assertThat(line.path("message").asString()).isEqualTo("Started PaymentServiceApplication");
		assertThat(line.has("trace_id")).isFalse();
		assertThat(line.has("span_id")).isFalse();
	}

	/**
	 * Every line this test's logger wrote, each parsed as one JSON object (fails on any
	 * other line). The capture is JVM-wide, so lines other threads write meanwhile (a
	 * previous test's context closing) are left out by the logger's simple name, which
	 * any layout, JSON or plain, writes in the line.
	 */
	private static List<JsonNode> jsonLines(CapturedOutput output) {
		return Arrays.stream(output.getOut().split("\\R"))
			.filter((line) -> line.contains(LOGGER_SIMPLE_NAME))
			.map((line) -> {
				JsonNode node = json.readTree(line);
				assertThat(node.isObject()).as("one JSON object per line: %s", line).isTrue();
				return node;
			})
			.toList();
	}

	private static JsonNode single(List<JsonNode> lines) {
		assertThat(lines).hasSize(1);
		return lines.get(0);
	}

}
