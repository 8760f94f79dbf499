import { type BoardPageProps, boardMetadata, renderBoardPage } from "../render-board-page.tsx";

export const generateMetadata = boardMetadata;

/** This ISO week's leaderboard (UTC, from Monday 00:00), 50 learners a page (`?page=N`). */
export default function WeeklyLeaderboardPage(props: BoardPageProps) {
  return renderBoardPage("week", "/leaderboard/week", props);
}
