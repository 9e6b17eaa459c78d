package dev.foodmesh.payment.psp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentToken;
import dev.foodmesh.payment.domain.PspDecision;

import static dev.foodmesh.payment.domain.PaymentFixtures.CREATED_AT;
import static dev.foodmesh.payment.domain.PaymentFixtures.TOTAL;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class FilePspJournalTest {

	@TempDir
	Path directory;

	@Test
	void shouldAnswerAKeyChargedBeforeARestartWithTheFirstAnswerAndNotChargeAgain() {
		PaymentDetails payment = payment(anOrder(), "tok_visa");
		IdempotencyKey key = IdempotencyKey.authorization(payment.orderId());
		// no close: the first process is killed, and the file keeps what it wrote
		psp(new SimpleMeterRegistry(), 10).authorize(key, payment).block();

		SimpleMeterRegistry afterRestart = new SimpleMeterRegistry();
		try (SimulatedPsp restarted = psp(afterRestart, 10)) {
			StepVerifier.create(restarted.authorize(key, payment(payment.orderId(), "tok_declined")))
				.expectNext(new PspDecision.Approved())
				.verifyComplete();

			assertThat(restarted.chargesOf(payment.orderId())).isEqualTo(1);
			assertThat(afterRestart.get("foodmesh.psp.charges").counter().count()).isZero();
			assertThat(afterRestart.get("foodmesh.psp.replays").tag("operation", "authorize").counter().count())
				.isEqualTo(1);
		}
	}

	@Test
	void shouldRememberDeclinesAndRefundsAcrossARestart() {
		PaymentDetails declined = payment(anOrder(), "tok_insufficient_funds");
		PaymentDetails refunded = payment(anOrder(), "tok_visa");
		try (SimulatedPsp psp = psp(new SimpleMeterRegistry(), 10)) {
			psp.authorize(IdempotencyKey.authorization(declined.orderId()), declined).block();
			psp.refund(IdempotencyKey.refund(refunded.orderId()), refunded).block();
		}

		SimpleMeterRegistry afterRestart = new SimpleMeterRegistry();
		try (SimulatedPsp restarted = psp(afterRestart, 10)) {
			StepVerifier
				.create(restarted.authorize(IdempotencyKey.authorization(declined.orderId()),
						payment(declined.orderId(), "tok_visa")))
				.expectNext(new PspDecision.Declined(DeclineReason.INSUFFICIENT_FUNDS))
				.verifyComplete();
			restarted.refund(IdempotencyKey.refund(refunded.orderId()), refunded).block();

			assertThat(afterRestart.get("foodmesh.psp.refunds").counter().count()).isZero();
			assertThat(afterRestart.get("foodmesh.psp.ledger.keys").gauge().value()).isEqualTo(2);
		}
	}

	@Test
	void shouldSkipALineTornByAKillAndLinesThatAreNoAnswer() throws IOException {
		OrderId order = anOrder();
		Files.createDirectories(journal().getParent());
		Files.writeString(journal(),
				String.join("\n", "authorized\tauthorize-" + order + "\t" + order + "\tAPPROVED",
						"authorized\t\t" + order + "\tAPPROVED", "refunded\trefund-1\tnot-an-order", "garbage",
						"authorized\tauthorize-x\t" + order + "\tNO_SUCH_REASON",
						"refunded\trefund-" + order + "\t" + order + "\t"),
				StandardCharsets.UTF_8);

		try (FilePspJournal reopened = FilePspJournal.open(journal(), 10)) {
			assertThat(reopened.remembered()).containsExactly(
					new PspAnswer.Authorized(IdempotencyKey.authorization(order), order, new PspDecision.Approved()));
		}
	}

	@Test
	void shouldKeepOnlyTheNewestKeysOfEachOperationWhenItOpens() throws IOException {
		try (SimulatedPsp psp = psp(new SimpleMeterRegistry(), 2)) {
			for (int i = 0; i < 3; i++) {
				PaymentDetails payment = payment(anOrder(), "tok_visa");
				psp.authorize(IdempotencyKey.authorization(payment.orderId()), payment).block();
				psp.refund(IdempotencyKey.refund(payment.orderId()), payment).block();
			}
		}
		assertThat(Files.readAllLines(journal())).hasSize(6);

		try (FilePspJournal reopened = FilePspJournal.open(journal(), 2)) {
			assertThat(reopened.remembered()).hasSize(4);
		}
		assertThat(Files.readAllLines(journal())).hasSize(4);
	}

	private SimulatedPsp psp(SimpleMeterRegistry meters, int capacity) {
		return SimulatedPsp.journaled(Duration.ZERO, new SimulatorFaults(0.0, new Random(1)), capacity, journal(),
				meters);
	}

	private Path journal() {
		return directory.resolve("psp").resolve("journal");
	}

	private static PaymentDetails payment(OrderId order, String token) {
		return new PaymentDetails(PaymentId.random(), order, TOTAL, new PaymentToken(token), CREATED_AT);
	}

}
