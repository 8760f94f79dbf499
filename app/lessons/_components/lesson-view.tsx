import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { htmlLang, type Language } from "@/app/_components/language/language.ts";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { uiText } from "@/app/_components/language/ui-text.ts";
import { MarkdownView } from "@/app/_components/markdown/markdown-view.tsx";
import { TableOfContents } from "@/app/_components/markdown/table-of-contents.tsx";
import { Timeline } from "@/app/_components/timeline/timeline.tsx";
import { getLessonPage } from "@/app/_data/lesson-pages.ts";
import type { Viewer } from "@/app/_data/viewer.ts";
import { simulate } from "@/worker/sim/index.ts";
import type { SimInput } from "@/worker/sim/sim-result.ts";
import { ExerciseList } from "./exercise-list.tsx";
import { LessonPager } from "./lesson-pager.tsx";
import "@/app/_styles/markdown.css";
import "@/app/_styles/lesson.css";

type Props = {
  id: string;
  language: Language;
  /** Who reads it: null on the static pages (published lessons only); an author's preview passes theirs. */
  viewer?: Pick<Viewer, "role"> | null;
};

/** Each simulated example runs at build time (lesson pages are static) and is drawn as a timeline. */
function renderExample(language: Language) {
  return (input: SimInput): ReactNode => <Timeline result={simulate(input)} untilMs={input.untilMs} language={language} />;
}

/** A lesson page in one language: contents, the lesson, its exercises, previous/next. */
export async function LessonView({ id, language, viewer = null }: Props) {
  const page = await getLessonPage(id, language, viewer);
  if (!page) notFound();
  const text = uiText(language);
  return (
    // The static HTML's <html lang> is the layout's default; `lang` here (and on the header) is
    // right from the first byte, and LanguageSync corrects <html lang> at hydration.
    <div className="lesson-page" lang={htmlLang(language)}>
      <LanguageSync language={language} />
      <div className="lesson-layout">
        <aside className="lesson-aside">
          <TableOfContents headings={page.content.headings} title={text.contents} />
        </aside>
        <article className="lesson-article">
          <p className="eyebrow">
            <Link href="/">{text.course}</Link> / {text.lessonNumber(page.position)}
            {page.isDraft && <span className="badge badge-draft">{text.draft}</span>}
          </p>
          <MarkdownView segments={page.content.segments} text={text} renderExample={renderExample(language)} />
          <ExerciseList exercises={page.exercises} text={text} />
          <LessonPager previous={page.previous} next={page.next} text={text} />
        </article>
      </div>
    </div>
  );
}
