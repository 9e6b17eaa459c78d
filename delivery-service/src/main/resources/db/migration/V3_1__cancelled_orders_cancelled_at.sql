-- The messaging kit's retention pass deletes cancellation marks older than
-- foodmesh.delivery.retention.cancelled-orders, oldest first, in batches: this index finds them.
create index cancelled_orders_cancelled_at on cancelled_orders (cancelled_at);
