package dev.foodmesh.payment.api;

import java.util.List;

/**
 * The payments of one order: none yet, or exactly one (payments are unique per order). A
 * plain list rather than a page, because there is never a second page; the {@code items}
 * member matches the paged collections of the other services.
 */
record PaymentListView(List<PaymentView> items) {
}
