-- A service table keeping the trace context of the work that created each row (KeptTraces).
create table traced_rows (
    id          uuid primary key,
    traceparent text,
    tracestate  text
);
