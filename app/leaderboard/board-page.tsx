import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { LeaderboardBoard } from "@/app/_components/leaderboard/leaderboard-board.tsx";
import { leaderboardText } from "@/app/_components/leaderboard/leaderboard-text.ts";
import { parsePageParam } from "@/app/_components/leaderboard/page-param.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { type BoardKind, getLeaderboard } from "@/app/_data/leaderboard.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import "@/app/_styles/leaderboard.css";

/** What the routes of both boards receive. */
export type BoardPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export async function boardMetadata(): Promise<Metadata> {
  return { title: leaderboardText(await getLanguage()).title };
}

/**
 * Renders one board for a signed-in learner (names are shown to signed-in learners only); others
 * are sent to sign in and brought back.
 */
export async function renderBoardPage(board: BoardKind, path: string, { searchParams }: BoardPageProps) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref(path));
  const page = parsePageParam((await searchParams).page);
  const [language, view] = await Promise.all([getLanguage(), getLeaderboard(viewer, board, page)]);
  return <LeaderboardBoard view={view} language={language} />;
}
