/** Timeouts and keepalive on every service's R2DBC connections to Postgres. */
@NullMarked
package dev.foodmesh.web.database;

import org.jspecify.annotations.NullMarked;
