package dev.foodmesh.messaging.redrive;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import dev.foodmesh.events.Topics;

/**
 * The {@code dlt} management endpoint: {@code POST /actuator/dlt/<topic>.dlt} (optional
 * JSON body {@code {"max": n}}) republishes that dead-letter topic's records, all or the
 * oldest n not redriven before, to their source topic, and answers with a
 * {@link RedriveResult}. Expose it with
 * {@code management.endpoints.web.exposure.include=dlt} on the management port only.
 */
@Endpoint(id = "dlt")
public class DeadLetterEndpoint {

	private final DeadLetterRedrive redrive;

	public DeadLetterEndpoint(DeadLetterRedrive redrive) {
		this.redrive = redrive;
	}

	@WriteOperation
	public Mono<RedriveResult> redrive(@Selector String topic, @Nullable Long max) {
		if (!topic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
			throw new InvalidEndpointRequestException("Not a dead-letter topic: " + topic, "topic must end in .dlt");
		}
		if (max != null && max < 0) {
			throw new InvalidEndpointRequestException("max must not be negative", "negative max");
		}
		return this.redrive.redrive(topic, max);
	}

}
