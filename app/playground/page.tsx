// The playground: simulate any Pod with optional cluster objects, execs and a deletion, and see
// its timeline. The inputs live in the browser and in share links (#s=…); each run is a server
// action that returns the result drawn on the server. The example's result is drawn here too: the
// page works before any script runs, and the route's client manifest then holds the timeline's
// client parts, which the action's returned tree needs.
import type { Metadata } from "next";
import { LanguageSync } from "@/app/_components/language/language-sync.tsx";
import { getLanguage } from "@/app/_data/language.ts";
import { runExample } from "@/app/_data/playground.ts";
import { Playground } from "./page-client.tsx";
import { PlaygroundResult } from "./playground-result.tsx";
import { examplePlayground } from "./playground-state.ts";
import { playgroundText } from "./playground-text.ts";
import "@/app/_styles/exercise.css";
import "@/app/_styles/playground.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: playgroundText(await getLanguage()).title };
}

export default async function PlaygroundPage() {
  const language = await getLanguage();
  const text = playgroundText(language);
  const example = runExample(examplePlayground);
  const exampleResult = example.ok ? <PlaygroundResult result={example.result} untilMs={example.input.untilMs} language={language} /> : null;
  return (
    <div className="playground-page">
      <LanguageSync language={language} />
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <Playground language={language} exampleResult={exampleResult} />
    </div>
  );
}
