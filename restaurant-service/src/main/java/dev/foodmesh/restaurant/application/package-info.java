/**
 * Use cases (one per class) and the ports they need; Reactor types, no Spring. An unknown
 * id gives an empty Mono.
 */
@NullMarked
package dev.foodmesh.restaurant.application;

import org.jspecify.annotations.NullMarked;
