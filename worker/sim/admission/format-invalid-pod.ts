// kubectl's text for an Invalid (422) answer (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go:
// StandardErrorMessage with MultilineError), built from the causes, one per field error.

/**
 * `The Pod "NAME" is invalid: FIELD: BODY` and a newline for one error; for several, the prefix
 * alone on its line (with its trailing space), then `* FIELD: BODY` per error. Pure.
 */
export function formatInvalidPod(name: string, errors: readonly { message: string }[]): string {
  const prefix = `The Pod ${JSON.stringify(name)} is invalid: `;
  if (errors.length === 1) return `${prefix}${errors[0]!.message}\n`;
  return `${prefix}\n${errors.map((error) => `* ${error.message}\n`).join("")}`;
}
