package dev.foodmesh.messaging.consumer;

import org.jspecify.annotations.Nullable;
import reactor.kafka.receiver.ReceiverRecord;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.envelope.TraceParent;

/** A received record after decoding: an event to apply, or a record to dead-letter. */
sealed interface Inbound<E extends IntegrationEvent> {

	ReceiverRecord<byte[], byte[]> record();

	/** A record read into its event, with the trace parent it carried. */
	record Decoded<E extends IntegrationEvent>(ReceiverRecord<byte[], byte[]> record, E event,
			@Nullable TraceParent trace) implements Inbound<E> {
	}

	/** A record that can never be applied, and why. */
	record Rejected<E extends IntegrationEvent>(ReceiverRecord<byte[], byte[]> record,
			Throwable reason) implements Inbound<E> {
	}

}
