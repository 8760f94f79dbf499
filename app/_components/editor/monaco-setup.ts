// Monaco as this site loads it: from the installed package (never a CDN), with web workers
// bundled from local wrapper files (shared/toolchain.md §2). Runs once, when the first editor
// module loads in the browser.
//
// Only the editor core, the contributions a YAML editor uses and the YAML tokenizer are
// imported, not the `monaco-editor` entry: that one also pulls in every other language and the
// diff editor, and was most of the ~5.6 MB that kept the exercise page from being usable for 4 s.
// monaco-yaml and the Pod schema come later, from yaml-language.ts, once the editor is shown.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
// Typing, cursor moves and the editor widget itself.
import "monaco-editor/esm/vs/editor/browser/coreCommands.js";
import "monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js";
// What monaco-yaml drives: completion (and the snippets it inserts), hover docs, quick fixes,
// formatting, Shift+Alt+→ selection, F8 to the next problem.
import "monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js";
import "monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js";
import "monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js";
import "monaco-editor/esm/vs/editor/contrib/codeAction/browser/codeActionContributions.js";
import "monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js";
import "monaco-editor/esm/vs/editor/contrib/smartSelect/browser/smartSelect.js";
import "monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js";
// Everyday editing: clipboard, find, comments (Ctrl+/), line and word operations, indentation,
// multiple cursors, bracket matching, the context menu, and Ctrl+M so Tab can leave the editor.
import "monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js";
import "monaco-editor/esm/vs/editor/contrib/find/browser/findController.js";
import "monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js";
import "monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js";
import "monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js";
import "monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js";
import "monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js";
import "monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js";
import "monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js";
import "monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js";
import "monaco-editor/esm/vs/editor/contrib/tokenization/browser/tokenization.js";
import "monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js";
import "monaco-editor/esm/vs/editor/common/standaloneStrings.js";
// The icons of the suggest and hover widgets; Monaco requires this stylesheet once.
import "monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js";
// YAML syntax colours (Monaco's own tokenizer; monaco-yaml does not colour).
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === "yaml"
      ? new Worker(new URL("./yaml.worker.ts", import.meta.url), { type: "module" })
      : new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" }),
};

loader.config({ monaco });

export { monaco };
