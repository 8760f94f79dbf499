// One shiki highlighter per server process, made at first use, with only the languages lessons
// use (shiki's fine-grained bundle). The JavaScript regex engine avoids loading the Oniguruma
// WebAssembly into the Next build.
import { createBundledHighlighter } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";

/** The light theme lesson code is coloured with. */
export const codeTheme = "github-light";

const langs = {
  yaml: () => import("shiki/langs/yaml.mjs"),
  shellscript: () => import("shiki/langs/shellscript.mjs"),
  shellsession: () => import("shiki/langs/shellsession.mjs"),
  json: () => import("shiki/langs/json.mjs"),
};

const createHighlighter = createBundledHighlighter<keyof typeof langs, typeof codeTheme>({
  langs,
  themes: { [codeTheme]: () => import("shiki/themes/github-light.mjs") },
  engine: () => createJavaScriptRegexEngine(),
});

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/** The shared highlighter: YAML, shell scripts (sh, bash) and sessions (console), JSON. */
export function getHighlighter(): ReturnType<typeof createHighlighter> {
  highlighter ??= createHighlighter({ themes: [codeTheme], langs: Object.keys(langs) as (keyof typeof langs)[] });
  return highlighter;
}
