/**
 * Wiring: use cases as beans, the PSP simulator, the Kafka subscription, and the
 * service's properties.
 */
@NullMarked
package dev.foodmesh.payment.config;

import org.jspecify.annotations.NullMarked;
