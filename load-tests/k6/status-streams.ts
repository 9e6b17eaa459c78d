// Orders followed to the end: each arrival places an order, then reads its status stream (GET /orders/{id}/events,
// Server-Sent Events) until a terminal status or profile.statusStreams.timeout, then reads the order's history for
// the saga latency placement → PAID and → DELIVERY_SCHEDULED (server-side timestamps, as in the Gatling report).
// A virtual user is held for the order's whole life (pickup + delivery delay of the simulator), so keep the rate low.
//
//   k6 run load-tests/k6/status-streams.ts
//   k6 run -e RATE=5 -e DURATION=30s load-tests/k6/status-streams.ts

import { check } from "k6";
import { Counter, Trend } from "k6/metrics";
import type { Options } from "k6/options";

import { followStatus, getOrder, orderId, placeOrder, sagaMillis } from "./lib/orders.ts";
import { parseProfile, seconds } from "./lib/profile.ts";
import { hosts } from "./lib/target.ts";

const profile = parseProfile(open("../profile.json"));

const rate = Number(__ENV["RATE"] ?? profile.statusStreams.rate);
const timeout = profile.statusStreams.timeout;

const toPaid = new Trend("saga_to_paid", true);
const toScheduled = new Trend("saga_to_scheduled", true);
const incompleteStreams = new Counter("streams_incomplete");
const serverErrors = new Counter("server_errors");

export const options: Options = {
  scenarios: {
    status_streams: {
      executor: "constant-arrival-rate",
      rate,
      timeUnit: "1s",
      duration: __ENV["DURATION"] ?? profile.statusStreams.duration,
      // each VU lives as long as its order's stream
      preAllocatedVUs: Math.ceil(rate * seconds(timeout)),
      maxVUs: Math.ceil(rate * seconds(timeout) * 2),
    },
  },
  thresholds: {
    "http_req_duration{name:place-order,expected_response:true}": [`p(99)<=${profile.slo.placementP99Ms}`],
    saga_to_scheduled: [`p(99)<=${profile.slo.sagaScheduledP99Ms}`],
    server_errors: [`count<=${profile.slo.serverErrors}`],
    streams_incomplete: ["count==0"],
    dropped_iterations: ["count==0"],
  },
  summaryTrendStats: ["med", "p(95)", "p(99)", "max"],
  ...hosts(),
};

export default function (): void {
  const placed = placeOrder(profile);
  if (placed.status === 0 || placed.status >= 500) {
    serverErrors.add(1);
  }
  const id = orderId(placed);
  if (!check(placed, { "order accepted (201)": (r) => r.status === 201 }) || id === undefined) {
    return;
  }
  const stream = followStatus(id, timeout);
  if (!check(stream, { "stream ended at a terminal status": (s) => s.completed })) {
    incompleteStreams.add(1);
  }
  const order = getOrder(id);
  if (order === undefined) {
    return;
  }
  const paid = sagaMillis(order, "PAID");
  const scheduled = sagaMillis(order, "DELIVERY_SCHEDULED");
  if (paid !== undefined) {
    toPaid.add(paid);
  }
  // an order that never got a courier (or not in time) counts as at least as late as the stream's timeout, so that
  // it weighs against the p99 as in the Gatling report, where it counts as infinitely late
  toScheduled.add(scheduled ?? seconds(timeout) * 1000);
}
