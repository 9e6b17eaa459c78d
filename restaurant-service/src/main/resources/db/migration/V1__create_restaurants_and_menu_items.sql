CREATE TABLE restaurants (
    id       uuid         PRIMARY KEY,
    name     varchar(100) NOT NULL,
    city     varchar(100) NOT NULL,
    open     boolean      NOT NULL,
    -- every price on the menu is in this ISO-4217 currency
    currency varchar(3)   NOT NULL CHECK (currency ~ '^[A-Z]{3}$')
);

-- GET /restaurants?city= matches the city ignoring case and pages by name
CREATE INDEX restaurants_city_name_idx ON restaurants (upper(city), name, id);
CREATE INDEX restaurants_name_idx ON restaurants (name, id);

CREATE TABLE menu_items (
    id             uuid         PRIMARY KEY,
    restaurant_id  uuid         NOT NULL REFERENCES restaurants (id),
    name           varchar(100) NOT NULL,
    description    varchar(500) NOT NULL DEFAULT '',
    -- minor units (950 = 9.50), never a float
    price_amount   bigint       NOT NULL CHECK (price_amount >= 0),
    price_currency varchar(3)   NOT NULL,
    available      boolean      NOT NULL
);

-- a quote and a menu always read items through their restaurant
CREATE INDEX menu_items_restaurant_idx ON menu_items (restaurant_id, name, id);
