-- A row Kafka refuses for good (too large, invalid) is parked instead of blocking every topic behind it: the relay
-- skips it from then on, counts it (foodmesh.outbox.parked) and keeps it with the reason until an operator sends it
-- again (set parked_at back to null once the broker accepts it) or deletes it. See docs/operations.md.
alter table outbox
    add column parked_at     timestamptz,
    add column parked_reason text;
