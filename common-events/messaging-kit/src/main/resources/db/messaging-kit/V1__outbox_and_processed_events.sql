-- The messaging kit's own tables, applied by a second Flyway run with its own history table
-- (messaging_kit_schema_history) after the service's migrations: see docs/adr/0002-messaging-kit-schema.md.

-- Events waiting to be published, written in the same transaction as the state change that caused them.
-- seq gives the publication order; published_at is set by the relay once Kafka acknowledged the record.
create table outbox (
    seq          bigserial   primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    ce_type      text        not null,
    payload      jsonb       not null,
    traceparent  text,
    tracestate   text,
    occurred_at  timestamptz not null,
    created_at   timestamptz not null default clock_timestamp(),
    published_at timestamptz
);

-- the relay only ever reads the unpublished tail, in seq order
create index outbox_unpublished on outbox (seq) where published_at is null;

-- Wakes the relay (LISTEN foodmesh_outbox) when a transaction that wrote outbox rows commits. Postgres delivers
-- notifications at commit, so the relay never sees a row before it is visible; one per statement is enough.
create function messaging_kit_outbox_notify() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('foodmesh_outbox', '');
    return null;
end
$$;

create trigger outbox_notify
    after insert on outbox
    for each statement
execute function messaging_kit_outbox_notify();

-- Consumed events already applied, per consumer (the consuming service): inserted in the handler's transaction,
-- so a redelivered event is recognised and skipped.
create table processed_events (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
