import Link from "next/link";
import type { Language } from "@/app/_components/language/language.ts";
import type { BoardKind, LeaderboardView } from "@/app/_data/leaderboard.ts";
import { type LeaderboardText, leaderboardText } from "./leaderboard-text.ts";

type Props = { view: LeaderboardView; language: Language };

const boardPath: Record<BoardKind, string> = { "all-time": "/leaderboard", week: "/leaderboard/week" };

/** The URL of a board's page, over everyone or one cohort. */
function boardHref(board: BoardKind, cohortId: string | null, page = 1): string {
  const query = new URLSearchParams();
  if (cohortId !== null) query.set("cohort", cohortId);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${boardPath[board]}?${search}` : boardPath[board];
}

const cohortIdOf = (view: LeaderboardView) => view.cohort?.id ?? null;

function formatters(language: Language) {
  const locale = language === "zh" ? "zh-CN" : "en";
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return { points: (value: number) => points.format(value), rank: (value: number) => new Intl.NumberFormat(locale).format(value), day };
}

/** The rule the board ranks by, in words (for the week, with its dates). */
function BoardRule({ view, text, language }: { view: LeaderboardView; text: LeaderboardText; language: Language }) {
  if (!view.week) return <p className="lead">{text.allTimeRule}</p>;
  const { day } = formatters(language);
  const lastDay = new Date(new Date(view.week.endsAt).getTime() - 1);
  return <p className="lead">{text.weekRule(day.format(new Date(view.week.startsAt)), day.format(lastDay))}</p>;
}

/** Where the signed-in viewer stands, shown whichever page is open. */
function OwnStanding({ view, text, language }: { view: LeaderboardView; text: LeaderboardText; language: Language }) {
  const format = formatters(language);
  const { standing, isHidden } = view.viewer;
  const onOtherPage = standing && standing.page !== view.page && !isHidden;
  return (
    <div className="own-standing">
      {standing ? (
        <p>{(isHidden ? text.yourHiddenRank : text.yourRank)(format.rank(standing.rank), format.points(standing.points))}</p>
      ) : (
        <p>{isHidden ? text.hidden : text.noPointsYet}</p>
      )}
      {isHidden && <Link href="/profile">{text.showOnProfile}</Link>}
      {onOtherPage && <Link href={boardHref(view.board, cohortIdOf(view), standing.page)}>{text.goToYourPage(standing.page)}</Link>}
    </div>
  );
}

function Pager({ view, text }: { view: LeaderboardView; text: LeaderboardText }) {
  if (view.page === 1 && !view.hasNextPage) return null;
  return (
    <nav aria-label={text.pagination} className="pager">
      {view.page > 1 && (
        <Link href={boardHref(view.board, cohortIdOf(view), view.page - 1)} rel="prev">
          {text.previousPage}
        </Link>
      )}
      {view.hasNextPage && (
        <Link href={boardHref(view.board, cohortIdOf(view), view.page + 1)} rel="next">
          {text.nextPage}
        </Link>
      )}
    </nav>
  );
}

function BoardTable({ view, text, language }: Props & { text: LeaderboardText }) {
  const format = formatters(language);
  const period = view.board === "week" ? text.thisWeek : text.allTime;
  const boardName = view.cohort ? `${view.cohort.name} · ${period}` : period;
  return (
    <table className="leaderboard-table">
      <caption>{text.caption(boardName, view.page)}</caption>
      <thead>
        <tr>
          <th scope="col">{text.rank}</th>
          <th scope="col">{text.name}</th>
          <th scope="col">{text.points}</th>
        </tr>
      </thead>
      <tbody>
        {view.lines.map((line) => (
          <tr key={line.rank} className={line.isViewer ? "is-viewer" : undefined} aria-current={line.isViewer ? "true" : undefined}>
            <td>{format.rank(line.rank)}</td>
            <th scope="row">
              {line.displayName}
              {line.isViewer && <span className="you"> ({text.you})</span>}
            </th>
            <td>{format.points(line.points)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Everyone, or one of the viewer's cohorts; shown only to viewers in (or teaching) a cohort. */
function CohortChoices({ view, text }: { view: LeaderboardView; text: LeaderboardText }) {
  if (view.cohorts.length === 0) return null;
  const current = cohortIdOf(view);
  const choices = [{ id: null, name: text.everyone }, ...view.cohorts];
  return (
    <nav aria-label={text.cohortsNav} className="board-tabs cohort-choices">
      <ul>
        {choices.map((choice) => (
          <li key={choice.id ?? ""}>
            <Link href={boardHref(view.board, choice.id)} aria-current={choice.id === current ? "page" : undefined}>
              {choice.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A leaderboard page's body: the boards' tabs, the rule, the viewer's standing, the table and the pager. */
export function LeaderboardBoard({ view, language }: Props) {
  const text = leaderboardText(language);
  const isEmpty = view.lines.length === 0;
  return (
    <div className="leaderboard-page">
      <h1>{view.cohort ? text.cohortTitle(view.cohort.name) : text.title}</h1>
      <nav aria-label={text.boardsNav} className="board-tabs">
        <ul>
          {(["all-time", "week"] as const).map((board) => (
            <li key={board}>
              <Link href={boardHref(board, cohortIdOf(view))} aria-current={view.board === board ? "page" : undefined}>
                {board === "week" ? text.thisWeek : text.allTime}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <CohortChoices view={view} text={text} />
      <BoardRule view={view} text={text} language={language} />
      <OwnStanding view={view} text={text} language={language} />
      {isEmpty && view.page === 1 && <p>{text.empty}</p>}
      {isEmpty && view.page > 1 && (
        <p>
          {text.pastTheEnd} <Link href={boardHref(view.board, cohortIdOf(view))}>{text.firstPage}</Link>
        </p>
      )}
      {!isEmpty && <BoardTable view={view} text={text} language={language} />}
      <Pager view={view} text={text} />
    </div>
  );
}
