"use client";

import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import type { Language } from "./language.ts";

type LanguageState = { language: Language; setLanguage: (language: Language) => void };

const LanguageContext = createContext<LanguageState | null>(null);

/**
 * Holds the remembered language on the client. The root layout is not re-rendered on client
 * navigation, so pages report their language here (LanguageSync) and the header follows it.
 */
export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguage] = useState(initial);
  const value = useMemo(() => ({ language, setLanguage }), [language]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

/** The remembered language and its setter; only inside LanguageProvider. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useLanguage() needs a LanguageProvider above it");
  return state;
}
