#!/usr/bin/env bash
# Republishes the records of a dead-letter topic to their source topic through a service's `dlt` actuator endpoint.
#
#   ./redrive.sh <dead-letter-topic> [max]
#
#   MANAGEMENT_URL   the service's management base URL (default http://localhost:9080, order-service locally)
#
# Examples:
#   MANAGEMENT_URL=http://localhost:9083 ./redrive.sh foodmesh.order.events.v1.dlt        # all, payment-service
#   ./redrive.sh foodmesh.payment.events.v1.dlt 10                                         # the oldest 10
#
# Prints the endpoint's answer, e.g. {"deadLetterTopic":"...","republished":3,"remaining":0}; exits non-zero on
# an HTTP error. Each record is redriven once (progress is kept in the group <service>.dlt-redrive).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" != *.dlt ]]; then
  echo "usage: $0 <topic>.dlt [max]" >&2
  exit 2
fi
topic="$1"
body='{}'
if [[ $# -eq 2 ]]; then
  [[ "$2" =~ ^[0-9]+$ ]] || { echo "max must be a non-negative integer" >&2; exit 2; }
  body="{\"max\": $2}"
fi

curl --silent --show-error --fail-with-body \
  --request POST \
  --header 'Content-Type: application/json' \
  --data "$body" \
  "${MANAGEMENT_URL:-http://localhost:9080}/actuator/dlt/${topic}"
echo
