package dev.foodmesh.payment;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.foodmesh.payment.psp.SimulatorFaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A PSP outage drill: failures are retried by the kit, never turned into declines or dead
 * letters, and no order is skipped.
 */
class PspOutageIT extends PaymentServiceITSupport {

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private MeterRegistry meters;

	@AfterEach
	void pspRecovers() {
		faults.failureRate(0.0);
	}

	@Test
	void shouldAuthorizeEveryOrderOnceThePspIsBackAndDeclineNone() throws Exception {
		List<UUID> orders = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		double failuresBefore = pspFailures();
		faults.failureRate(1.0);

		for (UUID orderId : orders) {
			orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> pspFailures() >= failuresBefore + 3 * orders.size());
		orders.forEach(orderId -> assertThat(paymentEvents.recordsOf(orderId)).isEmpty());
		faults.failureRate(0.0);

		for (UUID orderId : orders) {
			awaitRecords(orderId, AUTHORIZED, 1);
			assertStaysAt(orderId, AUTHORIZED, 1);
			assertStaysAt(orderId, DECLINED, 0);
			assertThat(deadLetters.recordsOf(orderId)).isEmpty();
		}
	}

	private double pspFailures() {
		return meters.get("foodmesh.payment.psp.failures").counter().count();
	}

}
