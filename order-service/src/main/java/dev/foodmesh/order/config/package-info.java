/**
 * Wiring: properties, use cases as {@code @Bean}s, the lookup clients, the kit
 * subscriptions, the timeout scan.
 */
@NullMarked
package dev.foodmesh.order.config;

import org.jspecify.annotations.NullMarked;
