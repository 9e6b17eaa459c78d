// Where the load goes and as whom, from the environment, so that one script runs against ./run-local.sh and against
// the cluster's TLS gateway.
//
//   BASE_URL        one host for every service: the gateway, e.g. https://foodmesh.local:8443. Unset: the local
//                   stack, each service on its own port.
//   ORDER_URL       order-service (default BASE_URL, else http://localhost:8080)
//   RESTAURANT_URL  restaurant-service (default BASE_URL, else http://localhost:8082)
//   TOKEN           a customer's JWT sent as Authorization: Bearer. Every route needs one, on the local stack and
//                   at the gateway (docs/security.md), and orders are placed as its subject:
//                   TOKEN=$(istio/jwt/mint-token.sh <user-id> customer 3600) (or the ALICE_TOKEN ./run-local.sh prints)
//   RESOLVE         host:port:address, like curl --resolve, e.g. foodmesh.local:8443:127.0.0.1 for a port-forward

import encoding from "k6/encoding";
import type { Options } from "k6/options";

const baseUrl = env("BASE_URL");

export const orderUrl = trimSlash(env("ORDER_URL") ?? baseUrl ?? "http://localhost:8080");

export const restaurantUrl = trimSlash(env("RESTAURANT_URL") ?? baseUrl ?? "http://localhost:8082");

const token = env("TOKEN");

/** Headers every request carries: JSON, and the bearer token when TOKEN is set. */
export function headers(extra: Record<string, string> = {}): Record<string, string> {
  const all: Record<string, string> = { Accept: "application/json", ...extra };
  if (token !== undefined) {
    all["Authorization"] = `Bearer ${token}`;
  }
  return all;
}

/**
 * The customer the token names (its `sub`), who is the only user a customer token may place orders for; undefined
 * without a token.
 */
export function tokenSubject(): string | undefined {
  const payload = token?.split(".")[1];
  if (payload === undefined) {
    return undefined;
  }
  const claims = JSON.parse(encoding.b64decode(payload, "rawurl", "s")) as { sub?: string };
  return claims.sub;
}

/** k6's `hosts` option for RESOLVE (a gateway reached through a port-forward or a load balancer's address). */
export function hosts(): Pick<Options, "hosts"> {
  const resolve = env("RESOLVE");
  if (resolve === undefined) {
    return {};
  }
  const [host, port, address] = resolve.split(":");
  if (host === undefined || port === undefined || address === undefined) {
    throw new Error(`RESOLVE must be host:port:address, not '${resolve}'`);
  }
  return { hosts: { [`${host}:${port}`]: `${address}:${port}` } };
}

function env(name: string): string | undefined {
  const value = __ENV[name];
  return value === undefined || value === "" ? undefined : value;
}

function trimSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
