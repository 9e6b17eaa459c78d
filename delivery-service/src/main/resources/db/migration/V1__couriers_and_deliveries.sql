-- delivery-service's own tables. The messaging kit adds outbox and processed_events with its own Flyway history.

create table couriers (
    id           uuid        primary key,
    name         text        not null,
    city         text        not null,
    status       text        not null check (status in ('AVAILABLE', 'BUSY')),
    -- when the courier last became available or busy: for an available courier, how long it has been idle
    status_since timestamptz not null
);

-- assignment takes the longest-idle available courier of a city
create index couriers_available_by_city on couriers (city, status_since, id) where status = 'AVAILABLE';
create index couriers_by_city_and_name on couriers (city, name, id);

-- One row per paid order; the columns a state does not have stay null (the checks keep them consistent).
create table deliveries (
    id                    uuid        primary key,
    -- unique: a redelivered or repeated OrderPaid can never create a second delivery, nor assign twice
    order_id              uuid        not null unique,
    city                  text        not null,
    status                text        not null
        check (status in ('UNASSIGNED', 'ASSIGNED', 'PICKED_UP', 'COMPLETED', 'FAILED', 'RELEASED')),
    requested_at          timestamptz not null,
    courier_id            uuid        references couriers (id),
    assigned_at           timestamptz,
    estimated_delivery_at timestamptz,
    picked_up_at          timestamptz,
    completed_at          timestamptz,
    failure_reason        text,
    failed_at             timestamptz,
    released_at           timestamptz,
    check ((courier_id is not null) = (status in ('ASSIGNED', 'PICKED_UP', 'COMPLETED'))),
    check ((failure_reason is not null) = (status = 'FAILED'))
);

-- a courier carries one delivery at a time, whatever the application does
create unique index deliveries_one_active_per_courier on deliveries (courier_id) where status in ('ASSIGNED', 'PICKED_UP');

-- the scans: waiting deliveries (assignment), and the simulator's assigned and picked-up ones
create index deliveries_waiting on deliveries (requested_at) where status = 'UNASSIGNED';
create index deliveries_assigned on deliveries (assigned_at) where status = 'ASSIGNED';
create index deliveries_picked_up on deliveries (picked_up_at) where status = 'PICKED_UP';
create index deliveries_newest_first on deliveries (requested_at desc, id);
