// load-tests/profile.json, the one file of rates, durations and thresholds that the Gatling simulations read too.
// The entry scripts call open('../profile.json') themselves: k6 resolves open() against the calling script.

/** A k6 duration: 500ms, 60s, 1m30s. */
export type Duration = string;

export interface Profile {
  placement: {
    warmUp: { duration: Duration; fromRate: number };
    steps: number[];
    stepDuration: Duration;
    pauseBetweenSteps: Duration;
  };
  statusStreams: { rate: number; duration: Duration; timeout: Duration };
  browsing: { rate: number; duration: Duration };
  slo: {
    placementP99Ms: number;
    sagaScheduledP99Ms: number;
    readP99Ms: number;
    serverErrors: number;
    drainWithinMs: number;
  };
  order: {
    userIds: string[];
    restaurantId: string;
    menuItemId: string;
    quantity: number;
    deliveryAddress: { street: string; city: string; postalCode: string };
    paymentToken: string;
  };
  couriers: { city: string; headroom: number };
  simulator: { pickupDelay: Duration; deliveryDelay: Duration };
}

/** Parses the profile's text, failing early on a file that is not a profile. */
export function parseProfile(text: string): Profile {
  const profile = JSON.parse(text) as Profile;
  if (!Array.isArray(profile.placement?.steps) || profile.placement.steps.length === 0 || !profile.slo) {
    throw new Error("profile.json needs placement.steps and slo (see load-tests/README.md)");
  }
  return profile;
}

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Seconds in a k6 duration, so that step offsets can be added up. */
export function seconds(duration: Duration): number {
  if (duration.trim() === "0") {
    return 0;
  }
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== duration.trim()) {
    throw new Error(`Not a duration: '${duration}' (write e.g. 500ms, 60s, 1m30s)`);
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * (UNITS[unit ?? "s"] ?? 1), 0);
}

/** A number of seconds as a k6 duration. */
export function duration(totalSeconds: number): Duration {
  return `${Math.round(totalSeconds * 1000)}ms`;
}
