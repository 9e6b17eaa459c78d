#!/usr/bin/env bash
# Rewrites docs/openapi/<service>.json from the code: runs each service's shouldDocumentItselfOnTheManagementPort
# integration test with foodmesh.openapi.update=true, so the test writes the document its service serves (keys sorted,
# without servers) instead of comparing it. Review the diff and commit it with the API change.
#   scripts/update-openapi.sh [service ...]     (default: all five, e.g. scripts/update-openapi.sh order-service)
set -euo pipefail
cd "$(dirname "$0")/.."
source ./scripts/find-jdk.sh

services=("$@")
[ ${#services[@]} -gt 0 ] || services=(user-service restaurant-service order-service payment-service delivery-service)
modules=$(IFS=,; echo "${services[*]}")

./mvnw -B -ntp verify -pl "$modules" -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='*IT#shouldDocumentItselfOnTheManagementPort' -Dit.failIfNoSpecifiedTests=false \
  -Dfoodmesh.openapi.update=true -Djib.skip=true
git status --short docs/openapi
