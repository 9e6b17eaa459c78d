-- When each order entered its current status, by the database's clock: the overdue pass compares it with now() in
-- the same database, so the replicas' clocks never matter (review M6). Set by this default on insert and by the
-- update on every status change; existing orders take their last change as the best estimate.
alter table orders add column status_since timestamptz not null default now();
update orders set status_since = updated_at;

-- the overdue pass reads only the orders still in flight, longest waiting first
create index orders_in_flight on orders (status, status_since)
    where status in ('PAID', 'DELIVERY_SCHEDULED', 'PICKED_UP', 'CANCELLATION_PENDING');
