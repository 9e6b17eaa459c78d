#!/usr/bin/env bash
# Makes a self-signed certificate for the FoodMesh edge and stores it as the TLS Secret the gateway reads.
#   istio/make-tls-secret.sh [host] [namespace] [secret-name]
#     host         default foodmesh.local (the chart's mesh.ingress.hosts should list it, or "*")
#     namespace    default istio-system: the namespace of the Istio ingress gateway; with
#                  mesh.ingress.mode=gatewayApi use the release namespace instead
#     secret-name  default foodmesh-tls (mesh.ingress.istio.credentialName / gatewayApi.certificateSecretName)
# The certificate and key stay in istio/.tls/ (git-ignored); curl trusts them with --cacert istio/.tls/<host>.crt.
# Needs openssl and kubectl pointing at the cluster. Running it again replaces the Secret.
set -euo pipefail
host="${1:-foodmesh.local}"
namespace="${2:-istio-system}"
secret="${3:-foodmesh-tls}"
dir="$(cd "$(dirname "$0")" && pwd)/.tls"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes \
  -keyout "$dir/$host.key" -out "$dir/$host.crt" \
  -subj "/O=FoodMesh development/CN=$host" \
  -addext "subjectAltName=DNS:$host" 2>/dev/null
chmod 600 "$dir/$host.key"
kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"
kubectl -n "$namespace" create secret tls "$secret" --cert="$dir/$host.crt" --key="$dir/$host.key" \
  --dry-run=client -o yaml | kubectl apply -f -
echo "Secret $namespace/$secret holds a certificate for $host (valid 365 days): $dir/$host.crt"
