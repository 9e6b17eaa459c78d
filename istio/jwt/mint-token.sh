#!/usr/bin/env bash
# Prints an RS256 JWT signed with the development key: trusted by the local stack (./run-local.sh) and by the chart
# when it is installed with -f istio/jwt/values-dev-jwt.yaml. Needs only openssl (no GNU-only flags: runs on Linux
# and macOS). The token's `roles` claim says what the caller is (docs/security.md): customer, courier, operator, or
# several joined with commas. A customer's subject is their user id, a courier's their courier id.
#   TOKEN=$(istio/jwt/mint-token.sh [subject] [roles] [ttl-seconds])
#   TOKEN=$(istio/jwt/mint-token.sh 11111111-1111-4111-8111-111111111111 customer)    # Alice, demo data
#   TOKEN=$(istio/jwt/mint-token.sh 66666666-6666-4666-8666-666666666611 courier)   # Ada, demo data
#   TOKEN=$(istio/jwt/mint-token.sh dev-operator operator 600)
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
key="${JWT_KEY:-$dir/dev-private-key.pem}"
sub="${1:-11111111-1111-4111-8111-111111111111}"
roles="${2:-customer}"
ttl="${3:-3600}"
kid="${JWT_KID:-foodmesh-dev-1}"
issuer="${JWT_ISSUER:-https://auth.foodmesh.dev}"
case "$roles" in
  *[!a-z,]* | "" | ,* | *, | *,,*)
    echo "roles must be customer, courier or operator, joined with commas: '$roles'" >&2; exit 2 ;;
esac
case "$ttl" in
  *[!0-9]* | "") echo "ttl-seconds must be a number: '$ttl'" >&2; exit 2 ;;
esac
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
roles_json="\"$(printf '%s' "$roles" | sed 's/,/","/g')\""
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$kid" | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","aud":"foodmesh","roles":[%s],"iat":%d,"nbf":%d,"exp":%d}' \
  "$issuer" "$sub" "$roles_json" "$now" "$now" "$((now + ttl))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
