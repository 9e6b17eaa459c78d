CREATE TABLE users (
    id         uuid         PRIMARY KEY,
    name       varchar(100) NOT NULL,
    -- stored lower-case by the service, so this constraint makes emails unique regardless of case
    email      varchar(254) NOT NULL CONSTRAINT users_email_key UNIQUE,
    status     varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at timestamptz  NOT NULL
);

-- GET /users pages oldest first
CREATE INDEX users_created_at_id_idx ON users (created_at, id);
