#!/usr/bin/env bash
# Places demo orders against a running local stack and reports where they ended: the load behind the README's
# "after 1,000 orders" numbers, and a quick check that every saga reaches a terminal status.
# Usage: infra/scripts/place-orders.sh [orders=1000] [clients=8] [order-service URL=http://localhost:8080]
# Orders alternate between Pizzeria Roma in Berlin (two couriers: most end DELIVERED, the rest wait and end
# CANCELLED NO_COURIER) and Brezelhaus in Munich (no couriers: CANCELLED NO_COURIER with the payment refunded).
set -euo pipefail
orders=${1:-1000}
clients=${2:-8}
url=${3:-http://localhost:8080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Alice's token from the development issuer the local stack trusts (docs/security.md)
alice=11111111-1111-4111-8111-111111111111
token=$("$(dirname "$0")/../../istio/jwt/mint-token.sh" "$alice" customer 86400)

berlin='"restaurantId":"22222222-2222-4222-8222-222222222221","items":[{"menuItemId":"33333333-3333-4333-8333-333333333311","quantity":2}],"deliveryAddress":{"street":"Friedrichstr. 1","city":"Berlin","postalCode":"10117"}'
munich='"restaurantId":"22222222-2222-4222-8222-222222222223","items":[{"menuItemId":"33333333-3333-4333-8333-333333333331","quantity":3}],"deliveryAddress":{"street":"Marienplatz 1","city":"Munich","postalCode":"80331"}'

# A fresh key per order on Linux, macOS and WSL alike: uuidgen where it exists (macOS, most Linux), the kernel's
# generator otherwise. It fails loudly: a key that came out empty would make every order replay the first one.
uuid() {
  if command -v uuidgen >/dev/null 2>&1; then
    uuidgen | tr '[:upper:]' '[:lower:]'
  elif [ -r /proc/sys/kernel/random/uuid ]; then
    cat /proc/sys/kernel/random/uuid
  else
    echo "place-orders.sh needs uuidgen (or Linux's /proc/sys/kernel/random/uuid) for the Idempotency-Keys" >&2
    return 1
  fi
}
uuid >/dev/null # stops here, before the first order, where there is no generator (clients run in the background)

client() {
  local n=$1 key
  for ((i = n; i < orders; i += clients)); do
    local where=$berlin
    ((i % 2 == 1)) && where=$munich
    key=$(uuid)
    curl -s -o "$work/body.$n" -w '%{http_code}\n' "$url/orders" -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $token" -H "Idempotency-Key: load-$key" \
      -d "{\"userId\":\"$alice\",$where,\"paymentToken\":\"tok_visa\"}" >> "$work/codes.$n"
    grep -o '"id":"[0-9a-f-]*"' "$work/body.$n" | head -n 1 | cut -d'"' -f4 >> "$work/ids.$n" || true
  done
}

started=$(date +%s)
for ((n = 0; n < clients; n++)); do client "$n" & done
wait
echo "Placed $orders orders with $clients clients in $(($(date +%s) - started)) s; answers:"
cat "$work"/codes.* | sort | uniq -c
cat "$work"/ids.* > "$work/ids"

# A saga ends within payment timeout + courier wait + the simulator's delays; give it a generous margin.
deadline=$(($(date +%s) + ${SETTLE_SECONDS:-300}))
while :; do
  : > "$work/statuses"
  while read -r id; do
    curl -s -H "Authorization: Bearer $token" "$url/orders/$id" | grep -o '"status":"[A-Z_]*","cancellationReason":\("[A-Z_]*"\|null\)' | head -n 1 >> "$work/statuses"
  done < "$work/ids"
  open=$(grep -cv '"status":"\(DELIVERED\|CANCELLED\)"' "$work/statuses" || true)
  if [ "$open" -eq 0 ] || [ "$(date +%s)" -ge "$deadline" ]; then break; fi
  echo "$open orders not yet DELIVERED or CANCELLED; waiting..."
  sleep 10
done
echo "Statuses $(($(date +%s) - started)) s after the start:"
sort "$work/statuses" | uniq -c
[ "$open" -eq 0 ]
