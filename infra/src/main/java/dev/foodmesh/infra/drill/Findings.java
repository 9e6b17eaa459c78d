package dev.foodmesh.infra.drill;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.delivery.DeliveryCompletedEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;

/**
 * The counts that must be 0 after a drill, each over the accepted orders, from the
 * databases and the topics.
 *
 * @param lost accepted but not terminal at the end of the wait
 * @param chargedTwice more than one {@code PaymentAuthorized} (distinct event ids) for
 * one order
 * @param providerChargedTwice more than one charge by the payment provider itself
 * ({@link ProviderLog}) for one order
 * @param providerRefundedTwice more than one refund by the payment provider itself for
 * one order
 * @param refundedWithoutCharge a refund (event or payment status) with no authorisation
 * before it
 * @param refundedAndDelivered delivered, and its payment refunded
 * @param deliveredWhileCancelled cancelled, and its delivery completed
 * @param cancelledStillCharged cancelled, and its payment still holds money or may
 * (authorised, or its authorisation or refund still unanswered)
 * @param deliveredWithoutCharge delivered with no authorised payment
 */
record Findings(long lost, long chargedTwice, long providerChargedTwice, long providerRefundedTwice,
		long refundedWithoutCharge, long refundedAndDelivered, long deliveredWhileCancelled, long cancelledStillCharged,
		long deliveredWithoutCharge) {

	/**
	 * Payment statuses in which money is held or may be: the provider has not answered,
	 * or has not refunded.
	 */
	static final Set<String> HOLDING = Set.of("PENDING", "AUTHORIZED", "REFUNDING");

	private static final String AUTHORIZED = typeOf(PaymentAuthorizedEvent.class);

	private static final String REFUNDED = typeOf(PaymentRefundedEvent.class);

	private static final String COMPLETED = typeOf(DeliveryCompletedEvent.class);

	/**
	 * @param payments per order id, event ids per {@code ce_type} on the payment topic
	 * @param deliveries the same for the delivery topic
	 * @param provider what the payment provider itself did
	 */
	static Findings of(List<SagaLedger.Order> orders, Map<String, Map<String, Set<String>>> payments,
			Map<String, Map<String, Set<String>>> deliveries, ProviderLog provider) {
		Predicate<SagaLedger.Order> charged = (order) -> count(payments, order, AUTHORIZED) > 0;
		Predicate<SagaLedger.Order> refunded = (order) -> count(payments, order, REFUNDED) > 0
				|| order.payment().equals("REFUNDED");
		return new Findings(orders.stream().filter((order) -> !order.terminal()).count(),
				orders.stream().filter((order) -> count(payments, order, AUTHORIZED) > 1).count(),
				orders.stream().filter((order) -> provider.chargesOf(order.id()) > 1).count(),
				orders.stream().filter((order) -> provider.refundsOf(order.id()) > 1).count(),
				orders.stream().filter(refunded.and(charged.negate())).count(),
				orders.stream().filter((order) -> order.delivered() && refunded.test(order)).count(),
				orders.stream()
					.filter((order) -> order.cancelled()
							&& (order.delivery().equals("COMPLETED") || count(deliveries, order, COMPLETED) > 0))
					.count(),
				orders.stream().filter((order) -> order.cancelled() && HOLDING.contains(order.payment())).count(),
				orders.stream().filter((order) -> order.delivered() && !order.payment().equals("AUTHORIZED")).count());
	}

	boolean allZero() {
		return this.lost + this.chargedTwice + this.providerChargedTwice + this.providerRefundedTwice
				+ this.refundedWithoutCharge + this.refundedAndDelivered + this.deliveredWhileCancelled
				+ this.cancelledStillCharged + this.deliveredWithoutCharge == 0;
	}

	private static int count(Map<String, Map<String, Set<String>>> events, SagaLedger.Order order, String type) {
		return events.getOrDefault(order.id(), Map.of()).getOrDefault(type, Set.of()).size();
	}

	private static String typeOf(Class<?> event) {
		return EventCatalog.all()
			.stream()
			.filter((type) -> type.javaType() == event)
			.findFirst()
			.orElseThrow()
			.ceType();
	}

}
