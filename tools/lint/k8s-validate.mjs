#!/usr/bin/env node
// Checks Kubernetes manifests offline against the Kubernetes OpenAPI schemas that kubernetes-models bundles (types,
// enums, required fields, formats; unknown resources). Usage: node k8s-validate.mjs FILE...  (multi-document YAML;
// exit 1 on any error). The schemas allow unknown fields, so a misspelt optional field is not caught.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: k8s-validate FILE...");
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"), { merge: true });
  for (const [i, document] of documents.entries()) {
    const where = `${file}#${i}`;
    if (document.errors.length) {
      console.error(`${where}: YAML error: ${document.errors[0].message}`);
      failed++;
      continue;
    }
    const resource = document.toJS();
    if (resource == null) continue;
    const { apiVersion, kind } = resource;
    if (typeof apiVersion !== "string" || typeof kind !== "string") {
      console.error(`${where}: no apiVersion or kind`);
      failed++;
      continue;
    }
    if (apiVersion.startsWith("kustomize.config.k8s.io/")) {
      console.log(`${where}: ${kind} (kustomize's own file) skipped`);
      continue;
    }
    let model;
    try {
      model = (await import(`kubernetes-models/${apiVersion}/${kind}`))[kind];
    } catch {
      model = undefined;
    }
    if (!model) {
      console.error(`${where}: unknown resource ${apiVersion} ${kind}`);
      failed++;
      continue;
    }
    try {
      new model(resource).validate();
      console.log(`${where}: ${kind} ${resource.metadata?.name ?? ""} valid`);
    } catch (e) {
      console.error(`${where}: ${kind} ${resource.metadata?.name ?? ""} INVALID: ${e.message}`);
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);
