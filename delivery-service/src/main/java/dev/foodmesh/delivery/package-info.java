/**
 * delivery-service. Layers: {@code domain}, {@code application}, and the adapters around
 * them.
 */
@NullMarked
package dev.foodmesh.delivery;

import org.jspecify.annotations.NullMarked;
