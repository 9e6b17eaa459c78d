package dev.foodmesh.payment.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentFixtures;
import dev.foodmesh.payment.domain.PaymentToken;

/**
 * The use cases over in-memory ports, and what they did; reservations wait until
 * {@link #settle()}.
 */
final class PaymentsTestbed {

	final InMemoryPayments payments = new InMemoryPayments();

	final InMemoryCancelledOrders cancelledOrders = new InMemoryCancelledOrders();

	final FakePaymentGateway gateway = new FakePaymentGateway();

	final List<PaymentEvent> published = new CopyOnWriteArrayList<>();

	final Queue<Payment> submitted = new ConcurrentLinkedQueue<>();

	final List<PaymentEvent> counted = new CopyOnWriteArrayList<>();

	private final PaymentOutbox outbox = batch -> Mono.fromRunnable(() -> published.addAll(batch));

	private final PaymentMetrics metrics = batch -> Mono.fromRunnable(() -> counted.addAll(batch));

	private final Settlements settlements = reserved -> Mono.fromRunnable(() -> submitted.add(reserved));

	// the fakes keep no transaction state: atomicity and the after-commit hand-over are
	// the R2DBC adapter's job, proved by the service ITs
	private final Transactions transactions = new Transactions() {
		@Override
		public <T> Mono<T> required(Mono<T> work) {
			return work;
		}

		@Override
		public <T> Mono<T> requiresNew(Mono<T> work) {
			return work;
		}

		@Override
		public Mono<Void> afterCommit(Mono<Void> action) {
			return action;
		}
	};

	private final Clock clock = Clock.fixed(PaymentFixtures.CREATED_AT, ZoneOffset.UTC);

	final AuthorizePayment authorizePayment = new AuthorizePayment(payments, cancelledOrders, settlements, transactions,
			clock);

	final ReleasePayment releasePayment = new ReleasePayment(payments, cancelledOrders, settlements, transactions,
			clock);

	final SettlePayment settlePayment = new SettlePayment(payments, cancelledOrders,
			new PreparePayments(payments, cancelledOrders, transactions), gateway, outbox, metrics, transactions,
			clock);

	static AuthorizePaymentCommand charge(OrderId orderId, String token) {
		return new AuthorizePaymentCommand(orderId, PaymentFixtures.TOTAL, new PaymentToken(token));
	}

	static AuthorizePaymentCommand charge(OrderId orderId, Money amount) {
		return new AuthorizePaymentCommand(orderId, amount, PaymentFixtures.VISA);
	}

	/**
	 * Settles every submitted reservation, as the settlement worker does after their
	 * commit.
	 */
	List<Payment> settle() {
		List<Payment> due = List.copyOf(submitted);
		submitted.clear();
		return Flux.fromIterable(due).concatMap(settlePayment::settle).collectList().block();
	}

	void authorized(OrderId orderId, String token) {
		authorizePayment.authorize(charge(orderId, token)).block();
		settle();
		published.clear();
	}

	Payment paymentOf(OrderId orderId) {
		return payments.findByOrderId(orderId).blockOptional().orElseThrow();
	}

}
