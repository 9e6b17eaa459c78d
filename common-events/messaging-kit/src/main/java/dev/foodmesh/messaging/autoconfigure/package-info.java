/**
 * Spring Boot auto-configuration and {@code foodmesh.messaging.*} properties of the
 * messaging kit.
 */
@NullMarked
package dev.foodmesh.messaging.autoconfigure;

import org.jspecify.annotations.NullMarked;
