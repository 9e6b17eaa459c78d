// The order every virtual user places (profile.json's "order", users taking turns) and what it reads back.

import { randomBytes } from "k6/crypto";
import http from "k6/http";
import type { RefinedResponse, ResponseType } from "k6/http";
import exec from "k6/execution";

import type { Profile } from "./profile.ts";
import { headers, orderUrl, tokenSubject } from "./target.ts";

/** An order as order-service answers it (only what the scripts read). */
export interface OrderView {
  id: string;
  status: string;
  history: { status: string; at: string }[];
  createdAt: string;
}

/**
 * POST /orders with a fresh Idempotency-Key, as the token's customer (or, without a token, the profile's user whose
 * turn it is); tagged `name: place-order`.
 */
export function placeOrder(profile: Profile): RefinedResponse<ResponseType> {
  const order = profile.order;
  const userId = tokenSubject() ?? order.userIds[exec.scenario.iterationInTest % order.userIds.length];
  const body = {
    userId,
    restaurantId: order.restaurantId,
    items: [{ menuItemId: order.menuItemId, quantity: order.quantity }],
    deliveryAddress: order.deliveryAddress,
    paymentToken: order.paymentToken,
  };
  return http.post(`${orderUrl}/orders`, JSON.stringify(body), {
    headers: headers({ "Content-Type": "application/json", "Idempotency-Key": uuid() }),
    tags: { name: "place-order" },
    responseCallback: http.expectedStatuses(201),
  });
}

/** A random (version 4) UUID, for Idempotency-Key. */
export function uuid(): string {
  const bytes = new Uint8Array(randomBytes(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The order id of a 201's Location header (/orders/<id>), or undefined. */
export function orderId(response: RefinedResponse<ResponseType>): string | undefined {
  const location = response.headers["Location"] ?? response.headers["location"];
  return location?.split("/").pop();
}

/** A status event of GET /orders/{id}/events. */
export interface StatusEvent {
  status: string;
  at: string;
  terminal: boolean;
}

/**
 * Reads the order's Server-Sent Events until the stream ends at a terminal status, or until `timeout`: k6 has no
 * SSE client, so the whole stream is one response whose body is parsed once it completes.
 */
export function followStatus(id: string, timeout: string): { events: StatusEvent[]; completed: boolean } {
  const response = http.get(`${orderUrl}/orders/${id}/events`, {
    headers: headers({ Accept: "text/event-stream" }),
    tags: { name: "order-events" },
    timeout,
  });
  const events = parseEvents(typeof response.body === "string" ? response.body : "");
  const last = events[events.length - 1];
  return { events, completed: response.status === 200 && last !== undefined && last.terminal };
}

/** The `data:` lines of `event:status` frames, as JSON. */
export function parseEvents(body: string): StatusEvent[] {
  return body
    .split(/\r?\n/)
    .filter((line) => line.startsWith("data:"))
    .map((line) => JSON.parse(line.slice("data:".length)) as StatusEvent);
}

/** GET /orders/{id}, tagged `name: get-order`. */
export function getOrder(id: string): OrderView | undefined {
  const response = http.get(`${orderUrl}/orders/${id}`, { headers: headers(), tags: { name: "get-order" } });
  return response.status === 200 ? (response.json() as unknown as OrderView) : undefined;
}

/**
 * Milliseconds from the order's creation to the first `status` in its history, server side (the same measure as
 * the Gatling report's, which reads the history from Postgres); undefined if it never got there.
 */
export function sagaMillis(order: OrderView, status: string): number | undefined {
  const reached = order.history.find((entry) => entry.status === status);
  return reached === undefined ? undefined : Date.parse(reached.at) - Date.parse(order.createdAt);
}
