/**
 * The typed parts of the HTTP answers one FoodMesh service reads from another, so that
 * the service that writes a member and the service that reads it compile against one
 * definition instead of matching text (docs/conventions.md "Synchronous lookups
 * order-service makes").
 */
@NullMarked
package dev.foodmesh.web.contract;

import org.jspecify.annotations.NullMarked;
