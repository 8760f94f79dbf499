import { cohortsText } from "@/app/cohorts/cohorts-text.ts";
import { getCohortCsv } from "@/app/_data/cohorts.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { handleRoute } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { type CohortContext, cohortParamsSchema } from "../cohort-id.ts";

/**
 * The cohort's students × exercises matrix of best scores as a CSV download, headings in the
 * viewer's language. Its instructor and admins only: 401 signed out, 404 for anyone else.
 */
export async function GET(request: Request, { params }: CohortContext): Promise<Response> {
  return handleRoute(async () => {
    const viewer = await requireViewer(request.headers, "Sign in as the cohort's instructor.");
    const { id } = cohortParamsSchema.parse(await params);
    const language = await getLanguage();
    const text = cohortsText(language);
    const csv = await getCohortCsv(viewer, id, { student: text.student, email: text.email, solved: text.solved }, language);
    return new Response(csv.text, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csv.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
