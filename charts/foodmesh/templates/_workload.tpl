{{/*
One service's Kubernetes objects. Every define takes (dict "root" $ "c" <effective component values>),
where the component values come from "foodmesh.componentValues".
*/}}

{{- define "foodmesh.workload.serviceaccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
# the app never calls the Kubernetes API; Istio mounts its own projected token
automountServiceAccountToken: false
{{- end -}}

{{- define "foodmesh.workload.configmap" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- $db := $c.database | default dict -}}
{{- $env := dict
  "SERVER_PORT" "8080"
  "MANAGEMENT_SERVER_PORT" "8081"
  "FOODMESH_DB_HOST" (include "foodmesh.postgresHost" $root)
  "FOODMESH_DB_PORT" (toString $root.Values.postgres.port)
  "FOODMESH_DB_NAME" ($db.name | default "")
  "FOODMESH_DB_USERNAME" ($db.username | default "")
  "MANAGEMENT_METRICS_TAGS_APPLICATION" $c.name
-}}
{{- if $c.databasePoolSize -}}
{{- $_ := set $env "SPRING_R2DBC_POOL_MAX_SIZE" (toString $c.databasePoolSize) -}}
{{- end -}}
{{- if has "kafka" ($c.egress | default list) -}}
{{- $_ := set $env "SPRING_KAFKA_BOOTSTRAP_SERVERS" (include "foodmesh.kafkaBootstrap" $root) -}}
{{- if eq (include "foodmesh.kafkaAuth" $root) "true" -}}
{{- /* spring.kafka.security.protocol and spring.kafka.properties[sasl.mechanism]: the kit builds every client (its
producer, consumers and admin) from spring.kafka.*; the JAAS line with the password is in the Deployment's env */ -}}
{{- $_ := set $env "SPRING_KAFKA_SECURITY_PROTOCOL" "SASL_PLAINTEXT" -}}
{{- $_ := set $env "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM" "SCRAM-SHA-512" -}}
{{- else if eq $root.Values.kafka.mode "strimzi" -}}
{{- /* Strimzi: the KafkaUser's SCRAM credential (JAAS line in the Deployment's env) over the cluster CA's TLS */ -}}
{{- $sasl := eq (include "foodmesh.strimziAuth" $root) "true" -}}
{{- $tls := eq (include "foodmesh.kafkaTls" $root) "true" -}}
{{- if or $sasl $tls -}}
{{- $_ := set $env "SPRING_KAFKA_SECURITY_PROTOCOL" (printf "%s%s" (ternary "SASL_" "" $sasl) (ternary "SSL" "PLAINTEXT" $tls)) -}}
{{- end -}}
{{- if $sasl -}}
{{- $_ := set $env "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM" "SCRAM-SHA-512" -}}
{{- end -}}
{{- if $tls -}}
{{- $_ := set $env "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE" "PEM" -}}
{{- $_ := set $env "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION" (printf "%s/ca.crt" (include "foodmesh.kafkaCaDir" $root)) -}}
{{- end -}}
{{- end -}}
{{- if eq (include "foodmesh.chartOwnsTopics" $root) "true" -}}
{{- /* the topics Job or Strimzi's KafkaTopics own the topics: the services only check that they exist */ -}}
{{- $_ := set $env "FOODMESH_MESSAGING_TOPICS_CREATE" "false" -}}
{{- $_ := set $env "FOODMESH_MESSAGING_TOPICS_EXISTENCE_TIMEOUT" (printf "%ds" (int $root.Values.kafka.topicsJob.timeoutSeconds)) -}}
{{- else -}}
{{- $_ := set $env "FOODMESH_MESSAGING_TOPICS_PARTITIONS" (toString $root.Values.kafka.topics.partitions) -}}
{{- $_ := set $env "FOODMESH_MESSAGING_TOPICS_REPLICATION" (toString $root.Values.kafka.replicationFactor) -}}
{{- end -}}
{{- end -}}
{{- /* the services verify every token themselves, with the edge's issuer and keys (docs/security.md) */ -}}
{{- $jwt := $root.Values.mesh.jwt -}}
{{- $_ := set $env "FOODMESH_SECURITY_ISSUER" $jwt.issuer -}}
{{- $_ := set $env "FOODMESH_SECURITY_AUDIENCE" (first $jwt.audiences) -}}
{{- if $jwt.jwksUri -}}
{{- $_ := set $env "FOODMESH_SECURITY_JWKS_URI" $jwt.jwksUri -}}
{{- else if $jwt.jwks -}}
{{- $_ := set $env "FOODMESH_SECURITY_JWKS" $jwt.jwks -}}
{{- end -}}
{{- if $root.Values.demo.enabled -}}
{{- $_ := set $env "SPRING_PROFILES_ACTIVE" "demo" -}}
{{- end -}}
{{- $otel := $root.Values.otel -}}
{{- if $otel.enabled -}}
{{- $_ := set $env "JAVA_TOOL_OPTIONS" (printf "-javaagent:%s %s" $otel.agentPath $c.jvmOptions | trim) -}}
{{- $_ := set $env "OTEL_SERVICE_NAME" $c.name -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_ENDPOINT" $otel.exporterEndpoint -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_PROTOCOL" $otel.exporterProtocol -}}
{{- range $k, $v := $otel.env -}}{{- $_ := set $env $k (toString $v) -}}{{- end -}}
{{- else if $c.jvmOptions -}}
{{- $_ := set $env "JAVA_TOOL_OPTIONS" $c.jvmOptions -}}
{{- end -}}
{{- range $k, $v := $c.env -}}{{- $_ := set $env $k (toString $v) -}}{{- end -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" $root "name" $c.name "component" "service") | nindent 4 }}
data:
  {{- range $k := keys $env | sortAlpha }}
  {{ $k }}: {{ get $env $k | quote }}
  {{- end }}
{{- end -}}

{{- define "foodmesh.workload.dbsecret" -}}
{{- $db := .c.database | default dict -}}
{{- if not $db.existingSecret -}}
{{- $name := printf "%s-db" .c.name -}}
{{- $password := include "foodmesh.keptPassword" (dict "root" .root "secret" $name "key" "password") -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ $name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
  annotations:
    # a random password must not be replaced by `helm upgrade` nor lost by `helm uninstall` of a live database
    helm.sh/resource-policy: keep
type: kubernetes.io/basic-auth
stringData:
  username: {{ $db.username | quote }}
  password: {{ $password | quote }}
{{- end -}}
{{- end -}}

{{- define "foodmesh.workload.kafkasecret" -}}
{{- $k := .c.kafka | default dict -}}
{{- if and (eq (include "foodmesh.kafkaAuth" .root) "true") (has "kafka" (.c.egress | default list)) (not $k.existingSecret) -}}
{{- $name := printf "%s-kafka" .c.name -}}
apiVersion: v1
kind: Secret
metadata:
  name: {{ $name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
  annotations:
    # the topics Job sets this password as the service's SCRAM credential; kept like the database password
    helm.sh/resource-policy: keep
type: kubernetes.io/basic-auth
stringData:
  username: {{ .c.name | quote }}
  password: {{ include "foodmesh.keptPassword" (dict "root" .root "secret" $name "key" "password") | quote }}
{{- end -}}
{{- end -}}

{{- define "foodmesh.workload.probe" -}}
httpGet:
  path: {{ .path }}
  port: http-management
{{- with .initialDelaySeconds }}
initialDelaySeconds: {{ . }}
{{- end }}
periodSeconds: {{ .periodSeconds }}
timeoutSeconds: {{ .timeoutSeconds }}
failureThreshold: {{ .failureThreshold }}
{{- end -}}

{{- define "foodmesh.workload.deployment" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- $kafkaCa := and (eq (include "foodmesh.kafkaTls" $root) "true") (has "kafka" ($c.egress | default list)) -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" $root "name" $c.name "component" "service") | nindent 4 }}
spec:
  {{- if not $c.autoscaling.enabled }}
  replicas: {{ $c.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "foodmesh.selectorLabels" (dict "root" $root "name" $c.name) | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "foodmesh.podLabels" (dict "root" $root "name" $c.name "component" "service") | nindent 8 }}
        app: {{ $c.name }}
        {{- if $root.Values.mesh.enabled }}
        # injected without labelling the namespace (Istio's object selector webhook, or the revision's)
        {{- include "foodmesh.injectionLabel" $root | nindent 8 }}
        {{- end }}
        version: {{ $c.image.tag | default $root.Values.image.tag | default $root.Chart.AppVersion | quote }}
        {{- with $c.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        checksum/config: {{ include "foodmesh.workload.configmap" . | sha256sum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: "8081"
        prometheus.io/path: /actuator/prometheus
        {{- with $c.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ $c.name }}
      automountServiceAccountToken: false
      # no FOODMESH_KAFKA_* / FOODMESH_POSTGRES_* service-link variables next to the real configuration
      enableServiceLinks: false
      # preStop sleep, then Spring's graceful phases (web server, kit consumers, outbox relay) each up to
      # spring.lifecycle.timeout-per-shutdown-phase
      terminationGracePeriodSeconds: {{ $c.terminationGracePeriodSeconds }}
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml $c.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ $c.name }}
          image: {{ include "foodmesh.image" . }}
          imagePullPolicy: {{ $c.image.pullPolicy | default $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
            - name: http-management
              containerPort: 8081
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $c.name }}
          env:
            - name: FOODMESH_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  {{- include "foodmesh.dbSecretRef" . | nindent 18 }}
            {{- if and (eq (include "foodmesh.kafkaAuth" $root) "true") (has "kafka" ($c.egress | default list)) }}
            # the service's own Kafka principal; $(VAR) expands only here, not in envFrom
            - name: FOODMESH_KAFKA_PASSWORD
              valueFrom:
                secretKeyRef:
                  {{- include "foodmesh.kafkaSecretRef" . | nindent 18 }}
            - name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
              value: {{ printf "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"$(FOODMESH_KAFKA_PASSWORD)\";" $c.name | quote }}
            {{- else if and (eq (include "foodmesh.strimziAuth" $root) "true") (has "kafka" ($c.egress | default list)) }}
            # the JAAS line Strimzi's User Operator writes for the service's KafkaUser (kafka-strimzi.yaml)
            - name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
              valueFrom:
                secretKeyRef:
                  name: {{ $c.name }}
                  key: sasl.jaas.config
            {{- end }}
            {{- if $root.Values.otel.enabled }}
            # a span names its pod and node (downward API); $(VAR) expands only in env, not in envFrom
            - name: K8S_POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: K8S_NODE_NAME
              valueFrom:
                fieldRef:
                  fieldPath: spec.nodeName
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: {{ printf "service.namespace=%s,service.version=%s,k8s.namespace.name=%s,k8s.pod.name=$(K8S_POD_NAME),k8s.node.name=$(K8S_NODE_NAME)" $root.Release.Namespace ($c.image.tag | default $root.Values.image.tag | default $root.Chart.AppVersion) $root.Release.Namespace | quote }}
            {{- end }}
            {{- with $c.envOverrides }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            {{- include "foodmesh.workload.probe" $c.probes.startup | nindent 12 }}
          livenessProbe:
            {{- include "foodmesh.workload.probe" $c.probes.liveness | nindent 12 }}
          readinessProbe:
            {{- include "foodmesh.workload.probe" $c.probes.readiness | nindent 12 }}
          {{- if $c.preStopSleepSeconds }}
          lifecycle:
            # endpoints and the gateway's view of them converge before the server stops accepting
            preStop:
              sleep:
                seconds: {{ $c.preStopSleepSeconds }}
          {{- end }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- toYaml $c.securityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if $kafkaCa }}
            - name: kafka-ca
              mountPath: {{ include "foodmesh.kafkaCaDir" $root }}
              readOnly: true
            {{- end }}
      volumes:
        # the root filesystem is read-only; Netty, the JVM and the agent write only to /tmp
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
        {{- if $kafkaCa }}
        # the certificate of the CA that signs Strimzi's brokers (Strimzi renews it and updates the Secret)
        - name: kafka-ca
          secret:
            secretName: {{ printf "%s-cluster-ca-cert" $root.Values.kafka.strimzi.clusterName }}
            items:
              - key: ca.crt
                path: ca.crt
        {{- end }}
      {{- with $c.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $c.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $c.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
      {{- if $c.topologySpreadConstraints }}
        {{- toYaml $c.topologySpreadConstraints | nindent 8 }}
      {{- else }}
        # by default, replicas prefer different nodes (soft: a one-node cluster still schedules them)
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "foodmesh.selectorLabels" (dict "root" $root "name" $c.name) | nindent 14 }}
      {{- end }}
{{- end -}}

{{- define "foodmesh.workload.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "foodmesh.selectorLabels" (dict "root" .root "name" .c.name) | nindent 4 }}
  ports:
    - name: http
      port: 8080
      targetPort: http
      protocol: TCP
      appProtocol: http
    - name: http-management
      port: 8081
      targetPort: http-management
      protocol: TCP
      appProtocol: http
{{- end -}}

{{- define "foodmesh.workload.pdb" -}}
{{- if .c.podDisruptionBudget.enabled -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  maxUnavailable: {{ .c.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "foodmesh.selectorLabels" (dict "root" .root "name" .c.name) | nindent 6 }}
{{- end -}}
{{- end -}}

{{- define "foodmesh.workload.hpa" -}}
{{- if .c.autoscaling.enabled -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ .c.name }}
  minReplicas: {{ .c.autoscaling.minReplicas }}
  maxReplicas: {{ .c.autoscaling.maxReplicas }}
  behavior:
    scaleUp:
      # a JVM's start-up CPU burst is not load: look at a whole window before adding replicas
      stabilizationWindowSeconds: {{ .c.autoscaling.scaleUpStabilizationSeconds }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .c.autoscaling.targetCPUUtilizationPercentage }}
{{- end -}}
{{- end -}}
