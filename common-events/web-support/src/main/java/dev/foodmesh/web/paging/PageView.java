package dev.foodmesh.web.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {items, page, size, totalItems, totalPages}}. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public PageView {
		items = List.copyOf(items);
	}

	/**
	 * The page {@code query} asked for, holding {@code items}, out of {@code totalItems}
	 * in all.
	 */
	public static <T> PageView<T> of(List<T> items, PageQuery query, long totalItems) {
		long pages = (totalItems + query.size() - 1) / query.size();
		return new PageView<>(items, query.page(), query.size(), totalItems, (int) Math.min(pages, Integer.MAX_VALUE));
	}

	public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
		List<R> mapped = items.stream().<R>map(mapper).toList();
		return new PageView<>(mapped, page, size, totalItems, totalPages);
	}

}
