// The site's two languages and where each one lives in URLs. Pure and safe for client and server.
//
// How the language is chosen (issue 7):
// - Lesson pages carry it in the URL, so they can be prerendered and shared: /lessons/ID is English,
//   /lessons/ID/zh is Chinese. Both are static; the page never waits on a cookie, so there is no
//   flash of the other language.
// - Every other page (course home, exercises) reads the `podlab_lang` cookie on the server
//   (app/_data/language.ts) and renders in that language.
// - The cookie is the learner's remembered choice: the header switch sets it, and opening a
//   lesson in a language sets it too (language-sync.tsx), so the course home and exercises
//   continue in the language the learner was reading.

/** A language the course is written in; also the value of the `podlab_lang` cookie. */
export type Language = "en" | "zh";

export const languages: readonly Language[] = ["en", "zh"];

/** Cookie holding the remembered language: `en` | `zh`, one year, SameSite=Lax. */
export const languageCookieName = "podlab_lang";

const oneYearSeconds = 365 * 24 * 60 * 60;

/** A picker of one text per language, for a module's dictionaries: `export const uiText = byLanguage({ en, zh })`. */
export function byLanguage<T>(texts: Record<Language, T>): (language: Language) => T {
  return (language) => texts[language];
}

/** Narrows a cookie or URL value to a Language. */
export function isLanguage(value: unknown): value is Language {
  return value === "en" || value === "zh";
}

/** The BCP 47 tag for `lang` attributes (Simplified Chinese as written in mainland China). */
export function htmlLang(language: Language): string {
  return language === "zh" ? "zh-CN" : "en";
}

/** The `document.cookie` assignment that remembers `language`. */
export function languageCookie(language: Language): string {
  return `${languageCookieName}=${language}; Path=/; Max-Age=${oneYearSeconds}; SameSite=Lax`;
}

/** The URL of a lesson page in a language. */
export function lessonHref(lessonId: string, language: Language): string {
  const base = `/lessons/${encodeURIComponent(lessonId)}`;
  return language === "zh" ? `${base}/zh` : base;
}

const lessonPathPattern = /^\/lessons\/([^/]+)(\/zh)?\/?$/;

/** The language a path fixes by itself (lesson pages), or undefined when the cookie decides. */
export function languageOfPath(pathname: string): Language | undefined {
  const match = lessonPathPattern.exec(pathname);
  if (!match) return undefined;
  return match[2] ? "zh" : "en";
}

/** Where the switch leads for `language`: the other lesson URL, or the same page otherwise. */
export function switchedPath(pathname: string, language: Language): string {
  const match = lessonPathPattern.exec(pathname);
  if (!match) return pathname;
  return lessonHref(decodeURIComponent(match[1]!), language);
}
