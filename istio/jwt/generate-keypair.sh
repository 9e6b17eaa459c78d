#!/usr/bin/env bash
# Makes an RSA key pair for signing development JWTs, its JWKS, and a values file that makes the chart's
# RequestAuthentication trust it. Needs only openssl (no hex-dump tool, no GNU-only flags: runs on Linux and macOS).
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
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
# hex to bytes with printf alone: each pair becomes a \xHH escape that printf %b writes as one byte
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
