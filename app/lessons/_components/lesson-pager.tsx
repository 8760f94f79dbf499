import Link from "next/link";
import type { UiText } from "@/app/_components/language/ui-text.ts";
import type { LessonLink } from "@/app/_data/lesson-pages.ts";

type Props = { previous: LessonLink | undefined; next: LessonLink | undefined; text: UiText };

/** Links to the lessons before and after this one, in the same language. */
export function LessonPager({ previous, next, text }: Props) {
  return (
    <nav className="lesson-pager" aria-label={text.lessonPager}>
      {previous && (
        <Link href={previous.href} rel="prev" className="pager-previous">
          <span className="pager-direction">← {text.previous}</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link href={next.href} rel="next" className="pager-next">
          <span className="pager-direction">{text.next} →</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
