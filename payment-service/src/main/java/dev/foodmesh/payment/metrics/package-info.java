/** Business metrics on Micrometer (Prometheus on the management port). */
@NullMarked
package dev.foodmesh.payment.metrics;

import org.jspecify.annotations.NullMarked;
