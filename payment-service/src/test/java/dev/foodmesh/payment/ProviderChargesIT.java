package dev.foodmesh.payment;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.psp.SimulatedPsp;
import dev.foodmesh.payment.psp.SimulatorFaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PSP's side of a charge, counted by the simulated PSP itself: whatever is
 * redelivered, rolled back, lost or crashed, it holds money for an order once and refunds
 * it once. The PSP is called only after the reservation commits, so the payment is
 * visible as PENDING or REFUNDING while the PSP has not answered.
 */
class ProviderChargesIT extends PaymentServiceITSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	private SimulatedPsp psp;

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private DatabaseClient db;

	@AfterEach
	void pspRecovers() {
		faults.failureRate(0.0);
	}

	@Test
	void shouldCallThePspOnceWhenOrderCreatedIsRedeliveredAndItsBatchRolledBack() throws Exception {
		UUID orderId = UUID.randomUUID();
		double chargesBefore = counter("foodmesh.psp.charges");
		double replaysBefore = replays("authorize");

		// the invalid twin (same order, so the same partition and batch) fails the
		// batch's transaction after the first event was applied; the batch is rolled back
		// and replayed one by one
		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"), OrderEvents.created(orderId, " "),
				OrderEvents.created(orderId, "tok_visa"));

		awaitRecords(orderId, AUTHORIZED, 1);
		assertStaysAt(orderId, AUTHORIZED, 1);
		assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		assertThat(counter("foodmesh.psp.charges")).isEqualTo(chargesBefore + 1);
		assertThat(replays("authorize")).as("the PSP was called once, never repeated").isEqualTo(replaysBefore);
	}

	@Test
	void shouldChargeOnceWhenTheProcessDiesBetweenThePspAnswerAndItsRecord() throws Exception {
		UUID orderId = UUID.randomUUID();
		double replaysBefore = replays("authorize");
		failRecordingOnce(orderId);

		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));

		awaitRecords(orderId, AUTHORIZED, 1);
		assertStaysAt(orderId, AUTHORIZED, 1);
		assertThat(recordAttempts()).as("the first record failed, the recovery pass made the second").isEqualTo(2);
		assertThat(replays("authorize")).as("the recovery pass repeated the call with the same key")
			.isGreaterThanOrEqualTo(replaysBefore + 1);
		assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		paymentsOf(orderId).jsonPath("$.items[0].status").isEqualTo("AUTHORIZED");
	}

	@Test
	void shouldRetryAnUnansweredAuthorizationWithTheSameKeyAndChargeOnce() throws Exception {
		UUID orderId = UUID.randomUUID();
		double failuresBefore = counter("foodmesh.payment.psp.failures");
		double replaysBefore = replays("authorize");
		faults.failureRate(1.0);

		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));

		await().atMost(PATIENCE).until(() -> counter("foodmesh.payment.psp.failures") >= failuresBefore + 3);
		paymentsOf(orderId).jsonPath("$.items[0].status").isEqualTo("PENDING");
		assertThat(psp.chargesOf(new OrderId(orderId))).as("the PSP acted; only its answers were lost").isEqualTo(1);
		faults.failureRate(0.0);

		awaitRecords(orderId, AUTHORIZED, 1);
		assertStaysAt(orderId, AUTHORIZED, 1);
		assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		assertThat(replays("authorize")).isGreaterThanOrEqualTo(replaysBefore + 3);
		paymentsOf(orderId).jsonPath("$.items[0].status").isEqualTo("AUTHORIZED");
	}

	@Test
	void shouldRefundACancelledPaidOrderOnceThoughTheCancellationRepeatsAndAnswersAreLost() throws Exception {
		UUID orderId = UUID.randomUUID();
		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));
		awaitRecords(orderId, AUTHORIZED, 1);
		double refundsBefore = counter("foodmesh.psp.refunds");
		double replaysBefore = replays("refund");
		faults.failureRate(1.0);

		var cancelled = OrderEvents.cancelled(orderId, "NO_COURIER");
		orderEvents.publish(cancelled, cancelled, OrderEvents.cancelled(orderId, "CUSTOMER_CANCELLED"));

		await().atMost(PATIENCE).until(() -> counter("foodmesh.psp.refunds") >= refundsBefore + 1);
		paymentsOf(orderId).jsonPath("$.items[0].status").isEqualTo("REFUNDING");
		faults.failureRate(0.0);

		awaitRecords(orderId, REFUNDED, 1);
		assertStaysAt(orderId, REFUNDED, 1);
		assertThat(counter("foodmesh.psp.refunds")).isEqualTo(refundsBefore + 1);
		assertThat(replays("refund")).isGreaterThanOrEqualTo(replaysBefore + 1);
		paymentsOf(orderId).jsonPath("$.items[0].status").isEqualTo("REFUNDED");
	}

	@Test
	void shouldExportThePspCountersOnTheManagementPort() throws Exception {
		UUID orderId = UUID.randomUUID();
		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));
		awaitRecords(orderId, AUTHORIZED, 1);

		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).containsPattern("foodmesh_psp_charges_total(\\{[^}]*})? [1-9]")
				.contains("foodmesh_psp_refunds_total")
				.contains("foodmesh_psp_replays_total{operation=\"authorize\"")
				.contains("foodmesh_psp_replays_total{operation=\"refund\""));
	}

	/**
	 * A trigger fails the first update of the order's payment out of PENDING, as if the
	 * process had died after the PSP answered and before the answer was recorded; a
	 * sequence counts the attempts (its increments survive the rollback the failure
	 * causes).
	 */
	private void failRecordingOnce(UUID orderId) {
		db.sql("DROP TABLE IF EXISTS it_crash_before_record").then().block();
		db.sql("DROP SEQUENCE IF EXISTS it_record_attempts").then().block();
		db.sql("CREATE TABLE it_crash_before_record (order_id uuid PRIMARY KEY)").then().block();
		db.sql("CREATE SEQUENCE it_record_attempts").then().block();
		db.sql("INSERT INTO it_crash_before_record VALUES (:orderId)").bind("orderId", orderId).then().block();
		db.sql("""
				CREATE OR REPLACE FUNCTION it_crash_before_record() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF EXISTS (SELECT 1 FROM it_crash_before_record WHERE order_id = NEW.order_id)
				            AND nextval('it_record_attempts') = 1 THEN
				        RAISE EXCEPTION 'simulated crash between the PSP answer and its record';
				    END IF;
				    RETURN NEW;
				END $$""").then().block();
		db.sql("""
				CREATE OR REPLACE TRIGGER it_crash_before_record BEFORE UPDATE ON payments FOR EACH ROW
				WHEN (OLD.status = 'PENDING') EXECUTE FUNCTION it_crash_before_record()""").then().block();
	}

	private long recordAttempts() {
		return db.sql("SELECT last_value FROM it_record_attempts").mapValue(Long.class).one().block();
	}

	@AfterEach
	void dropTheCrash() {
		db.sql("DROP TRIGGER IF EXISTS it_crash_before_record ON payments").then().block();
		db.sql("DROP TABLE IF EXISTS it_crash_before_record").then().block();
		db.sql("DROP SEQUENCE IF EXISTS it_record_attempts").then().block();
	}

	private double counter(String name) {
		return meters.get(name).counter().count();
	}

	private double replays(String operation) {
		return meters.get("foodmesh.psp.replays").tag("operation", operation).counter().count();
	}

}
