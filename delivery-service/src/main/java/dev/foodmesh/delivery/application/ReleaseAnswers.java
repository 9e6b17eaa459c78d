package dev.foodmesh.delivery.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.ReleaseAnswer;

/**
 * Sends order-service the answer to its release request. Joins the caller's transaction:
 * the answer commits with the release decision it reports, or not at all, and is
 * published at least once, after the order's earlier delivery events.
 */
public interface ReleaseAnswers {

	Mono<Void> send(ReleaseAnswer answer);

}
