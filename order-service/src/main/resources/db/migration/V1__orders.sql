-- order-service's own tables. The messaging kit's outbox and processed_events come from the kit's own migrations.

create table orders (
    id                    uuid        primary key,
    user_id               uuid        not null,
    restaurant_id         uuid        not null,
    restaurant_city       text        not null,
    total_amount          bigint      not null check (total_amount >= 0),
    currency              char(3)     not null,
    street                text        not null,
    city                  text        not null,
    postal_code           text        not null,
    payment_token         text        not null,
    status                text        not null,
    cancellation_reason   text,
    payment_id            uuid,
    courier_id            uuid,
    courier_name          text,
    estimated_delivery_at timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);

-- GET /orders?userId=… newest first
create index orders_by_user on orders (user_id, created_at desc);
-- GET /orders?status=… newest first
create index orders_by_status on orders (status, created_at desc);
-- the payment timeout scan reads only the (few) orders still awaiting payment, oldest first
create index orders_awaiting_payment on orders (created_at) where status = 'PAYMENT_PENDING';

create table order_lines (
    order_id     uuid    not null references orders (id),
    line_no      int     not null,
    menu_item_id uuid    not null,
    name         text    not null,
    quantity     int     not null check (quantity > 0),
    unit_price   bigint  not null,
    line_total   bigint  not null,
    primary key (order_id, line_no)
);

create table order_history (
    order_id uuid        not null references orders (id),
    seq      int         not null,
    status   text        not null,
    reason   text,
    at       timestamptz not null,
    primary key (order_id, seq)
);

-- POST /orders answers already given, by Idempotency-Key; the primary key makes one of two concurrent
-- requests with the same key win, the other replays the winner's response.
-- The key is claimed before the order row is written (so a loser writes nothing): the foreign key waits for commit.
create table idempotency_keys (
    idempotency_key text        primary key,
    request_hash    text        not null,
    order_id        uuid        not null references orders (id) deferrable initially deferred,
    response_body   text        not null,
    created_at      timestamptz not null default now()
);
