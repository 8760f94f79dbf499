"use client";
// The Monaco editor for one YAML file. Loaded only in the browser (see lazy-yaml-editor.tsx):
// Monaco touches `window` as soon as it is imported.
import { Editor } from "@monaco-editor/react";
import { useEffect, useRef } from "react";
import type { editor } from "monaco-editor";
import { type EditorProblem, severityName } from "./editor-problem.ts";
import { monaco } from "./monaco-setup.ts";
import { type MarkerData, podlabMarkerOwner } from "./problem-markers.ts";
import { startYamlLanguage } from "./yaml-language.ts";

/** What a page can do with a mounted editor. */
export interface YamlEditorHandle {
  getValue: () => string;
  /** Replaces the whole text as one undoable edit. */
  replaceAll: (text: string) => void;
  focus: () => void;
}

/** Props of {@link YamlEditor}. */
export interface YamlEditorProps {
  /** The model's URI; a name ending in pod.yaml gets the Pod schema. */
  path: string;
  initialValue: string;
  ariaLabel: string;
  onChange: (value: string) => void;
  /** PodLab's markers (API server problems); replaced whenever this array changes. */
  markers?: readonly MarkerData[];
  onProblems?: (problems: EditorProblem[]) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onSubmit?: () => void;
  onReady?: (handle: YamlEditorHandle) => void;
}

const options: editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 14,
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  lineNumbersMinChars: 3,
  folding: false,
  glyphMargin: false,
  fixedOverflowWidgets: true,
  renderLineHighlight: "line",
  // "dimmed" greys the number of an empty last line below readable contrast (axe color-contrast).
  renderFinalNewline: "on",
  wordWrap: "on",
  quickSuggestions: { other: true, comments: false, strings: true },
};

/**
 * A YAML editor with monaco-yaml's completion, hover and validation. Client only. The editor
 * takes input as soon as it mounts; monaco-yaml starts after its first paint (yaml-language.ts).
 */
export default function YamlEditor({ path, initialValue, ariaLabel, onChange, markers, onProblems, onSubmit, onReady }: YamlEditorProps) {
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const onSubmitRef = useRef(onSubmit);
  useEffect(() => {
    onSubmitRef.current = onSubmit;
  }, [onSubmit]);

  const applyMarkers = () => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, podlabMarkerOwner, [...(markers ?? [])]);
  };
  useEffect(applyMarkers, [markers]);

  const onMount = (mounted: editor.IStandaloneCodeEditor) => {
    editorRef.current = mounted;
    requestAnimationFrame(() => setTimeout(() => void startYamlLanguage(monaco)));
    mounted.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onSubmitRef.current?.());
    applyMarkers();
    onReady?.({
      getValue: () => mounted.getValue(),
      replaceAll: (text) => {
        const model = mounted.getModel();
        if (!model) return;
        mounted.pushUndoStop();
        mounted.executeEdits("podlab", [{ range: model.getFullModelRange(), text }]);
        mounted.pushUndoStop();
      },
      focus: () => mounted.focus(),
    });
  };

  return (
    <Editor
      path={path}
      defaultLanguage="yaml"
      language="yaml"
      defaultValue={initialValue}
      options={{ ...options, ariaLabel }}
      height="100%"
      onMount={onMount}
      onChange={(value) => onChange(value ?? "")}
      onValidate={(list) =>
        onProblems?.(
          list.map((marker) => ({
            owner: marker.owner,
            severity: severityName(marker.severity),
            line: marker.startLineNumber,
            column: marker.startColumn,
            message: marker.message,
          })),
        )
      }
    />
  );
}
