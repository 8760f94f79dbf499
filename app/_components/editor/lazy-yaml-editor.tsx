"use client";
// Loads the Monaco editor in the browser only: `ssr: false` must sit in a client component.
import dynamic from "next/dynamic";

/** The YAML editor (yaml-editor.tsx), fetched after the page loads; a grey box until then. */
export const LazyYamlEditor = dynamic(() => import("./yaml-editor.tsx"), {
  ssr: false,
  loading: () => <div className="editor-loading" aria-hidden="true" />,
});

export type { YamlEditorHandle, YamlEditorProps } from "./yaml-editor.tsx";
