-- Retention (dev.foodmesh.messaging.retention) deletes the oldest rows in small batches; these indexes let each batch
-- find them without scanning the table.

-- only published rows are ever pruned; the partial index leaves inserts of the unpublished tail untouched
create index outbox_published_at on outbox (published_at) where published_at is not null;

-- a B-tree, not BRIN: once pruning frees the table's oldest pages, new rows land there and a BRIN range would
-- span all ages, so it would stop narrowing anything
create index processed_events_processed_at on processed_events (processed_at);
