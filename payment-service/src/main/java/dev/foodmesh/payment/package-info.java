/** payment-service: payment authorisation and refunds in the order saga. */
@NullMarked
package dev.foodmesh.payment;

import org.jspecify.annotations.NullMarked;
