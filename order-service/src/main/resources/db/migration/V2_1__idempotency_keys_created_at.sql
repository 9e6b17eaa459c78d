-- The messaging kit's retention pass deletes idempotency keys older than foodmesh.order.retention.idempotency-keys,
-- oldest first, in batches: this index finds them.
create index idempotency_keys_created_at on idempotency_keys (created_at);
