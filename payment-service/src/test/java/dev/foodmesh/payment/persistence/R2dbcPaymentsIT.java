package dev.foodmesh.payment.persistence;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.r2dbc.test.autoconfigure.DataR2dbcTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;

import dev.foodmesh.infra.TestInfrastructure;
import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentFixtures;

import static dev.foodmesh.payment.domain.PaymentFixtures.CREATED_AT;
import static dev.foodmesh.payment.domain.PaymentFixtures.LATER;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static dev.foodmesh.payment.domain.PaymentFixtures.detailsFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The R2DBC adapters on real Postgres 18, with the service's Flyway migrations, in a
 * database of their own.
 */
@DataR2dbcTest
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import({ R2dbcPayments.class, R2dbcCancelledOrders.class, R2dbcTransactions.class })
@ContextConfiguration(initializers = R2dbcPaymentsIT.OwnDatabase.class)
class R2dbcPaymentsIT {

	@Autowired
	private R2dbcPayments payments;

	@Autowired
	private R2dbcCancelledOrders cancelledOrders;

	@Autowired
	private R2dbcTransactions transactions;

	@Autowired
	private DatabaseClient db;

	@Test
	void shouldStoreAndFindEveryPaymentState() {
		Payment authorized = PaymentFixtures.anAuthorizedPayment();
		Payment declined = new Payment.Declined(detailsFor(anOrder()), DeclineReason.UNKNOWN_TOKEN);

		StepVerifier.create(payments.add(authorized).then(payments.add(declined))).verifyComplete();

		StepVerifier.create(payments.findById(authorized.id())).expectNext(authorized).verifyComplete();
		StepVerifier.create(payments.findByOrderId(declined.orderId())).expectNext(declined).verifyComplete();
	}

	@Test
	void shouldStoreARefund() {
		Payment.Authorized authorized = PaymentFixtures.anAuthorizedPayment();
		Payment refunded = new Payment.Refunded(authorized.details(), LATER);

		StepVerifier.create(payments.add(authorized).then(payments.update(refunded))).verifyComplete();

		StepVerifier.create(payments.findById(authorized.id())).expectNext(refunded).verifyComplete();
	}

	@Test
	void shouldRefuseASecondPaymentForTheSameOrder() {
		OrderId order = anOrder();
		Payment first = new Payment.Authorized(detailsFor(order));
		Payment second = new Payment.Authorized(detailsFor(order));

		StepVerifier.create(payments.add(first).then(payments.add(second)))
			.verifyError(ConcurrencyFailureException.class);
	}

	@Test
	void shouldAnswerAHeldOrdersPaymentFromTheTransactionAndInsertItAtCommit() {
		OrderId order = anOrder();
		Payment.Pending pending = new Payment.Pending(detailsFor(order));

		StepVerifier.create(transactions.required(payments.holdForUpdate(List.of(order))
			.then(payments.add(pending))
			.then(Mono.zip(payments.findByOrderId(order), rowsOf(order))))).assertNext(seen -> {
				assertThat(seen.getT1()).isEqualTo(pending);
				assertThat(seen.getT2()).as("rows in the table before the commit").isZero();
			}).verifyComplete();

		StepVerifier.create(payments.findByOrderId(order)).expectNext(pending).verifyComplete();
	}

	@Test
	void shouldFailTheCommitWithAConcurrencyFailureWhenAnotherTransactionChargedAHeldOrder() {
		OrderId order = anOrder();
		Payment first = new Payment.Authorized(detailsFor(order));
		Payment second = new Payment.Pending(detailsFor(order));

		StepVerifier.create(transactions.required(
				payments.holdForUpdate(List.of(order)).then(payments.add(second)).then(elsewhere(payments.add(first)))))
			.expectError(ConcurrencyFailureException.class)
			.verify(Duration.ofSeconds(10));

		StepVerifier.create(payments.findByOrderId(order)).expectNext(first).verifyComplete();
	}

	@Test
	void shouldLockTheOrdersPaymentInsideATransaction() {
		Payment authorized = PaymentFixtures.anAuthorizedPayment();

		StepVerifier
			.create(payments.add(authorized).then(transactions.required(payments.lockByOrderId(authorized.orderId()))))
			.expectNext(authorized)
			.verifyComplete();
	}

	@Test
	void shouldFindUnsettledPaymentsOldestChangeFirst() {
		Payment.Pending pending = new Payment.Pending(detailsFor(anOrder()));
		Payment.Refunding refunding = new Payment.Refunding(detailsFor(anOrder()), LATER);
		Payment authorized = new Payment.Authorized(detailsFor(anOrder()));
		List<Payment> ours = List.of(pending, refunding, authorized);
		StepVerifier.create(Flux.fromIterable(ours).concatMap(payments::add)).verifyComplete();

		StepVerifier.create(payments.findUnsettled(LATER.plusSeconds(1), 1000).filter(ours::contains))
			.expectNext(pending, refunding)
			.verifyComplete();
		StepVerifier.create(payments.findUnsettled(LATER, 1000).filter(ours::contains))
			.expectNext(pending)
			.verifyComplete();
	}

	@Test
	void shouldRollBackEverythingWhenTheTransactionFails() {
		Payment authorized = PaymentFixtures.anAuthorizedPayment();

		StepVerifier.create(transactions.required(payments.add(authorized)
			.then(cancelledOrders.add(authorized.orderId(), CREATED_AT))
			.then(Mono.error(new IllegalStateException("boom"))))).verifyError(IllegalStateException.class);

		StepVerifier.create(payments.findById(authorized.id())).verifyComplete();
		StepVerifier.create(cancelledOrders.contains(authorized.orderId())).expectNext(false).verifyComplete();
	}

	@Test
	void shouldRememberACancelledOrderOnceHoweverOftenItIsAdded() {
		OrderId order = anOrder();

		StepVerifier.create(cancelledOrders.add(order, CREATED_AT).then(cancelledOrders.add(order, LATER)))
			.verifyComplete();

		StepVerifier.create(cancelledOrders.contains(order)).expectNext(true).verifyComplete();
		StepVerifier.create(cancelledOrders.contains(anOrder())).expectNext(false).verifyComplete();
	}

	private Mono<Long> rowsOf(OrderId order) {
		return db.sql("SELECT count(*) FROM payments WHERE order_id = :orderId")
			.bind("orderId", order.value())
			.mapValue(Long.class)
			.one();
	}

	// outside the transaction of the surrounding chain, on a connection of its own; had
	// that transaction inserted a payment of the same order, this insert would wait for
	// it to end, and it for this insert: the test would time out
	private static <T> Mono<T> elsewhere(Mono<T> work) {
		return work.contextWrite(context -> Context.empty());
	}

	static class OwnDatabase extends TestInfrastructure.ForService {

		OwnDatabase() {
			super("payment-persistence");
		}

	}

}
