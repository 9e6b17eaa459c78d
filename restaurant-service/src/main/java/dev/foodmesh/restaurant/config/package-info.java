/** Wiring: use cases are built here as beans. */
@NullMarked
package dev.foodmesh.restaurant.config;

import org.jspecify.annotations.NullMarked;
