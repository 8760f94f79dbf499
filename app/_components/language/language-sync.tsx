"use client";

import { useEffect } from "react";
import { htmlLang, type Language, languageCookie, languageCookieName } from "./language.ts";
import { useLanguage } from "./language-provider.tsx";

/**
 * Makes the page's language the remembered one: sets `<html lang>` (the root layout is shared
 * and not re-rendered on client navigation), the header's language, and the cookie, so the
 * course home and exercises continue in the language the learner is reading. Renders nothing.
 */
export function LanguageSync({ language }: { language: Language }) {
  const { setLanguage } = useLanguage();
  useEffect(() => {
    document.documentElement.lang = htmlLang(language);
    setLanguage(language);
    if (!document.cookie.split("; ").includes(`${languageCookieName}=${language}`)) {
      document.cookie = languageCookie(language);
    }
  }, [language, setLanguage]);
  return null;
}
