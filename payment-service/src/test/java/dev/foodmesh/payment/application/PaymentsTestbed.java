package dev.foodmesh.payment.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentFixtures;
import dev.foodmesh.payment.domain.PaymentToken;

/** Both use cases over in-memory ports, and what they did. */
final class PaymentsTestbed {

    final InMemoryPayments payments = new InMemoryPayments();

    final InMemoryCancelledOrders cancelledOrders = new InMemoryCancelledOrders();

    final FakePaymentGateway gateway = new FakePaymentGateway();

    final List<PaymentEvent> published = new CopyOnWriteArrayList<>();

    private final PaymentEvents events = batch -> Mono.fromRunnable(() -> published.addAll(batch));

    // the fakes keep no transaction state: atomicity is the R2DBC adapter's job, proved by the service IT
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> Mono<T> required(Mono<T> work) {
            return work;
        }
    };

    private final Clock clock = Clock.fixed(PaymentFixtures.CREATED_AT, ZoneOffset.UTC);

    final AuthorizePayment authorizePayment = new AuthorizePayment(payments, cancelledOrders, gateway, events,
            transactions, clock);

    final ReleasePayment releasePayment = new ReleasePayment(payments, cancelledOrders, gateway, events,
            transactions, clock);

    static AuthorizePaymentCommand charge(OrderId orderId, String token) {
        return new AuthorizePaymentCommand(orderId, PaymentFixtures.TOTAL, new PaymentToken(token));
    }

    static AuthorizePaymentCommand charge(OrderId orderId, Money amount) {
        return new AuthorizePaymentCommand(orderId, amount, PaymentFixtures.VISA);
    }

    void authorized(OrderId orderId, String token) {
        authorizePayment.authorize(charge(orderId, token)).block();
        published.clear();
    }

}
