package dev.foodmesh.order.application;

import java.util.List;
import java.util.stream.IntStream;

import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Order;

/**
 * Turns successive reads of one order into the status updates a watcher has not seen yet:
 * the current status first, then every status change in the history since the previous
 * read, even when several happened between two reads.
 *
 * @param seen history entries already turned into updates; {@code -1} before the first
 * read
 * @param fresh the updates of the latest read
 */
record StatusTimeline(int seen, List<StatusUpdate> fresh) {

	static StatusTimeline start() {
		return new StatusTimeline(-1, List.of());
	}

	StatusTimeline next(Order order) {
		List<HistoryEntry> history = order.history();
		if (this.seen < 0) {
			return new StatusTimeline(history.size(), List.of(update(order, history.getLast())));
		}
		List<StatusUpdate> changes = IntStream.range(Math.max(this.seen, 1), history.size())
			.filter((index) -> history.get(index).status() != history.get(index - 1).status())
			.mapToObj((index) -> update(order, history.get(index)))
			.toList();
		return new StatusTimeline(history.size(), changes);
	}

	private static StatusUpdate update(Order order, HistoryEntry entry) {
		return new StatusUpdate(order.id(), entry.status(), entry.reason(), entry.at());
	}

}
