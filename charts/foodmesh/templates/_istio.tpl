{{/*
One service's mesh objects, generated from its data: allowedCallers and edgeRoutes → AuthorizationPolicy,
egress → Sidecar, routes → east-west VirtualService, trafficPolicy → DestinationRule.
Every define takes (dict "root" $ "c" <effective component values>).
*/}}

{{- define "foodmesh.istio.selector" -}}
matchLabels:
  {{- include "foodmesh.selectorLabels" (dict "root" .root "name" .c.name) | nindent 2 }}
{{- end -}}

{{/* ALLOW rules from the call graph; a component nobody may call gets none (deny-by-default holds). */}}
{{- define "foodmesh.istio.authorizationpolicy" -}}
{{- $root := .root -}}
{{- $c := .c -}}
{{- $ns := $root.Release.Namespace -}}
{{- $edge := and (eq (include "foodmesh.edgeEnabled" $root) "true") $c.edgeRoutes -}}
{{- if or $c.allowedCallers $edge -}}
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: {{ $c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" $root "name" $c.name "component" "service") | nindent 4 }}
spec:
  selector:
    {{- include "foodmesh.istio.selector" . | nindent 4 }}
  action: ALLOW
  rules:
    {{- range $c.allowedCallers }}
    - from:
        - source:
            principals:
              - {{ include "foodmesh.principal" (dict "root" $root "ns" $ns "sa" .from) | quote }}
      to:
        - operation:
            methods: {{ toJson .methods }}
            paths: {{ toJson .paths }}
            ports: ["8080"]
    {{- end }}
    {{- if $edge }}
    {{- range $c.edgeRoutes }}
    # edge route {{ .name }}
    - from:
        - source:
            principals:
              - {{ include "foodmesh.gatewayPrincipal" $root | quote }}
            {{- if and .requireJwt $root.Values.mesh.jwt.enabled }}
            requestPrincipals:
              - {{ printf "%s/*" $root.Values.mesh.jwt.issuer | quote }}
            {{- end }}
      to:
        - operation:
            methods: {{ toJson .methods }}
            paths: [{{ .path | quote }}]
            ports: ["8080"]
      {{- if and .requireJwt .roles $root.Values.mesh.jwt.enabled }}
      # the token's roles claim (docs/security.md); the service checks it again, and ownership
      when:
        - key: request.auth.claims[roles]
          values: {{ toJson .roles }}
      {{- end }}
    {{- end }}
    {{- end }}
{{- end -}}
{{- end -}}

{{- define "foodmesh.istio.sidecar" -}}
{{- $root := .root -}}
apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" $root "name" .c.name "component" "service") | nindent 4 }}
spec:
  workloadSelector:
    labels:
      {{- include "foodmesh.selectorLabels" (dict "root" $root "name" .c.name) | nindent 6 }}
  egress:
    - hosts:
        # istiod, the gateway and the trace collector live in istio-system
        - istio-system/*
        {{- range .c.egress }}
        {{- include "foodmesh.egressHosts" (dict "root" $root "target" .) | nindent 8 }}
        {{- end }}
        {{- with include "foodmesh.externalJwks" $root | fromYaml }}
        # the issuer's keys, which every service fetches to verify tokens (mesh-serviceentries.yaml)
        - ./{{ .host }}
        {{- end }}
        {{- range $root.Values.mesh.sidecar.extraEgressHosts }}
        - {{ . | quote }}
        {{- end }}
  outboundTrafficPolicy:
    mode: {{ $root.Values.mesh.sidecar.outboundTrafficPolicy }}
{{- end -}}

{{- define "foodmesh.istio.destinationrule" -}}
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  host: {{ include "foodmesh.svcFqdn" (dict "root" .root "name" .c.name) }}
  trafficPolicy:
    tls:
      mode: ISTIO_MUTUAL
    {{- toYaml .c.trafficPolicy | nindent 4 }}
{{- end -}}

{{/*
A route's timeout. Istio's webhook refuses durations under 1 ms ("0s" included), and a route without a timeout
has none: "0s" or empty renders no key.
*/}}
{{- define "foodmesh.istio.timeout" -}}
{{- if and . (ne (toString .) "0s") (ne (toString .) "0") -}}
timeout: {{ . }}
{{- end -}}
{{- end -}}

{{- define "foodmesh.istio.retries" -}}
{{- if eq (int .attempts) 0 -}}
attempts: 0
{{- else -}}
attempts: {{ .attempts }}
perTryTimeout: {{ .perTryTimeout }}
retryOn: {{ .retryOn | quote }}
{{- end -}}
{{- end -}}

{{/* East-west routes for callers inside the mesh. */}}
{{- define "foodmesh.istio.virtualservice" -}}
{{- if .c.routes -}}
{{- $host := include "foodmesh.svcFqdn" (dict "root" .root "name" .c.name) -}}
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  hosts:
    - {{ $host }}
  http:
    {{- range .c.routes }}
    - name: {{ .name }}
      {{- with .methods }}
      match:
        {{- range . }}
        - method:
            exact: {{ . }}
        {{- end }}
      {{- end }}
      route:
        - destination:
            host: {{ $host }}
            port:
              number: 8080
      {{- include "foodmesh.istio.timeout" .timeout | nindent 6 }}
      retries:
        {{- include "foodmesh.istio.retries" .retries | nindent 8 }}
    {{- end }}
{{- end -}}
{{- end -}}

{{/* JWT validation on the sidecars of the services the edge reaches. */}}
{{- define "foodmesh.istio.requestauthentication" -}}
{{- $jwt := .root.Values.mesh.jwt -}}
{{- if and $jwt.enabled .c.edgeRoutes (eq (include "foodmesh.edgeEnabled" .root) "true") (or $jwt.jwks $jwt.jwksUri) -}}
apiVersion: security.istio.io/v1
kind: RequestAuthentication
metadata:
  name: {{ .c.name }}
  labels:
    {{- include "foodmesh.workloadLabels" (dict "root" .root "name" .c.name "component" "service") | nindent 4 }}
spec:
  selector:
    {{- include "foodmesh.istio.selector" . | nindent 4 }}
  jwtRules:
    - issuer: {{ $jwt.issuer | quote }}
      audiences: {{ toJson $jwt.audiences }}
      {{- if $jwt.jwksUri }}
      jwksUri: {{ $jwt.jwksUri | quote }}
      {{- else }}
      jwks: {{ $jwt.jwks | quote }}
      {{- end }}
      # the services verify the token again and read its subject and roles: Envoy must pass it on
      forwardOriginalToken: true
{{- end -}}
{{- end -}}

{{- define "foodmesh.edgeEnabled" -}}
{{- and .Values.mesh.enabled .Values.mesh.ingress.enabled | toString -}}
{{- end -}}
