// The simulated examples of a lesson page: fenced blocks whose info string is
// `yaml simulate [until=DURATION] [delete-at=DURATION] [exec=AT:CONTAINER:COMMAND]`, each
// optionally followed by a ```yaml cluster block. The site draws their timelines; the check
// makes sure each is a Pod the API server admits.
import type { Lesson } from "./load-curriculum.ts";
import { parseDurationMs } from "../../worker/sim/cluster/parse-duration-ms.ts";
import type { SimInput } from "../../worker/sim/sim-result.ts";

/** One example as written in a lesson page. */
export interface LessonExample {
  language: "en" | "zh";
  /** Line of the opening fence, 1-based. */
  line: number;
  input: SimInput;
}

const fencePattern = /^```yaml simulate([^\n]*)\n([\s\S]*?)^```[ \t]*\n(?:\s*```yaml cluster[ \t]*\n([\s\S]*?)^```)?/gm;

/** Every simulated example of a lesson, in both languages. Pure. */
export function lessonExamples(lesson: Lesson): LessonExample[] {
  return (["en", "zh"] as const).flatMap((language) => examplesOf(lesson.markdown[language], language));
}

function examplesOf(markdown: string, language: "en" | "zh"): LessonExample[] {
  const examples: LessonExample[] = [];
  for (const match of markdown.matchAll(fencePattern)) {
    const [, options = "", podYaml = "", clusterYaml] = match;
    const line = markdown.slice(0, match.index).split("\n").length;
    examples.push({ language, line, input: { podYaml, clusterYaml, ...parseOptions(options) } });
  }
  return examples;
}

/** `until=90s delete-at=60s exec=35s:app:cat /tmp/healthy` (exec takes the rest of the line). */
function parseOptions(text: string): Omit<SimInput, "podYaml" | "clusterYaml"> {
  const options = { untilMs: 600_000, deleteAtMs: undefined as number | undefined, execs: [] as SimInput["execs"] };
  const execAt = text.indexOf("exec=");
  const head = execAt === -1 ? text : text.slice(0, execAt);
  for (const [key, value = ""] of head.trim().split(/\s+/).filter(Boolean).map((pair) => pair.split("="))) {
    const ms = parseDurationMs(value);
    if (key === "until" && ms !== null) options.untilMs = ms;
    if (key === "delete-at" && ms !== null) options.deleteAtMs = ms;
  }
  if (execAt !== -1) {
    for (const spec of text.slice(execAt).split(/\s+exec=/)) {
      const [at = "", container = "", ...command] = spec.replace(/^exec=/, "").split(":");
      const atMs = parseDurationMs(at);
      if (atMs !== null && container) options.execs.push({ atMs, container, command: command.join(":").trim() });
    }
  }
  return options;
}
