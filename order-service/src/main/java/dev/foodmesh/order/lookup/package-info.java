/**
 * Synchronous lookups in user-service and restaurant-service over WebClient. No retries
 * here: in the mesh, Istio retries idempotent calls, and stacking app retries on mesh
 * retries multiplies load when a dependency struggles.
 */
@NullMarked
package dev.foodmesh.order.lookup;

import org.jspecify.annotations.NullMarked;
