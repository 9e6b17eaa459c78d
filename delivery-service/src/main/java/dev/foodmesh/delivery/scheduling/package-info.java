/** Background passes started with the application: the courier-wait scan and the optional courier simulator. */
@NullMarked
package dev.foodmesh.delivery.scheduling;

import org.jspecify.annotations.NullMarked;
