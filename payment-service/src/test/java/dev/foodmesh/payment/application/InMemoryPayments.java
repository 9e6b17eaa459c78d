package dev.foodmesh.payment.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentStatus;

/** {@link Payments} in a map, with the table's one-payment-per-order constraint. */
final class InMemoryPayments implements Payments {

	private final Map<PaymentId, Payment> byId = new ConcurrentHashMap<>();

	@Override
	public Mono<Payment> findById(PaymentId id) {
		return Mono.fromSupplier(() -> byId.get(id));
	}

	@Override
	public Mono<Payment> findByOrderId(OrderId orderId) {
		return Mono.fromSupplier(() -> ofOrder(orderId));
	}

	@Override
	public Mono<Payment> lockByOrderId(OrderId orderId) {
		return findByOrderId(orderId);
	}

	// no transactions here, so nothing to hold
	@Override
	public Mono<Void> holdForUpdate(Collection<OrderId> orderIds) {
		return Mono.empty();
	}

	@Override
	public Flux<Payment> findUnsettled(Instant changedBefore, int limit) {
		return Flux.defer(() -> Flux.fromStream(byId.values()
			.stream()
			.filter(p -> p.status() == PaymentStatus.PENDING || p.status() == PaymentStatus.REFUNDING)
			.filter(p -> p.updatedAt().isBefore(changedBefore))
			.sorted(Comparator.comparing(Payment::updatedAt))
			.limit(limit)));
	}

	@Override
	public Mono<Void> add(Payment payment) {
		return Mono.fromRunnable(() -> {
			if (ofOrder(payment.orderId()) != null) {
				throw new IllegalStateException("order " + payment.orderId() + " already has a payment");
			}
			byId.put(payment.id(), payment);
		});
	}

	@Override
	public Mono<Void> update(Payment payment) {
		return Mono.fromRunnable(() -> {
			if (byId.replace(payment.id(), payment) == null) {
				throw new IllegalStateException("no payment " + payment.id());
			}
		});
	}

	List<Payment> all() {
		return List.copyOf(byId.values());
	}

	private Payment ofOrder(OrderId orderId) {
		return byId.values().stream().filter(p -> p.orderId().equals(orderId)).findFirst().orElse(null);
	}

}
