-- The W3C trace context of the order's saga when its delivery was requested (the OrderPaid being handled), so
-- events a background pass emits later for the delivery (DeliveryFailed(NO_COURIER) from the courier-wait scan, the
-- simulator's pickup and completion) continue the order's trace. Null for deliveries requested without one.
alter table deliveries add column traceparent text, add column tracestate text;
