package dev.foodmesh.restaurant.application;

import java.util.List;
import java.util.function.Function;

/** One page of a query and how many items the whole query holds. */
public record ResultPage<T>(List<T> items, long totalItems) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(items.stream().<R>map(mapper).toList(), totalItems);
	}

}
