// Monaco's base editor worker, bundled by Next from this file (shared/toolchain.md §2).
import "monaco-editor/esm/vs/editor/editor.worker.js";
