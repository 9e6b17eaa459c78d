package dev.foodmesh.delivery.application;

/** Which page of a listing to read; {@code page} counts from 0. */
public record PageRequest(int page, int size) {

	public long offset() {
		return (long) page * size;
	}

}
