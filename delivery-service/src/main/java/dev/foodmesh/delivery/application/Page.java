package dev.foodmesh.delivery.application;

import java.util.List;

/** One page of a listing, and how many items the whole listing has. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

	public Page {
		items = List.copyOf(items);
	}

}
