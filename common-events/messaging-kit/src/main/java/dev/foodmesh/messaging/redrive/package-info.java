/**
 * Republishing dead-lettered records to their source topic, exposed as the {@code dlt}
 * actuator endpoint.
 */
@NullMarked
package dev.foodmesh.messaging.redrive;

import org.jspecify.annotations.NullMarked;
