// Go type names of v1 Pod fields, as encoding/json prints them in "cannot unmarshal" errors.
// The JSON Schema (generated from kubernetes-types) knows only string/number/boolean; the Go
// structs in k8s.io/api/core/v1/types.go use named string types and int32 or int64. This table
// lists every field whose Go type is not what the schema alone suggests.

/** `Definition.property` → Go element type (pointers dropped, as the decoder reports them). */
const namedFieldTypes: Record<string, string> = {
  "PodSpec.restartPolicy": "v1.RestartPolicy",
  "PodSpec.dnsPolicy": "v1.DNSPolicy",
  "PodSpec.preemptionPolicy": "v1.PreemptionPolicy",
  "PodSpec.terminationGracePeriodSeconds": "int64",
  "PodSpec.activeDeadlineSeconds": "int64",
  "PodSpec.overhead": "v1.ResourceList",
  "Container.imagePullPolicy": "v1.PullPolicy",
  "Container.terminationMessagePolicy": "v1.TerminationMessagePolicy",
  "Container.restartPolicy": "v1.ContainerRestartPolicy",
  "EphemeralContainer.imagePullPolicy": "v1.PullPolicy",
  "EphemeralContainer.terminationMessagePolicy": "v1.TerminationMessagePolicy",
  "EphemeralContainer.restartPolicy": "v1.ContainerRestartPolicy",
  "ContainerPort.protocol": "v1.Protocol",
  "ContainerResizePolicy.resourceName": "v1.ResourceName",
  "ContainerResizePolicy.restartPolicy": "v1.ResourceResizeRestartPolicy",
  "ResourceRequirements.limits": "v1.ResourceList",
  "ResourceRequirements.requests": "v1.ResourceList",
  "VolumeResourceRequirements.limits": "v1.ResourceList",
  "VolumeResourceRequirements.requests": "v1.ResourceList",
  "HTTPGetAction.scheme": "v1.URIScheme",
  "Probe.terminationGracePeriodSeconds": "int64",
  "SleepAction.seconds": "int64",
  "Toleration.operator": "v1.TolerationOperator",
  "Toleration.effect": "v1.TaintEffect",
  "Toleration.tolerationSeconds": "int64",
  "VolumeMount.mountPropagation": "v1.MountPropagationMode",
  "VolumeMount.recursiveReadOnly": "v1.RecursiveReadOnlyMode",
  "HostPathVolumeSource.type": "v1.HostPathType",
  "EmptyDirVolumeSource.medium": "v1.StorageMedium",
  "ServiceAccountTokenProjection.expirationSeconds": "int64",
  "SecurityContext.runAsUser": "int64",
  "SecurityContext.runAsGroup": "int64",
  "SecurityContext.procMount": "v1.ProcMountType",
  "PodSecurityContext.runAsUser": "int64",
  "PodSecurityContext.runAsGroup": "int64",
  "PodSecurityContext.fsGroup": "int64",
  "PodSecurityContext.supplementalGroups": "[]int64",
  "PodSecurityContext.fsGroupChangePolicy": "v1.PodFSGroupChangePolicy",
  "Capabilities.add": "[]v1.Capability",
  "Capabilities.drop": "[]v1.Capability",
  "SeccompProfile.type": "v1.SeccompProfileType",
  "AppArmorProfile.type": "v1.AppArmorProfileType",
  "PodOS.name": "v1.OSName",
  "PodReadinessGate.conditionType": "v1.PodConditionType",
  "NodeSelectorRequirement.operator": "v1.NodeSelectorOperator",
  "LabelSelectorRequirement.operator": "v1.LabelSelectorOperator",
  "TopologySpreadConstraint.whenUnsatisfiable": "v1.UnsatisfiableConstraintAction",
  "TopologySpreadConstraint.nodeAffinityPolicy": "v1.NodeInclusionPolicy",
  "TopologySpreadConstraint.nodeTaintsPolicy": "v1.NodeInclusionPolicy",
  "PersistentVolumeClaimSpec.accessModes": "[]v1.PersistentVolumeAccessMode",
  "PersistentVolumeClaimSpec.volumeMode": "v1.PersistentVolumeMode",
  "AzureDiskVolumeSource.cachingMode": "v1.AzureDataDiskCachingMode",
  "AzureDiskVolumeSource.kind": "v1.AzureDataDiskKind",
  "ObjectMeta.uid": "types.UID",
  "ObjectMeta.generation": "int64",
  "ObjectMeta.deletionGracePeriodSeconds": "int64",
  "OwnerReference.uid": "types.UID",
  "ManagedFieldsEntry.operation": "v1.ManagedFieldsOperationType",
  "PodStatus.phase": "v1.PodPhase",
  "PodStatus.qosClass": "v1.PodQOSClass",
  "PodStatus.resize": "v1.PodResizeStatus",
  "PodCondition.type": "v1.PodConditionType",
  "PodCondition.status": "v1.ConditionStatus",
};

/** A JSON Schema fragment of the generated Pod schema. */
export interface SchemaNode {
  type?: string | string[];
  $ref?: string;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  properties?: Record<string, SchemaNode>;
}

/** The Go type of `owner.property`, as `reflect.Type.String()` prints it. Pure. */
export function goTypeName(owner: string, property: string, node: SchemaNode): string {
  return namedFieldTypes[`${owner}.${property}`] ?? goTypeOfNode(node);
}

/** The Go type of a list element or map value (no field to look up). Pure. */
export function goTypeOfNode(node: SchemaNode): string {
  if (node.$ref) return `v1.${refName(node.$ref)}`;
  if (node.type === "array") return `[]${node.items ? goTypeOfNode(node.items) : "interface {}"}`;
  if (node.type === "object" && typeof node.additionalProperties === "object") {
    return `map[string]${goTypeOfNode(node.additionalProperties)}`;
  }
  if (node.type === "number") return "int32";
  if (node.type === "boolean") return "bool";
  return "string";
}

/** `#/definitions/PodSpec` → `PodSpec`. Pure. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}
