/**
 * Restaurants, menu items, money and quote pricing: plain Java, no Spring, Reactor or
 * persistence. Pricing is a pure function whose rules are evaluated in order, first
 * rejection wins.
 */
@NullMarked
package dev.foodmesh.restaurant.domain;

import org.jspecify.annotations.NullMarked;
