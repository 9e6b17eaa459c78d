-- The W3C trace context of the request that placed the order (POST /orders), kept so that work a background pass
-- does for the order later (the payment-timeout scan) can start its own trace with a span link to the order's.
alter table orders add column traceparent text, add column tracestate text;
