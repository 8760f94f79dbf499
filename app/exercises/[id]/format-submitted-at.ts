import { htmlLang, type Language } from "@/app/_components/language/language.ts";

/**
 * When a submission was made, as people write dates in `language` (`Nov 29, 2026, 12:55:47 PM`,
 * `2026年11月29日 12:55:47`), in the viewer's own time zone. Pure given the time zone.
 */
export function formatSubmittedAt(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));
}
