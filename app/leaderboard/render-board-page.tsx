import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { LeaderboardBoard } from "@/app/_components/leaderboard/leaderboard-board.tsx";
import { leaderboardText } from "@/app/_components/leaderboard/leaderboard-text.ts";
import { parseCohortParam, parsePageParam } from "@/app/_components/leaderboard/page-param.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { type BoardKind, getLeaderboard } from "@/app/_data/leaderboard.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/leaderboard.css";

/** What the routes of both boards receive. */
export type BoardPageProps = { searchParams: Promise<{ page?: string | string[]; cohort?: string | string[] }> };

export async function boardMetadata(): Promise<Metadata> {
  return { title: leaderboardText(await getLanguage()).title };
}

/**
 * Renders one board for a signed-in learner (names are shown to signed-in learners only); others
 * are sent to sign in and brought back. `?cohort=ID` restricts it to a cohort the viewer is in or
 * teaches (any cohort for admins); another cohort is answered as not found.
 */
export async function renderBoardPage(board: BoardKind, path: string, { searchParams }: BoardPageProps) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref(path));
  const params = await searchParams;
  const cohortId = parseCohortParam(params.cohort);
  if (cohortId === undefined) notFound();
  const [language, view] = await Promise.all([getLanguage(), getLeaderboard(viewer, board, parsePageParam(params.page), cohortId)]);
  if (!view) notFound();
  return <LeaderboardBoard view={view} language={language} />;
}
