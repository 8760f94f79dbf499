import { handleRoute } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { getOwnSubmission } from "@/app/_data/submissions.ts";
import { AppError } from "@/lib/errors/app-error.ts";

/** One of the caller's own submissions, with its verdict once graded. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleRoute(async () => {
    const { id } = await params;
    const { id: userId } = await requireViewer(request.headers, "Sign in to see your submissions.");
    const submission = await getOwnSubmission(userId, id);
    if (!submission) throw new AppError("not_found", `submission ${id} not found for caller`, "There is no such submission.");
    return Response.json(submission, { headers: { "cache-control": "no-store" } });
  });
}
