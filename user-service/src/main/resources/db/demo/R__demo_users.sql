-- Demo users (docs/demo-data.md), loaded only with the demo profile. Repeatable and idempotent: existing rows stay.
INSERT INTO users (id, name, email, status, created_at) VALUES
    ('11111111-1111-4111-8111-111111111111', 'Alice Active',      'alice@example.com',   'ACTIVE',    '2025-01-01T00:00:01Z'),
    ('11111111-1111-4111-8111-111111111112', 'Bob Active',        'bob@example.com',     'ACTIVE',    '2025-01-01T00:00:02Z'),
    ('11111111-1111-4111-8111-111111111113', 'Carol Active',      'carol@example.com',   'ACTIVE',    '2025-01-01T00:00:03Z'),
    ('11111111-1111-4111-8111-111111111119', 'Mallory Suspended', 'mallory@example.com', 'SUSPENDED', '2025-01-01T00:00:09Z')
ON CONFLICT DO NOTHING;
