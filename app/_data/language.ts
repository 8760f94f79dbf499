import "server-only";
import { cookies } from "next/headers";
import { isLanguage, type Language, languageCookieName } from "@/app/_components/language/language.ts";

/**
 * The learner's remembered language, from the `podlab_lang` cookie; English when unset. Makes the
 * calling route dynamic; lesson pages do not call it (their URL carries the language).
 */
export async function getLanguage(): Promise<Language> {
  const value = (await cookies()).get(languageCookieName)?.value;
  return isLanguage(value) ? value : "en";
}
