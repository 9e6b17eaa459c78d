/** R2DBC adapters of the application ports. */
@NullMarked
package dev.foodmesh.restaurant.persistence;

import org.jspecify.annotations.NullMarked;
