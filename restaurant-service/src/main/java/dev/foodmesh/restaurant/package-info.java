/**
 * restaurant-service: restaurants, their menus, and the price quotes order-service places
 * orders with.
 */
@NullMarked
package dev.foodmesh.restaurant;

import org.jspecify.annotations.NullMarked;
