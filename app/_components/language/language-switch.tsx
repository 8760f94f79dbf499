"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { htmlLang, type Language, languageCookie, languageOfPath, languages, switchedPath } from "./language.ts";
import { useLanguage } from "./language-provider.tsx";

const names: Record<Language, string> = { en: "English", zh: "中文" };

/**
 * English / 中文. On a lesson page each entry is a plain link to that language's URL (shareable,
 * works without script; the new page remembers the choice). Elsewhere it sets the cookie and
 * re-renders the page on the server in the new language.
 */
export function LanguageSwitch({ current, label }: { current: Language; label: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const { setLanguage } = useLanguage();
  const isLessonPage = languageOfPath(pathname) !== undefined;

  const choose = (language: Language) => (event: MouseEvent<HTMLAnchorElement>) => {
    document.cookie = languageCookie(language);
    if (isLessonPage) return;
    event.preventDefault();
    setLanguage(language);
    document.documentElement.lang = htmlLang(language);
    router.refresh();
  };

  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <Link
              href={switchedPath(pathname, language)}
              lang={htmlLang(language)}
              hrefLang={htmlLang(language)}
              aria-current={language === current ? "true" : undefined}
              onClick={choose(language)}
            >
              {names[language]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
