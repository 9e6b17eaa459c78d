/**
 * user-service: the people who order, and whether they may (ACTIVE) or may not
 * (SUSPENDED) place orders.
 */
@NullMarked
package dev.foodmesh.user;

import org.jspecify.annotations.NullMarked;
