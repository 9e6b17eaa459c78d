// Customers browsing before they order: the restaurants of the order's city, then one restaurant's menu, at a constant
// arrival rate (profile.browsing). Reads go to restaurant-service, which the gateway serves on the same host as
// orders (set BASE_URL), and locally on its own port (RESTAURANT_URL, default http://localhost:8082).
//
//   k6 run load-tests/k6/browse-menus.ts
//   k6 run -e RATE=200 load-tests/k6/browse-menus.ts

import { check } from "k6";
import http from "k6/http";
import { Counter } from "k6/metrics";
import type { Options } from "k6/options";

import { parseProfile } from "./lib/profile.ts";
import { headers, hosts, restaurantUrl } from "./lib/target.ts";

const profile = parseProfile(open("../profile.json"));

const rate = Number(__ENV["RATE"] ?? profile.browsing.rate);
const serverErrors = new Counter("server_errors");

interface RestaurantPage {
  items: { id: string }[];
}

export const options: Options = {
  scenarios: {
    browse_menus: {
      executor: "constant-arrival-rate",
      rate,
      timeUnit: "1s",
      duration: __ENV["DURATION"] ?? profile.browsing.duration,
      preAllocatedVUs: Math.max(5, Math.ceil(rate / 4)),
      maxVUs: Math.max(20, rate),
    },
  },
  thresholds: {
    "http_req_duration{name:list-restaurants}": [`p(99)<=${profile.slo.readP99Ms}`],
    "http_req_duration{name:menu}": [`p(99)<=${profile.slo.readP99Ms}`],
    server_errors: [`count<=${profile.slo.serverErrors}`],
    dropped_iterations: ["count==0"],
  },
  summaryTrendStats: ["med", "p(95)", "p(99)", "max"],
  ...hosts(),
};

export default function (): void {
  const city = encodeURIComponent(profile.order.deliveryAddress.city);
  const list = http.get(`${restaurantUrl}/restaurants?city=${city}`, {
    headers: headers(),
    tags: { name: "list-restaurants" },
  });
  count(list.status);
  if (!check(list, { "restaurants listed (200)": (r) => r.status === 200 })) {
    return;
  }
  const restaurants = (list.json() as unknown as RestaurantPage).items;
  const chosen = restaurants[Math.floor(Math.random() * restaurants.length)];
  if (chosen === undefined) {
    return;
  }
  const menu = http.get(`${restaurantUrl}/restaurants/${chosen.id}/menu`, { headers: headers(), tags: { name: "menu" } });
  count(menu.status);
  check(menu, { "menu read (200)": (r) => r.status === 200 });
}

function count(status: number): void {
  if (status === 0 || status >= 500) {
    serverErrors.add(1);
  }
}
