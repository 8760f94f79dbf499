import { type BoardPageProps, boardMetadata, renderBoardPage } from "./render-board-page.tsx";

export const generateMetadata = boardMetadata;

/** The all-time leaderboard, 50 learners a page (`?page=N`). */
export default function AllTimeLeaderboardPage(props: BoardPageProps) {
  return renderBoardPage("all-time", "/leaderboard", props);
}
