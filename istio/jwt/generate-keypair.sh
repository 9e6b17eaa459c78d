#!/usr/bin/env bash
# Makes an RSA key pair for signing development JWTs, its JWKS, and a values file that makes the chart's
# RequestAuthentication trust it. Needs only openssl and bash (no GNU-only flags, no xxd: runs on Linux, macOS and WSL).
#   istio/jwt/generate-keypair.sh [output-dir]     (default: this folder)
# The pair committed here (dev-private-key.pem) is public knowledge: use it on laptop clusters only, and
# generate your own, or better point mesh.jwt.jwksUri at a real identity provider, anywhere else.
set -euo pipefail
dir="${1:-$(cd "$(dirname "$0")" && pwd)}"
kid="${JWT_KID:-foodmesh-dev-1}"
issuer="${JWT_ISSUER:-https://auth.foodmesh.dev}"
mkdir -p "$dir"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/dev-private-key.pem" 2>/dev/null
chmod 600 "$dir/dev-private-key.pem"
# openssl's -A is the portable "one line" (GNU base64 -w0 does not exist on macOS or BSD)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
# hex digits to bytes with bash's printf (xxd is missing on minimal systems)
unhex() { printf '%b' "$(sed 's/../\\x&/g')"; }
modulus=$(openssl rsa -in "$dir/dev-private-key.pem" -noout -modulus | cut -d= -f2 | unhex | b64url)
jwks="{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"$kid\",\"n\":\"$modulus\",\"e\":\"AQAB\"}]}"
echo "$jwks" > "$dir/dev-jwks.json"
cat > "$dir/values-dev-jwt.yaml" <<VALUES
# DEVELOPMENT ONLY: trusts tokens signed with istio/jwt/dev-private-key.pem (a key anyone can read).
# Made by istio/jwt/generate-keypair.sh; mint a token with istio/jwt/mint-token.sh.
mesh:
  jwt:
    issuer: $issuer
    audiences: [foodmesh]
    jwks: '$jwks'
VALUES
echo "wrote $dir/dev-private-key.pem, $dir/dev-jwks.json and $dir/values-dev-jwt.yaml"
