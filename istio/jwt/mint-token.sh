#!/usr/bin/env bash
# Prints an RS256 JWT signed with the development key, accepted by the chart when it is installed with
# -f istio/jwt/values-dev-jwt.yaml. Needs only openssl (no GNU-only flags: runs on Linux and macOS).
#   TOKEN=$(istio/jwt/mint-token.sh [subject] [ttl-seconds])
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
key="${JWT_KEY:-$dir/dev-private-key.pem}"
sub="${1:-dev-user}"
ttl="${2:-3600}"
kid="${JWT_KID:-foodmesh-dev-1}"
issuer="${JWT_ISSUER:-https://auth.foodmesh.dev}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$kid" | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","aud":"foodmesh","iat":%d,"nbf":%d,"exp":%d}' \
  "$issuer" "$sub" "$now" "$now" "$((now + ttl))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
