-- Orders delivery-service saw cancelled. An OrderPaid that arrives after its order's OrderCancelled (a redriven
-- dead letter goes to the end of the topic) must not create a delivery nor dispatch a courier.
create table cancelled_orders (
    order_id     uuid        primary key,
    cancelled_at timestamptz not null default now()
);
