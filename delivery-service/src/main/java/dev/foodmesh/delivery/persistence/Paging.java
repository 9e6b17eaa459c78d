package dev.foodmesh.delivery.persistence;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.application.Page;
import dev.foodmesh.delivery.application.PageRequest;

/** Puts a page of rows and the listing's total together. */
final class Paging {

	private Paging() {
	}

	static <T> Mono<Page<T>> page(Flux<T> items, Mono<Long> total, PageRequest request) {
		return items.collectList().zipWith(total, (list, count) -> new Page<>(list, request, count));
	}

}
