-- Demo restaurants and menus (docs/demo-data.md), loaded only with the demo profile.
-- Repeatable and idempotent: rows that already exist are left as they are.
INSERT INTO restaurants (id, name, city, open, currency) VALUES
    ('22222222-2222-4222-8222-222222222221', 'Pizzeria Roma',  'Berlin',  true,  'EUR'),
    ('22222222-2222-4222-8222-222222222222', 'Sushi Hafen',    'Hamburg', true,  'EUR'),
    ('22222222-2222-4222-8222-222222222223', 'Brezelhaus',     'Munich',  true,  'EUR'),
    ('22222222-2222-4222-8222-222222222224', 'Closed Kitchen', 'Berlin',  false, 'EUR')
ON CONFLICT DO NOTHING;

INSERT INTO menu_items (id, restaurant_id, name, description, price_amount, price_currency, available) VALUES
    ('33333333-3333-4333-8333-333333333311', '22222222-2222-4222-8222-222222222221', 'Margherita',    'Tomato, mozzarella, basil', 950,  'EUR', true),
    ('33333333-3333-4333-8333-333333333312', '22222222-2222-4222-8222-222222222221', 'Diavola',       'Spicy salami',              1150, 'EUR', true),
    ('33333333-3333-4333-8333-333333333313', '22222222-2222-4222-8222-222222222221', 'Tiramisu',      'Sold out today',            650,  'EUR', false),
    ('33333333-3333-4333-8333-333333333321', '22222222-2222-4222-8222-222222222222', 'Salmon Nigiri', 'Two pieces',                1200, 'EUR', true),
    ('33333333-3333-4333-8333-333333333322', '22222222-2222-4222-8222-222222222222', 'Maki Set',      'Twelve pieces',             1450, 'EUR', true),
    ('33333333-3333-4333-8333-333333333331', '22222222-2222-4222-8222-222222222223', 'Brezel',        'Fresh from the oven',       350,  'EUR', true),
    ('33333333-3333-4333-8333-333333333332', '22222222-2222-4222-8222-222222222223', 'Schnitzel',     'With potato salad',         1590, 'EUR', true),
    ('33333333-3333-4333-8333-333333333341', '22222222-2222-4222-8222-222222222224', 'Soup',          'Soup of the day',           500,  'EUR', true)
ON CONFLICT DO NOTHING;
