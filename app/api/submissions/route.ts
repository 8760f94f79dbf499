import { z } from "zod";
import { isHiddenFrom } from "@/app/_data/curriculum.ts";
import { assertSameOrigin, handleRoute, readJsonBody } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { getConfig } from "@/lib/config/config.ts";
import { getDb } from "@/lib/db/client.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getLogger } from "@/lib/log/logger.ts";
import { getGradingQueue } from "@/lib/queue/grading-queue.ts";
import { createSubmission } from "@/lib/submissions/create-submission.ts";
import { assertSubmissionRate } from "@/lib/submissions/submission-rate-limit.ts";

const log = getLogger("web");

const submissionRequestSchema = z.strictObject({
  exerciseId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be an exercise id").max(100),
  yaml: z.string(),
});

/**
 * Stores a Pod YAML submission of the signed-in learner and queues it for grading: 202 with its
 * id; 401 without a session, 429 with Retry-After past the per-user rate.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in to submit; lessons stay readable without an account.");
    const { MAX_YAML_BYTES: maxYamlBytes, SUBMISSIONS_PER_MINUTE: perMinute } = getConfig();
    // JSON escaping can double the YAML's size (newlines, quotes), plus room for the envelope.
    const body = await readJsonBody(request, 2 * maxYamlBytes + 4096);
    const input = submissionRequestSchema.parse(body);
    // A draft is answered as if it did not exist, for everyone but its authors.
    if (isHiddenFrom(input.exerciseId, viewer)) throw new AppError("not_found", `draft exercise ${input.exerciseId}`, "There is no such exercise.");
    const yamlBytes = Buffer.byteLength(input.yaml, "utf8");
    if (yamlBytes > maxYamlBytes) {
      throw new AppError(
        "payload_too_large",
        `yaml of ${yamlBytes} bytes`,
        `The YAML is ${yamlBytes} bytes; the limit is ${maxYamlBytes} bytes. A Pod manifest is rarely over a few kilobytes.`,
      );
    }
    await assertSubmissionRate(getDb(), viewer.id, perMinute);
    const created = await createSubmission(getDb(), getGradingQueue(), log, { userId: viewer.id, exerciseId: input.exerciseId, yaml: input.yaml });
    // no-transform: Next would gzip these 60 bytes for every browser (~0.8 ms of CPU on the hot
    // path, and the answer no smaller).
    return Response.json(created, { status: 202, headers: { "cache-control": "no-transform" } });
  });
}
