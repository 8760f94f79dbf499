"use client";
// The playground's inputs (two Monaco editors and the run options), the Simulate and Share
// buttons, and the result the server action sends back already drawn.
import { type FormEvent, type KeyboardEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorProblem } from "@/app/_components/editor/editor-problem.ts";
import { EditorProblems } from "@/app/_components/editor/editor-problems.tsx";
import { LazyYamlEditor } from "@/app/_components/editor/lazy-yaml-editor.tsx";
import { type MarkerData, problemsToMarkers } from "@/app/_components/editor/problem-markers.ts";
import type { Language } from "@/app/_components/language/language.ts";
import { simulatePlayground } from "./actions.tsx";
import type { PlaygroundField } from "./parse-playground-input.ts";
import type { PlaygroundState } from "./playground-state.ts";
import { playgroundText, type PlaygroundText } from "./playground-text.ts";
import { makeShareUrl, useInitialState } from "./use-share-link.ts";
import { RunOptions } from "./run-options.tsx";

/** The playground, once the inputs to open with are known (a share link or the example). */
export function Playground({ language, exampleResult }: { language: Language; exampleResult: ReactNode }) {
  const opened = useInitialState();
  const text = playgroundText(language);
  if (!opened) {
    return (
      <>
        <div className="playground-grid" aria-busy="true">
          <div className="editor-frame">
            <div className="editor-loading" />
          </div>
        </div>
        <section className="playground-output" aria-label={text.result}>
          {exampleResult}
        </section>
      </>
    );
  }
  return (
    <PlaygroundWorkspace
      initial={opened.state}
      initialResult={opened.isShared ? null : exampleResult}
      autoRun={opened.isShared}
      openError={opened.error}
      text={text}
    />
  );
}

type Failure = { field: PlaygroundField | null; message: string };
type ShareStatus = { url: string | null; message: string };

type WorkspaceProps = { initial: PlaygroundState; initialResult: ReactNode; autoRun: boolean; openError: string | null; text: PlaygroundText };

function PlaygroundWorkspace({ initial, initialResult, autoRun, openError, text }: WorkspaceProps) {
  const [fields, setFields] = useState(initial);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const [result, setResult] = useState<ReactNode>(initialResult);
  const [markers, setMarkers] = useState<MarkerData[]>([]);
  const [podProblems, setPodProblems] = useState<EditorProblem[]>([]);
  const [clusterProblems, setClusterProblems] = useState<EditorProblem[]>([]);
  const [failure, setFailure] = useState<Failure | null>(openError ? { field: null, message: openError } : null);
  const [isRunning, setIsRunning] = useState(false);
  const [share, setShare] = useState<ShareStatus | null>(null);

  const update = useCallback((field: PlaygroundField, value: string) => setFields((old) => ({ ...old, [field]: value })), []);

  const run = useCallback(async () => {
    const state = fieldsRef.current;
    setIsRunning(true);
    setFailure(null);
    try {
      const outcome = await simulatePlayground(state);
      if (!outcome.ok) {
        setFailure(outcome);
        return;
      }
      setResult(outcome.view);
      setMarkers(problemsToMarkers(state.pod, outcome.podErrors, outcome.podWarnings));
    } catch {
      setFailure({ field: null, message: text.offline });
    } finally {
      setIsRunning(false);
    }
  }, [text]);

  useEffect(() => {
    if (autoRun) void run();
  }, [autoRun, run]);

  const onShare = async () => {
    const made = await makeShareUrl(fieldsRef.current);
    if (!made.ok) {
      setShare({ url: null, message: made.message });
      return;
    }
    const copied = await navigator.clipboard?.writeText(made.url).then(() => true, () => false);
    setShare({ url: made.url, message: copied ? text.copied : text.copyFailed });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  };
  const runFromEditor = useCallback(() => void run(), [run]);
  const podChange = useCallback((value: string) => update("pod", value), [update]);
  const clusterChange = useCallback((value: string) => update("cluster", value), [update]);
  const problemSources = useMemo(() => text.sources, [text]);

  return (
    <>
      <form className="playground-grid" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label={text.title}>
        <section className="playground-pod" aria-labelledby="pod-heading">
          <h2 id="pod-heading">{text.podEditor}</h2>
          <div className="editor-frame">
            <LazyYamlEditor
              path="file:///playground/pod.yaml"
              initialValue={initial.pod}
              ariaLabel={text.podEditorLabel}
              onChange={podChange}
              markers={markers}
              onProblems={setPodProblems}
              onSubmit={runFromEditor}
            />
          </div>
          <EditorProblems problems={podProblems} label={text.editorProblems} sources={problemSources} line={text.line} />
        </section>
        <section className="playground-options" aria-labelledby="options-heading">
          <h2 id="options-heading">{text.options}</h2>
          <RunOptions fields={fields} update={update} failure={failure} text={text} />
          <details className="cluster-editor" open={initial.cluster.trim() !== ""}>
            <summary>{text.clusterEditor}</summary>
            <p className="muted small-text">{text.clusterEditorHelp}</p>
            <div className="editor-frame short">
              <LazyYamlEditor
                path="file:///playground/cluster.yaml"
                initialValue={initial.cluster}
                ariaLabel={text.clusterEditorLabel}
                onChange={clusterChange}
                onProblems={setClusterProblems}
                onSubmit={runFromEditor}
              />
            </div>
            <EditorProblems problems={clusterProblems} label={text.editorProblems} sources={problemSources} line={text.line} />
          </details>
          <div className="actions">
            <button type="submit" disabled={isRunning} aria-keyshortcuts="Control+Enter Meta+Enter">
              {isRunning ? text.simulating : text.simulate}
            </button>
            <button type="button" className="secondary" onClick={() => void onShare()}>
              {text.share}
            </button>
          </div>
          <ShareBox share={share} text={text} />
          <div aria-live="assertive">
            {failure && (
              <p className="error-banner" role="alert" id="playground-error">
                {failure.message}
              </p>
            )}
          </div>
        </section>
      </form>
      <section className="playground-output" aria-label={text.result} aria-live="polite" aria-busy={isRunning}>
        {result}
      </section>
    </>
  );
}

function ShareBox({ share, text }: { share: ShareStatus | null; text: PlaygroundText }) {
  if (!share) return null;
  return (
    <div className="share-box" aria-live="polite">
      <p className={share.url ? "muted small-text" : "error-banner"}>{share.message}</p>
      {share.url && (
        <label className="field">
          <span>{text.shareLink}</span>
          <input type="url" readOnly value={share.url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
