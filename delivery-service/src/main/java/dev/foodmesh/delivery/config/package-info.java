/**
 * Wiring: use cases as beans, the topic subscription, the background passes and the
 * service's properties.
 */
@NullMarked
package dev.foodmesh.delivery.config;

import org.jspecify.annotations.NullMarked;
