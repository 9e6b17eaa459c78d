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
 * The counts that must be 0 after a drill, each over the accepted orders, from the databases and the topics.
 *
 * @param lost accepted but not terminal at the end of the wait
 * @param chargedTwice more than one {@code PaymentAuthorized} (distinct event ids) for one order
 * @param refundedWithoutCharge a refund (event or payment status) with no authorisation before it
 * @param refundedAndDelivered delivered, and its payment refunded
 * @param deliveredWhileCancelled cancelled, and its delivery completed
 * @param cancelledStillCharged cancelled, and its payment still authorised (never refunded)
 * @param deliveredWithoutCharge delivered with no authorised payment
 */
record Findings(long lost, long chargedTwice, long refundedWithoutCharge, long refundedAndDelivered,
        long deliveredWhileCancelled, long cancelledStillCharged, long deliveredWithoutCharge) {

    private static final String AUTHORIZED = typeOf(PaymentAuthorizedEvent.class);

    private static final String REFUNDED = typeOf(PaymentRefundedEvent.class);

    private static final String COMPLETED = typeOf(DeliveryCompletedEvent.class);

    /**
     * @param payments per order id, event ids per {@code ce_type} on the payment topic
     * @param deliveries the same for the delivery topic
     */
    static Findings of(List<SagaLedger.Order> orders, Map<String, Map<String, Set<String>>> payments,
            Map<String, Map<String, Set<String>>> deliveries) {
        Predicate<SagaLedger.Order> charged = (order) -> count(payments, order, AUTHORIZED) > 0;
        Predicate<SagaLedger.Order> refunded = (order) -> count(payments, order, REFUNDED) > 0
                || order.payment().equals("REFUNDED");
        return new Findings(orders.stream().filter((order) -> !order.terminal()).count(),
                orders.stream().filter((order) -> count(payments, order, AUTHORIZED) > 1).count(),
                orders.stream().filter(refunded.and(charged.negate())).count(),
                orders.stream().filter((order) -> order.delivered() && refunded.test(order)).count(),
                orders.stream()
                    .filter((order) -> order.cancelled()
                            && (order.delivery().equals("COMPLETED") || count(deliveries, order, COMPLETED) > 0))
                    .count(),
                orders.stream().filter((order) -> order.cancelled() && order.payment().equals("AUTHORIZED")).count(),
                orders.stream().filter((order) -> order.delivered() && !order.payment().equals("AUTHORIZED")).count());
    }

    boolean allZero() {
        return this.lost + this.chargedTwice + this.refundedWithoutCharge + this.refundedAndDelivered
                + this.deliveredWhileCancelled + this.cancelledStillCharged + this.deliveredWithoutCharge == 0;
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
