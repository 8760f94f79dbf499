"use client";
// Reads the inputs of a share link once on load, and makes links for the current inputs.
import { useEffect, useState } from "react";
import { examplePlayground, type PlaygroundState } from "./playground-state.ts";
import { decodeShareState, encodeShareState, shareFragmentOf } from "./share-state.ts";

/** The state the page opens with (null until read), whether it came from a link, and any link error. */
export function useInitialState() {
  const [opened, setOpened] = useState<{ state: PlaygroundState; isShared: boolean; error: string | null } | null>(null);
  useEffect(() => {
    const fragment = shareFragmentOf(window.location.hash);
    if (fragment === null) {
      setOpened({ state: examplePlayground, isShared: false, error: null });
      return;
    }
    void decodeShareState(fragment).then((decoded) =>
      setOpened(decoded.ok ? { state: decoded.state, isShared: true, error: null } : { state: examplePlayground, isShared: false, error: decoded.message }),
    );
  }, []);
  return opened;
}

/** A full URL for `state` (also put in the address bar), or why it cannot be shared. */
export async function makeShareUrl(state: PlaygroundState): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const encoded = await encodeShareState(state);
  if (!encoded.ok) return encoded;
  const url = new URL(window.location.href);
  url.hash = `s=${encoded.fragment}`;
  window.history.replaceState(null, "", url);
  return { ok: true, url: url.toString() };
}
