import { htmlLang, type Language } from "@/app/_components/language/language.ts";

/**
 * When a submission was made, as people write dates in `language` (`Nov 29, 2026, 12:55:47 PM`,
 * `2026年11月29日 12:55:47`), in `timeZone` (default: the one this code runs in). Pure given the
 * time zone.
 */
export function formatSubmittedAt(iso: string, language: Language, timeZone?: string): string {
  return new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeStyle: "medium", timeZone }).format(new Date(iso));
}
