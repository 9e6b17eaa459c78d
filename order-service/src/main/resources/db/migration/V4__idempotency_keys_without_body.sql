-- A replay of POST /orders now answers the key's order as it was placed, rebuilt from the orders row (its id,
-- details and created_at never change), so the service no longer writes the rendered answer here (issue 11 point 5:
-- the placing use case knows no HTTP). The column becomes optional rather than dropped: during a rolling deploy
-- the older replicas still write and read it (one that replays a key a newer replica placed answers an empty body
-- until the rollout ends). A later release drops it, once no replica reads it.
alter table idempotency_keys alter column response_body drop not null;
