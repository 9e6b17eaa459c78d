package dev.foodmesh.order.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

class InMemoryIdempotencyRecords implements IdempotencyRecords {

	final Map<String, IdempotencyRecord> stored = new ConcurrentHashMap<>();

	@Override
	public Mono<IdempotencyRecord> find(String key) {
		return Mono.justOrEmpty(this.stored.get(key));
	}

}
