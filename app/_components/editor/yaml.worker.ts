// Monaco's YAML language worker (monaco-yaml), bundled by Next from this file (shared/toolchain.md §2).
import "monaco-yaml/yaml.worker.js";
