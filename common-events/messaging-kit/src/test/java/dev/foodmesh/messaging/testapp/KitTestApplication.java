package dev.foodmesh.messaging.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.EventSubscription;

/**
 * A minimal service on the messaging kit, as a FoodMesh service would be: its own table
 * ({@code ledger}, from its own {@code db/migration}), an {@link EventSubscription} and a
 * handler that writes state and appends to the outbox. It consumes a topic of its own so
 * that tests control every record on it.
 */
@SpringBootApplication
public class KitTestApplication {

	public static final String TOPIC = "kit.test.payment.events.v1";

	@Bean
	HandlerScript handlerScript() {
		return new HandlerScript();
	}

	@Bean
	EventSubscription<PaymentIntegrationEvent> paymentEvents(LedgerHandler handler) {
		return new EventSubscription<>(TOPIC, PaymentIntegrationEvent.class, handler);
	}

}
