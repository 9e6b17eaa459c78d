/**
 * Use cases (one per class) and the ports they need. Reactor publishers are allowed here;
 * Spring, R2DBC and Kafka are not: adapters implement the ports.
 */
@NullMarked
package dev.foodmesh.payment.application;

import org.jspecify.annotations.NullMarked;
