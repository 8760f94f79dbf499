"use client";
// The learner's draft of one exercise, kept in localStorage so it survives reloads and visits.
import { useCallback, useEffect, useRef, useState } from "react";

const saveDelayMs = 300;

/** localStorage key of an exercise's draft. */
export function draftKey(exerciseId: string): string {
  return `podlab:draft:${exerciseId}`;
}

function readDraft(exerciseId: string): string | null {
  try {
    return window.localStorage.getItem(draftKey(exerciseId));
  } catch {
    return null;
  }
}

function writeDraft(exerciseId: string, starter: string, text: string): void {
  try {
    if (text === starter) window.localStorage.removeItem(draftKey(exerciseId));
    else window.localStorage.setItem(draftKey(exerciseId), text);
  } catch {
    // Private browsing or a full quota: the draft just is not kept.
  }
}

/**
 * The text to open the editor with (null until read on the client, since the server cannot see
 * localStorage) and a `save` that stores later edits. The starter itself is never stored.
 */
export function useDraft(exerciseId: string, starter: string) {
  const [initial, setInitial] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    setInitial(readDraft(exerciseId) ?? starter);
  }, [exerciseId, starter]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    writeDraft(exerciseId, starter, pending.current);
    pending.current = null;
  }, [exerciseId, starter]);

  // Edits made just before leaving or reloading would otherwise wait on the timer forever.
  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  const save = useCallback(
    (text: string) => {
      pending.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, saveDelayMs);
    },
    [flush],
  );

  return { initial, save };
}
