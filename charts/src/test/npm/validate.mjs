// Validates Kubernetes objects against the upstream schemas compiled into the kubernetes-models packages:
// Kubernetes' OpenAPI (kubernetes-models), Istio's CRDs (@kubernetes-models/istio) and the Gateway API CRDs
// (@kubernetes-models/gateway-api). Reads a JSON array of objects on stdin and prints a JSON array of
// {index, kind, name, error}; an object whose apiVersion/kind has no model is an error too.
const packages = [
  { groups: (g) => g.endsWith(".istio.io"), module: "@kubernetes-models/istio" },
  { groups: (g) => g.startsWith("gateway.networking"), module: "@kubernetes-models/gateway-api" },
  { groups: () => true, module: "kubernetes-models" },
];

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = packages.find((p) => p.groups(group));
  try {
    const mod = await import(`${pkg.module}/${apiVersion}`);
    return mod[kind];
  } catch {
    return undefined;
  }
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const objects = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const results = [];
for (const [index, object] of objects.entries()) {
  const name = object?.metadata?.name;
  const Model = await modelFor(object.apiVersion, object.kind);
  if (!Model) {
    results.push({ index, kind: object.kind, name, error: `no upstream schema for ${object.apiVersion} ${object.kind}` });
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    results.push({ index, kind: object.kind, name, error: String(e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results));
