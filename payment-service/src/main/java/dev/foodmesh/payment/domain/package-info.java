/**
 * The payment model: a payment's states as types, the money it moves and the PSP
 * simulator's decisions. Pure Java: no Spring, Reactor, R2DBC, Kafka or JSON here.
 */
@NullMarked
package dev.foodmesh.payment.domain;

import org.jspecify.annotations.NullMarked;
