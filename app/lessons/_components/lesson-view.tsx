import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { htmlLang, type Language } from "@/app/_components/language/language.ts";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { uiText } from "@/app/_components/language/ui-text.ts";
import { MarkdownView } from "@/app/_components/markdown/markdown-view.tsx";
import { TableOfContents } from "@/app/_components/markdown/table-of-contents.tsx";
import { getLessonPage } from "@/app/_data/lesson-pages.ts";
import type { SimInput } from "@/worker/sim/sim-result.ts";
import { ExerciseList } from "./exercise-list.tsx";
import { LessonPager } from "./lesson-pager.tsx";
import "@/app/_styles/markdown.css";
import "@/app/_styles/lesson.css";

type Props = {
  id: string;
  language: Language;
  /** Draws a simulated example's timeline; passed on to MarkdownView. */
  renderExample?: (input: SimInput) => ReactNode;
};

/** A lesson page in one language: contents, the lesson, its exercises, previous/next. */
export async function LessonView({ id, language, renderExample }: Props) {
  const page = await getLessonPage(id, language);
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
          </p>
          <MarkdownView segments={page.content.segments} text={text} renderExample={renderExample} />
          <ExerciseList exercises={page.exercises} text={text} />
          <LessonPager previous={page.previous} next={page.next} text={text} />
        </article>
      </div>
    </div>
  );
}
