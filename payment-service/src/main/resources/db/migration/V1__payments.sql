-- One payment per order: the unique order_id makes a second charge for an order impossible to commit, even when
-- two OrderCreated events with different event ids (which the consumer's dedupe cannot catch) arrive for it.
CREATE TABLE payments (
    id             uuid PRIMARY KEY,
    order_id       uuid        NOT NULL CONSTRAINT payments_order_id_key UNIQUE,
    status         varchar(16) NOT NULL CHECK (status IN ('AUTHORIZED', 'DECLINED', 'REFUNDED')),
    amount         bigint      NOT NULL CHECK (amount >= 0),
    currency       varchar(3)  NOT NULL,
    token          text        NOT NULL,
    decline_reason varchar(32),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT payments_decline_reason_iff_declined CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);

-- Orders cancelled before any payment was made for them; an OrderCreated redriven later must not charge them.
CREATE TABLE cancelled_orders (
    order_id     uuid PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);
