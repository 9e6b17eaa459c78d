-- The test application's own state: one row per applied event, deliberately without a unique constraint, so a
-- double application would show as two rows instead of failing.
create table ledger (
    id         bigserial   primary key,
    event_id   uuid        not null,
    order_id   uuid        not null,
    type       text        not null,
    applied_at timestamptz not null default clock_timestamp()
);
