"use client";
// Loads the Monaco editor in the browser only: `ssr: false` must sit in a client component.
import dynamic from "next/dynamic";

// Start fetching Monaco as soon as a page that shows an editor runs its script, not after it
// has hydrated and rendered the editor's slot: the download then overlaps hydration.
if (typeof window !== "undefined") void import("./yaml-editor.tsx");

/** The YAML editor (yaml-editor.tsx), fetched after the page loads; a grey box until then. */
export const LazyYamlEditor = dynamic(() => import("./yaml-editor.tsx"), {
  ssr: false,
  loading: () => <div className="editor-loading" aria-hidden="true" />,
});

export type { YamlEditorHandle, YamlEditorProps } from "./yaml-editor.tsx";
