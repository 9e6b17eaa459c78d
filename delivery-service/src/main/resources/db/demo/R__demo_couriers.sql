-- Demo couriers (docs/demo-data.md): two in Berlin, one in Hamburg, none in Munich. Only with the demo profile.
-- Repeatable and conflict-free, so it never overwrites what the couriers are doing.
insert into couriers (id, name, city, status, status_since)
values ('66666666-6666-4666-8666-666666666611', 'Ada', 'Berlin', 'AVAILABLE', now()),
       ('66666666-6666-4666-8666-666666666612', 'Grace', 'Berlin', 'AVAILABLE', now()),
       ('66666666-6666-4666-8666-666666666621', 'Linus', 'Hamburg', 'AVAILABLE', now())
on conflict (id) do nothing;
