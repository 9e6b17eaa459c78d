package dev.foodmesh.messaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.redrive.RedriveResult;
import dev.foodmesh.messaging.testapp.HandlerScript;
import dev.foodmesh.messaging.testapp.KafkaProbe;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;
import dev.foodmesh.messaging.testapp.Ledger;

import static dev.foodmesh.messaging.testapp.Events.authorized;
import static dev.foodmesh.messaging.testapp.KitTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@KitIntegrationTest
class RedriveIT {

	private static final String DLT = Topics.deadLetterOf(TOPIC);

	@LocalServerPort
	private int port;

	@Autowired
	private HandlerScript script;

	@Autowired
	private Ledger ledger;

	private final KafkaProbe kafka = new KafkaProbe();

	private final KafkaProbe source = new KafkaProbe().reading(TOPIC);

	private final KafkaProbe deadLetters = new KafkaProbe().reading(DLT);

	private final UUID orderId = UUID.randomUUID();

	@AfterEach
	void closeProbes() {
		this.kafka.close();
		this.source.close();
		this.deadLetters.close();
	}

	@Test
	void shouldRepublishADeadLetteredEventToItsTopicOnceItsCauseIsFixed() {
		PaymentAuthorizedEvent event = deadLettered();
		this.script.clear(event.eventId());

		RedriveResult result = redrive("{}");

		assertThat(result.republished()).isPositive();
		assertThat(result.remaining()).isZero();
		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).containsExactly(event.eventId()));
		// The probe reads the source topic for the first time here: a single poll may not
		// have fetched it yet.
		await().untilAsserted(() -> assertThat(this.source.records(this.orderId)).hasSize(2));
		List<ConsumerRecord<byte[], byte[]>> copies = this.source.records(this.orderId);
		assertThat(copies.get(1).value()).isEqualTo(copies.get(0).value());
		assertThat(header(copies.get(1), CloudEventHeaders.TYPE)).isEqualTo("dev.foodmesh.payment.authorized.v1");
		assertThat(header(copies.get(1), CloudEventHeaders.TRACEPARENT))
			.isEqualTo(header(copies.get(0), CloudEventHeaders.TRACEPARENT));
		assertThat(copies.get(1).headers()).noneMatch((header) -> header.key().startsWith(DeadLetterHeaders.PREFIX));

		// Other tests' records stay rejected and come back to the topic, so only this
		// order's copies are counted.
		redrive("{}");
		assertThat(this.source.records(this.orderId)).hasSize(2);
	}

	@Test
	void shouldRedriveAtMostTheRequestedNumberOfRecords() {
		deadLettered();
		deadLettered();

		RedriveResult result = redrive("{\"max\": 1}");

		assertThat(result.republished()).isEqualTo(1);
		assertThat(result.remaining()).isPositive();
	}

	@Test
	void shouldRedriveWithTheShellScript() throws Exception {
		PaymentAuthorizedEvent event = deadLettered();
		this.script.clear(event.eventId());

		ProcessBuilder script = new ProcessBuilder("bash", Path.of("redrive.sh").toAbsolutePath().toString(), DLT)
			.redirectErrorStream(true);
		script.environment().put("MANAGEMENT_URL", "http://localhost:" + this.port);
		Process redrive = script.start();
		assertThat(redrive.waitFor(60, TimeUnit.SECONDS)).isTrue();

		String output = new String(redrive.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(redrive.exitValue()).as(output).isZero();
		assertThat(output).contains("\"deadLetterTopic\":\"" + DLT + "\"").contains("\"remaining\":0");
		await().untilAsserted(() -> assertThat(this.ledger.applied(this.orderId)).contains(event.eventId()));
	}

	@Test
	void shouldRefuseATopicThatIsNotADeadLetterTopic() {
		client().post()
			.uri("/actuator/dlt/{topic}", TOPIC)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private PaymentAuthorizedEvent deadLettered() {
		PaymentAuthorizedEvent event = authorized(this.orderId);
		this.script.reject(event.eventId());
		int before = this.deadLetters.records(this.orderId).size();
		this.kafka.send(TOPIC, event);
		await().untilAsserted(() -> assertThat(this.deadLetters.records(this.orderId)).hasSize(before + 1));
		return event;
	}

	private RedriveResult redrive(String body) {
		return client().post()
			.uri("/actuator/dlt/{topic}", DLT)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(RedriveResult.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		return CloudEventHeaders.text(record.headers(), name);
	}

}
