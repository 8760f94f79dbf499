"use client";
// A submission's time in the viewer's own time zone. The server does not know that zone, so the
// server render and the hydrating render both show UTC (saying so), and the browser's zone takes
// over right after: formatting in two zones at once was a hydration mismatch (React error #418),
// which made React throw the server's HTML away.
import { useSyncExternalStore } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import { formatSubmittedAt } from "./format-submitted-at.ts";

const subscribeToNothing = () => () => {};

/** `<time>` for `iso`: UTC until hydrated, then the browser's time zone. */
export function SubmittedAt({ iso, language }: { iso: string; language: Language }) {
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const text = isHydrated ? formatSubmittedAt(iso, language) : `${formatSubmittedAt(iso, language, "UTC")} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
