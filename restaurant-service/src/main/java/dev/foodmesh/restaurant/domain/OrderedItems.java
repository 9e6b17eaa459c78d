package dev.foodmesh.restaurant.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The items of one quote: 1 to {@value #MAX_ITEMS} lines, each menu item at most once. A
 * duplicate is refused rather than merged, so that every quote line answers exactly one
 * requested line.
 */
public record OrderedItems(List<OrderedItem> lines) {

	public static final int MAX_ITEMS = 50;

	public OrderedItems {
		lines = List.copyOf(lines);
		if (lines.isEmpty() || lines.size() > MAX_ITEMS) {
			throw new IllegalArgumentException("a quote needs 1.." + MAX_ITEMS + " items: " + lines.size());
		}
		Set<MenuItemId> seen = new HashSet<>();
		for (OrderedItem line : lines) {
			if (!seen.add(line.menuItemId())) {
				throw new IllegalArgumentException("menu item listed twice: " + line.menuItemId());
			}
		}
	}

	public List<MenuItemId> menuItemIds() {
		return lines.stream().map(OrderedItem::menuItemId).toList();
	}

}
