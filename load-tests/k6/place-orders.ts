// The order ladder of profile.json, as the Gatling simulation runs it: a warm-up ramping to the first step's rate,
// then each step as its own constant-arrival-rate scenario (open loop: arrivals do not wait for answers), delayed to
// its slot, with a quiet pause after each. Thresholds per step encode the SLOs that k6 can see from the client:
// placement p99 of accepted orders, and no 5xx or unanswered request. (Saga latency: status-streams.ts. Consumer lag
// and the knee: load-tests/run.sh, which reads the services' metrics and Postgres.)
//
//   k6 run load-tests/k6/place-orders.ts                                    # against ./run-local.sh
//   k6 run -e STEPS=50,100 -e STEP_DURATION=30s -e WARM_UP=60s load-tests/k6/place-orders.ts

import { check } from "k6";
import { Counter } from "k6/metrics";
import type { Options, Scenario } from "k6/options";

import { orderId, placeOrder } from "./lib/orders.ts";
import { duration, parseProfile, seconds } from "./lib/profile.ts";
import { hosts } from "./lib/target.ts";

const profile = parseProfile(open("../profile.json"));

const steps = (__ENV["STEPS"] ?? profile.placement.steps.join(",")).split(",").map(Number);
const stepSeconds = seconds(__ENV["STEP_DURATION"] ?? profile.placement.stepDuration);
const pauseSeconds = seconds(profile.placement.pauseBetweenSteps);
const warmUpSeconds = seconds(__ENV["WARM_UP"] ?? profile.placement.warmUp.duration);

/** 5xx answers and requests without any answer: the SLO allows profile.slo.serverErrors of them per step. */
const serverErrors = new Counter("server_errors");

function ladder(): Record<string, Scenario> {
  const scenarios: Record<string, Scenario> = {};
  const first = steps[0] ?? 1;
  if (warmUpSeconds > 0) {
    scenarios["warm_up"] = {
      executor: "ramping-arrival-rate",
      startRate: profile.placement.warmUp.fromRate,
      timeUnit: "1s",
      stages: [{ target: first, duration: duration(warmUpSeconds) }],
      preAllocatedVUs: vusFor(first),
      maxVUs: vusFor(first) * 4,
      tags: { step: "warm-up" },
    };
  }
  let start = warmUpSeconds > 0 ? warmUpSeconds + pauseSeconds : 0;
  for (const rate of steps) {
    scenarios[`step_${rate}`] = {
      executor: "constant-arrival-rate",
      rate,
      timeUnit: "1s",
      duration: duration(stepSeconds),
      startTime: duration(start),
      preAllocatedVUs: vusFor(rate),
      maxVUs: vusFor(rate) * 4,
      tags: { step: String(rate) },
    };
    start += stepSeconds + pauseSeconds;
  }
  return scenarios;
}

/** VUs for an arrival rate: enough for answers up to 250 ms before k6 adds more (and reports dropped iterations). */
function vusFor(rate: number): number {
  return Math.max(5, Math.ceil(rate / 4));
}

function thresholds(): NonNullable<Options["thresholds"]> {
  const all: NonNullable<Options["thresholds"]> = {
    // the generator itself kept up: every arrival the ladder asked for was sent
    dropped_iterations: ["count==0"],
  };
  for (const rate of steps) {
    all[`http_req_duration{step:${rate},name:place-order,expected_response:true}`] = [
      `p(99)<=${profile.slo.placementP99Ms}`,
    ];
    all[`server_errors{step:${rate}}`] = [`count<=${profile.slo.serverErrors}`];
  }
  return all;
}

export const options: Options = {
  scenarios: ladder(),
  thresholds: thresholds(),
  summaryTrendStats: ["med", "p(95)", "p(99)", "max"],
  ...hosts(),
};

export default function (): void {
  const response = placeOrder(profile);
  if (response.status === 0 || response.status >= 500) {
    serverErrors.add(1);
  }
  check(response, {
    "order accepted (201)": (r) => r.status === 201,
    "Location names the order": (r) => orderId(r) !== undefined,
  });
}
