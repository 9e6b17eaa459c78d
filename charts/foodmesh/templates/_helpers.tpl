{{/* Names, labels and lookups shared by every template. */}}

{{- define "foodmesh.fullname" -}}
{{- if contains "foodmesh" .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-foodmesh" .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels every object of the release carries, except the instance (the selector labels carry it). */}}
{{- define "foodmesh.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: foodmesh
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Labels of a release-wide object (no workload of its own). */}}
{{- define "foodmesh.labels" -}}
{{ include "foodmesh.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Selector labels of one workload. Args: root, name. */}}
{{- define "foodmesh.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Full labels of one workload's objects; each key once. Args: root, name, component (service|kafka|postgres|job). */}}
{{- define "foodmesh.workloadLabels" -}}
{{ include "foodmesh.commonLabels" .root }}
{{ include "foodmesh.selectorLabels" . }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
Labels of a pod template: no chart version and no app version, so a chart bump alone restarts nothing (a new image
changes the pod spec anyway). Args: root, name, component.
*/}}
{{- define "foodmesh.podLabels" -}}
{{ include "foodmesh.selectorLabels" . }}
app.kubernetes.io/part-of: foodmesh
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* The pod label that asks Istio for a sidecar: the revision's when mesh.revision is set. */}}
{{- define "foodmesh.injectionLabel" -}}
{{- if .Values.mesh.revision -}}
istio.io/rev: {{ .Values.mesh.revision | quote }}
{{- else -}}
sidecar.istio.io/inject: "true"
{{- end -}}
{{- end -}}

{{/* Names of the bundled infrastructure. */}}
{{- define "foodmesh.kafkaName" -}}{{ include "foodmesh.fullname" . }}-kafka{{- end -}}
{{- define "foodmesh.kafkaTopicsJobName" -}}{{ include "foodmesh.fullname" . }}-kafka-topics{{- end -}}
{{- define "foodmesh.kafkaHeadless" -}}{{ include "foodmesh.fullname" . }}-kafka-headless{{- end -}}
{{- define "foodmesh.postgresName" -}}{{ include "foodmesh.fullname" . }}-postgres{{- end -}}
{{- define "foodmesh.gatewayName" -}}{{ include "foodmesh.fullname" . }}-gateway{{- end -}}

{{- define "foodmesh.svcFqdn" -}}
{{- printf "%s.%s.svc.cluster.local" .name .root.Release.Namespace -}}
{{- end -}}

{{/* Kafka bootstrap servers for the configured mode. */}}
{{- define "foodmesh.kafkaBootstrap" -}}
{{- $k := .Values.kafka -}}
{{- if eq $k.mode "bundled" -}}
{{- printf "%s:9092" (include "foodmesh.kafkaName" .) -}}
{{- else if eq $k.mode "strimzi" -}}
{{- printf "%s-kafka-bootstrap:9092" $k.strimzi.clusterName -}}
{{- else -}}
{{- required "kafka.external.bootstrapServers is required when kafka.mode=external" $k.external.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{/* Postgres host for the configured mode. */}}
{{- define "foodmesh.postgresHost" -}}
{{- $p := .Values.postgres -}}
{{- if eq $p.mode "bundled" -}}
{{- include "foodmesh.postgresName" . -}}
{{- else if eq $p.mode "cloudnativepg" -}}
{{- printf "%s-rw" $p.cloudnativepg.clusterName -}}
{{- else -}}
{{- required "postgres.external.host is required when postgres.mode=external" $p.external.host -}}
{{- end -}}
{{- end -}}

{{/* Host:port pairs of external Kafka, as a YAML list of {host, port}. */}}
{{- define "foodmesh.externalKafkaEndpoints" -}}
{{- $out := list -}}
{{- range $hp := splitList "," (include "foodmesh.kafkaBootstrap" .) -}}
{{- $parts := splitList ":" (trim $hp) -}}
{{- $port := 9092 -}}
{{- if gt (len $parts) 1 -}}{{- $port = atoi (last $parts) -}}{{- end -}}
{{- $out = append $out (dict "host" (first $parts) "port" $port) -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* "true" when the string is an IPv4 or IPv6 address. */}}
{{- define "foodmesh.isIp" -}}
{{- or (regexMatch "^[0-9]{1,3}(\\.[0-9]{1,3}){3}$" .) (contains ":" .) | toString -}}
{{- end -}}

{{/* The mesh's name for external Postgres: its host, or a stand-in name when the host is an IP address. */}}
{{- define "foodmesh.postgresEgressHost" -}}
{{- $h := .Values.postgres.external.host -}}
{{- if eq (include "foodmesh.isIp" $h) "true" -}}
{{- printf "%s-postgres.external" (include "foodmesh.fullname" .) -}}
{{- else -}}
{{- $h -}}
{{- end -}}
{{- end -}}

{{/*
The issuer's key endpoint (mesh.jwt.jwksUri) when it lies outside the cluster, as YAML {host, port, protocol};
empty for inline keys and for a host under .cluster.local or .svc (in the mesh registry already). Every service
fetches the keys through its sidecar, so REGISTRY_ONLY needs a ServiceEntry and an egress host for it.
*/}}
{{- define "foodmesh.externalJwks" -}}
{{- with .Values.mesh.jwt.jwksUri -}}
{{- $u := urlParse . -}}
{{- $host := regexReplaceAll ":[0-9]+$" $u.host "" -}}
{{- if not (or (hasSuffix ".cluster.local" $host) (hasSuffix ".svc" $host)) -}}
{{- if eq (include "foodmesh.isIp" $host) "true" -}}
{{- fail (printf "mesh.jwt.jwksUri: give the issuer's host name, not an IP address (%s): the mesh names external hosts by DNS name" $host) -}}
{{- end -}}
{{- $https := eq $u.scheme "https" -}}
{{- $port := ternary 443 80 $https -}}
{{- if regexMatch ":[0-9]+$" $u.host }}{{ $port = regexFind "[0-9]+$" $u.host | int }}{{ end -}}
host: {{ $host }}
port: {{ $port }}
protocol: {{ ternary "TLS" "HTTP" $https }}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Sidecar egress hosts ("./dnsName") for one egress entry: a component name, "kafka" or "postgres". */}}
{{- define "foodmesh.egressHosts" -}}
{{- $root := .root -}}
{{- $ns := $root.Release.Namespace -}}
{{- if eq .target "kafka" -}}
{{- if eq $root.Values.kafka.mode "bundled" }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" (include "foodmesh.kafkaName" $root)) }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" (include "foodmesh.kafkaHeadless" $root)) }}
{{- else if eq $root.Values.kafka.mode "strimzi" }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" (printf "%s-kafka-bootstrap" $root.Values.kafka.strimzi.clusterName)) }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" (printf "%s-kafka-brokers" $root.Values.kafka.strimzi.clusterName)) }}
{{- else }}
{{- range (include "foodmesh.externalKafkaEndpoints" $root | fromYamlArray) }}
- ./{{ .host }}
{{- end }}
{{- end }}
{{- else if eq .target "postgres" -}}
{{- if eq $root.Values.postgres.mode "external" }}
- ./{{ include "foodmesh.postgresEgressHost" $root }}
{{- else }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" (include "foodmesh.postgresHost" $root)) }}
{{- end }}
{{- else }}
- ./{{ include "foodmesh.svcFqdn" (dict "root" $root "name" .target) }}
{{- end -}}
{{- end -}}

{{/*
Effective settings of one component: `default` overridden key by key by the component (two levels deep, so
`probes.startup` or `resources.limits` can be overridden alone), `env` merged, `envOverrides` concatenated.
Args: root, name. Returns YAML.
*/}}
{{- define "foodmesh.componentValues" -}}
{{- $base := deepCopy .root.Values.default -}}
{{- $over := get .root.Values.components .name | default dict -}}
{{- range $k, $v := $over -}}
{{- $cur := get $base $k -}}
{{- if and (kindIs "map" $v) (kindIs "map" $cur) -}}
{{- range $k2, $v2 := $v -}}
{{- $cur2 := get $cur $k2 -}}
{{- if and (kindIs "map" $v2) (kindIs "map" $cur2) -}}
{{- $_ := set $cur $k2 (mergeOverwrite (deepCopy $cur2) $v2) -}}
{{- else -}}
{{- $_ := set $cur $k2 $v2 -}}
{{- end -}}
{{- end -}}
{{- else -}}
{{- $_ := set $base $k $v -}}
{{- end -}}
{{- end -}}
{{- $_ := set $base "envOverrides" (concat (.root.Values.default.envOverrides | default list) ($over.envOverrides | default list)) -}}
{{- $_ := set $base "name" .name -}}
{{- toYaml $base -}}
{{- end -}}

{{/* Image reference of one component. Args: root, c (effective component values). */}}
{{- define "foodmesh.image" -}}
{{- $img := .root.Values.image -}}
{{- $repo := .c.image.repository -}}
{{- if not $repo -}}
{{- $repo = printf "%s/%s" $img.repositoryPrefix .c.name -}}
{{- if $img.registry -}}{{- $repo = printf "%s/%s" $img.registry $repo -}}{{- end -}}
{{- end -}}
{{- $tag := .c.image.tag | default $img.tag | default .root.Chart.AppVersion -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}

{{/* The Secret and key holding a component's database password. Args: root, c. Returns YAML {name, key}. */}}
{{- define "foodmesh.dbSecretRef" -}}
{{- $db := .c.database | default dict -}}
name: {{ $db.existingSecret | default (printf "%s-db" .c.name) }}
key: {{ $db.passwordKey | default "password" }}
{{- end -}}

{{/* SPIFFE principal of a service account. Args: root, ns, sa. */}}
{{- define "foodmesh.principal" -}}
{{- printf "%s/ns/%s/sa/%s" .root.Values.mesh.trustDomain .ns .sa -}}
{{- end -}}

{{/* Principal of the ingress gateway for the configured ingress mode. */}}
{{- define "foodmesh.gatewayPrincipal" -}}
{{- $in := .Values.mesh.ingress -}}
{{- if eq $in.mode "gatewayApi" -}}
{{- include "foodmesh.principal" (dict "root" . "ns" .Release.Namespace "sa" (printf "%s-%s" (include "foodmesh.gatewayName" .) $in.gatewayApi.gatewayClassName)) -}}
{{- else -}}
{{- include "foodmesh.principal" (dict "root" . "ns" $in.istio.namespace "sa" $in.istio.serviceAccount) -}}
{{- end -}}
{{- end -}}

{{/* Route path (Istio template syntax) to a match: {type: Exact|PathPrefix|RegularExpression, value}. */}}
{{- define "foodmesh.pathMatch" -}}
{{- if contains "{*}" . -}}
type: RegularExpression
value: {{ printf "^%s$" (replace "{*}" "[^/]+" .) | quote }}
{{- else if hasSuffix "*" . -}}
type: PathPrefix
value: {{ trimSuffix "*" . | quote }}
{{- else -}}
type: Exact
value: {{ . | quote }}
{{- end -}}
{{- end -}}

{{/* Enabled component names, sorted. Returns a YAML list. */}}
{{- define "foodmesh.enabledComponents" -}}
{{- $out := list -}}
{{- range $name, $c := .Values.components -}}
{{- if or (not (hasKey $c "enabled")) $c.enabled -}}{{- $out = append $out $name -}}{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
"true" when the chart creates the topics (the topics Job in bundled and external modes, KafkaTopic resources with
Strimzi). The services are then told not to create any (FOODMESH_MESSAGING_TOPICS_CREATE=false): they only check
at startup that every topic exists, so the chart's partitions, replication and min.insync.replicas hold.
*/}}
{{- define "foodmesh.chartOwnsTopics" -}}
{{- or (eq .Values.kafka.mode "strimzi") .Values.kafka.topicsJob.enabled | toString -}}
{{- end -}}

{{/*
Connections the services may open to Postgres at most: for every component with a database, its most replicas
(autoscaling.maxReplicas when autoscaled) times its R2DBC pool (databasePoolSize) plus 2 (the outbox relay's
dedicated connection and Flyway's at start-up), plus 10 for superuser and maintenance sessions.
*/}}
{{- define "foodmesh.postgresConnectionsNeeded" -}}
{{- $total := 10 -}}
{{- range $n := include "foodmesh.enabledComponents" . | fromYamlArray -}}
{{- $c := include "foodmesh.componentValues" (dict "root" $ "name" $n) | fromYaml -}}
{{- if $c.database -}}
{{- $replicas := ternary $c.autoscaling.maxReplicas $c.replicas $c.autoscaling.enabled -}}
{{- $total = add $total (mul (int $replicas) (add (int ($c.databasePoolSize | default 20)) 2)) -}}
{{- end -}}
{{- end -}}
{{- $total -}}
{{- end -}}

{{/* max_connections of the chart's Postgres: postgres.maxConnections, or what the services need when 0. */}}
{{- define "foodmesh.postgresMaxConnections" -}}
{{- $needed := int (include "foodmesh.postgresConnectionsNeeded" .) -}}
{{- $set := int (.Values.postgres.maxConnections | default 0) -}}
{{- if and $set (lt $set $needed) -}}
{{- fail (printf "postgres.maxConnections (%d) is below what the services may open (%d: replicas x (databasePoolSize + 2) + 10); raise it or lower databasePoolSize" $set $needed) -}}
{{- end -}}
{{- max $set $needed -}}
{{- end -}}

{{/* Fails on settings the schema cannot check alone. */}}
{{- define "foodmesh.validate" -}}
{{- $k := .Values.kafka -}}
{{- if eq $k.mode "bundled" -}}
{{- if gt (int $k.replicationFactor) (int $k.bundled.replicas) -}}
{{- fail (printf "kafka.replicationFactor (%v) exceeds kafka.bundled.replicas (%v)" $k.replicationFactor $k.bundled.replicas) -}}
{{- end -}}
{{- if and $k.auth.enabled (not $k.topicsJob.enabled) (include "foodmesh.kafkaClients" . | fromYamlArray) -}}
{{- fail "kafka.auth.enabled needs kafka.topicsJob.enabled: the topics Job creates the services' Kafka credentials and ACLs" -}}
{{- end -}}
{{- end -}}
{{- if gt (int $k.minInsyncReplicas) (int $k.replicationFactor) -}}
{{- fail (printf "kafka.minInsyncReplicas (%v) exceeds kafka.replicationFactor (%v)" $k.minInsyncReplicas $k.replicationFactor) -}}
{{- end -}}
{{- $names := include "foodmesh.enabledComponents" . | fromYamlArray -}}
{{- range $n := $names -}}
{{- $c := include "foodmesh.componentValues" (dict "root" $ "name" $n) | fromYaml -}}
{{- if and (has "kafka" ($c.egress | default list)) $c.autoscaling.enabled (gt (int $c.autoscaling.maxReplicas) (int $k.topics.partitions)) -}}
{{- fail (printf "components.%s.autoscaling.maxReplicas (%v) exceeds kafka.topics.partitions (%v): consumers past the partition count sit idle" $n $c.autoscaling.maxReplicas $k.topics.partitions) -}}
{{- end -}}
{{- end -}}
{{- if ne .Values.postgres.mode "external" -}}
{{- $_ := include "foodmesh.postgresMaxConnections" . -}}
{{- end -}}
{{- range $name, $c := .Values.components -}}
{{- range $c.allowedCallers -}}
{{- if not (has .from $names) -}}
{{- fail (printf "components.%s.allowedCallers names %q, which is not an enabled component" $name .from) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
"true" when the bundled broker authenticates its clients (SASL) and authorises them (ACLs): kafka.auth.enabled in
bundled mode. Strimzi: "foodmesh.strimziAuth". External Kafka brings its own; the services then take SASL settings
from their env.
*/}}
{{- define "foodmesh.kafkaAuth" -}}
{{- and (eq .Values.kafka.mode "bundled") .Values.kafka.auth.enabled | toString -}}
{{- end -}}

{{/* "true" when Strimzi authenticates the services (SCRAM-SHA-512) and authorises them (KafkaUser ACLs). */}}
{{- define "foodmesh.strimziAuth" -}}
{{- and (eq .Values.kafka.mode "strimzi") .Values.kafka.auth.enabled | toString -}}
{{- end -}}

{{/* "true" when the services reach Kafka over TLS: Strimzi's clients' listener with kafka.strimzi.tls. */}}
{{- define "foodmesh.kafkaTls" -}}
{{- and (eq .Values.kafka.mode "strimzi") .Values.kafka.strimzi.tls | toString -}}
{{- end -}}

{{/* Where the services read the Strimzi cluster CA's certificate (PEM), from Secret <clusterName>-cluster-ca-cert. */}}
{{- define "foodmesh.kafkaCaDir" -}}/etc/foodmesh/kafka-ca{{- end -}}

{{/* The Secret with the bundled broker's super-user passwords (keys "broker-password" and "admin-password"). */}}
{{- define "foodmesh.kafkaSuperUsersSecret" -}}
{{- .Values.kafka.auth.existingSecret | default (printf "%s-super-users" (include "foodmesh.kafkaName" .)) -}}
{{- end -}}

{{/* secretKeyRef of one service's Kafka password. Args: root, c (effective component values). */}}
{{- define "foodmesh.kafkaSecretRef" -}}
{{- $k := .c.kafka | default dict -}}
name: {{ $k.existingSecret | default (printf "%s-kafka" .c.name) }}
key: password
{{- end -}}

{{/* Environment variable that carries one service's Kafka password in the topics Job. Args: c. */}}
{{- define "foodmesh.kafkaPasswordVariable" -}}
{{- printf "%s_KAFKA_PASSWORD" (.name | upper | replace "-" "_") -}}
{{- end -}}

{{/*
A password kept across `helm upgrade`: the one the live Secret holds under key, or a new random one (also under
`helm template` and GitOps, where lookup sees nothing: pre-create the Secret there). Args: root, secret, key.
*/}}
{{- define "foodmesh.keptPassword" -}}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace .secret -}}
{{- if and $existing $existing.data (hasKey $existing.data .key) -}}
{{- index $existing.data .key | b64dec -}}
{{- else -}}
{{- randAlphaNum 32 -}}
{{- end -}}
{{- end -}}

{{/*
The Kafka clients (components whose egress names "kafka") with their effective values, as a YAML list.
*/}}
{{- define "foodmesh.kafkaClients" -}}
{{- $clients := list -}}
{{- range $n := include "foodmesh.enabledComponents" . | fromYamlArray -}}
{{- $c := include "foodmesh.componentValues" (dict "root" $ "name" $n) | fromYaml -}}
{{- if has "kafka" ($c.egress | default list) -}}{{- $clients = append $clients $c -}}{{- end -}}
{{- end -}}
{{- toYaml $clients -}}
{{- end -}}

{{/*
One Kafka client's ACLs, as a YAML map from operation (Write, Read, Describe) to its resources ({type, name}), the
one source of the bundled broker's ACLs (the topics Job) and Strimzi's (KafkaUser). It writes the topics it
produces and the dead-letter twins of those it reads; it reads what it consumes in its own consumer group, and its
own topics' dead-letter twins in its redrive group (redrive is the owner's: it republishes to its own topic, so no
service needs Write on another's topic); it sees every event topic's metadata, no records (the kit checks at
startup that all of them exist). Its producer is idempotent, which Write on a topic allows (Kafka >= 3.0, KIP-679);
it uses no transactions. Args: root, c (effective component values).
*/}}
{{- define "foodmesh.kafkaAclResources" -}}
{{- $k := .c.kafka | default dict -}}
{{- $write := list -}}
{{- $read := list -}}
{{- $describe := list -}}
{{- range $k.produces }}{{ $write = append $write (dict "type" "topic" "name" .) }}{{ $read = append $read (dict "type" "topic" "name" (printf "%s.dlt" .)) }}{{ end -}}
{{- range $k.consumes }}{{ $read = append $read (dict "type" "topic" "name" .) }}{{ $write = append $write (dict "type" "topic" "name" (printf "%s.dlt" .)) }}{{ end -}}
{{- $read = concat $read (list (dict "type" "group" "name" .c.name) (dict "type" "group" "name" (printf "%s.dlt-redrive" .c.name))) -}}
{{- range .root.Values.kafka.topics.names }}{{ $describe = concat $describe (list (dict "type" "topic" "name" .) (dict "type" "topic" "name" (printf "%s.dlt" .))) }}{{ end -}}
{{- toYaml (dict "Write" $write "Read" $read "Describe" $describe) -}}
{{- end -}}

{{/*
One Kafka client's ACLs as arguments of kafka-acls.sh, one call per line: "<principal> <operation> <resources>".
Args: root, c (effective component values).
*/}}
{{- define "foodmesh.kafkaAcls" -}}
{{- $lines := list -}}
{{- range $op, $resources := include "foodmesh.kafkaAclResources" . | fromYaml -}}
{{- $args := list -}}
{{- range $resources }}{{ $args = append $args (printf "--%s %s" .type .name) }}{{ end -}}
{{- if $args }}{{ $lines = append $lines (printf "%s %s %s" $.c.name $op (join " " $args)) }}{{ end -}}
{{- end -}}
{{- join "\n" $lines -}}
{{- end -}}
