// A v1 ServiceAccount: its token automount switch and image pull secrets are what a Pod sees
// (ServiceAccount admission, kubelet-semantics.md §1.7).
import type { LocalObjectReference, ServiceAccount } from "kubernetes-types/core/v1";
import { checkKnownKeys, type DocumentReader, type JsonObject, readBoolean, readList, readObject, readRequiredString } from "./document-reader.ts";
import { readMetadata } from "./read-metadata.ts";

const serviceAccountFields = ["apiVersion", "kind", "metadata", "secrets", "imagePullSecrets", "automountServiceAccountToken"];

/** Reads one ServiceAccount; undefined (with problems recorded) when unusable. */
export function readServiceAccount(reader: DocumentReader, object: JsonObject): ServiceAccount | undefined {
  checkKnownKeys(reader, object, [], serviceAccountFields);
  const metadata = readMetadata(reader, object.metadata, true);
  const automount = readBoolean(reader, object.automountServiceAccountToken, ["automountServiceAccountToken"]);
  const pullSecrets = readList(reader, object.imagePullSecrets, ["imagePullSecrets"])?.map((item, index) =>
    readReference(reader, item, ["imagePullSecrets", String(index)]),
  );
  const secrets = readList(reader, object.secrets, ["secrets"])?.map((item, index) => readObject(reader, item, ["secrets", String(index)]));
  if (metadata === undefined || pullSecrets?.includes(undefined)) return undefined;
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata,
    ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
    ...(pullSecrets === undefined ? {} : { imagePullSecrets: pullSecrets as LocalObjectReference[] }),
    ...(secrets === undefined ? {} : { secrets: secrets.filter((secret) => secret !== undefined) }),
  };
}

function readReference(reader: DocumentReader, item: unknown, path: string[]): LocalObjectReference | undefined {
  const reference = readObject(reader, item, path);
  if (!reference) return undefined;
  checkKnownKeys(reader, reference, path, ["name"]);
  const name = readRequiredString(reader, reference.name, [...path, "name"]);
  return name === undefined ? undefined : { name };
}
