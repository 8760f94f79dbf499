import { describe, expect, it } from "vitest";
import type { Command, Script, WordPart } from "../../../../../worker/sim/runtime/shell/ast.ts";
import { parseScript } from "../../../../../worker/sim/runtime/shell/parser.ts";

/** A compact, readable rendering of a parsed script, for table assertions. */
function show(script: Script): string {
  return script.items
    .map((item) => {
      const rest = item.rest.map((r) => ` ${r.op} ${r.pipeline.isNegated ? "!" : ""}${showPipe(r.pipeline.commands)}`).join("");
      return `${item.first.isNegated ? "!" : ""}${showPipe(item.first.commands)}${rest}${item.isBackground ? " &" : ""}`;
    })
    .join("; ");
}

function showPipe(commands: Command[]): string {
  return commands.map(showCommand).join(" | ");
}

function showCommand(command: Command): string {
  switch (command.kind) {
    case "simple": {
      const assigns = command.assignments.map((a) => `${a.name}=${showParts(a.value.parts)}`);
      const words = command.words.map((w) => showParts(w.parts));
      const redirects = command.redirects.map((r) => `${r.fd}${r.op}${showParts(r.target.parts)}`);
      return `(${[...assigns, ...words, ...redirects].join(" ")})`;
    }
    case "if":
      return `if[${command.branches.map((b) => `${show(b.condition)}?${show(b.body)}`).join(",")}${command.otherwise ? `:${show(command.otherwise)}` : ""}]`;
    case "loop":
      return `${command.isUntil ? "until" : "while"}[${show(command.condition)}?${show(command.body)}]`;
    case "for":
      return `for[${command.name} in ${command.items?.map((w) => w.raw).join(",") ?? "$@"}?${show(command.body)}]`;
    case "case":
      return `case[${command.arms.map((a) => `${a.patterns.map((p) => p.raw).join("|")}?${show(a.body)}`).join(",")}]`;
    case "group":
      return `${command.isSubshell ? "sub" : "grp"}[${show(command.body)}]`;
    case "function":
      return `fn ${command.name}=${showCommand(command.body)}`;
  }
}

function showParts(parts: WordPart[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "literal":
          return p.text;
        case "quoted":
          return `'${p.text}'`;
        case "double":
          return `"${showParts(p.parts)}"`;
        case "param":
          return `\${${p.op === "length" ? "#" : ""}${p.name}${p.op === "length" ? "" : p.op}${p.arg ? showParts(p.arg.parts) : ""}}`;
        case "command":
          return `$(${show(p.script)})`;
        case "arith":
          return `$((${p.expr.raw}))`;
      }
    })
    .join("");
}

describe("parseScript accepts", () => {
  it.each([
    { name: "liveness script", src: "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600", want: "(touch /tmp/healthy); (sleep 30); (rm -rf /tmp/healthy); (sleep 600)" },
    { name: "redirect to file", src: "echo Hello > /pod-data/index.html", want: "(echo Hello 1>/pod-data/index.html)" },
    { name: "fd dup and append", src: "cmd >>log 2>&1", want: "(cmd 1>>log 2>&1)" },
    { name: "and-or and pipe", src: "a && b || ! c | d", want: "(a) && (b) || !(c) | (d)" },
    { name: "background", src: "sleep 5 & wait", want: "(sleep 5) &; (wait)" },
    { name: "assignment prefix", src: "A=1 B=$A env", want: "(A=1 B=${A} env)" },
    { name: "quotes", src: `echo 'a b' "c $X d" e\\ f`, want: `(echo 'a b' "'c '\${X}' d'" e' 'f)` },
    { name: "param ops", src: "echo ${A:-def} ${#B} ${C%.txt}", want: "(echo ${A:-def} ${#B} ${C%.txt})" },
    { name: "specials", src: "echo $? $$ $1 $@", want: "(echo ${?} ${$} ${1} ${@})" },
    { name: "command substitution", src: "echo $(date) `hostname`", want: "(echo $((date)) $((hostname)))" },
    { name: "nested substitution", src: 'echo "$(echo $(echo hi))"', want: `(echo "$((echo $((echo hi))))")` },
    { name: "arithmetic", src: "i=$((i + 1))", want: "(i=$((i + 1)))" },
    { name: "if elif else", src: "if [ -f x ]; then echo a; elif true; then :; else echo c; fi", want: "if[([ -f x ])?(echo a),(true)?(:):(echo c)]" },
    { name: "while with newlines", src: "while true\ndo\n  echo hi\n  sleep 5\ndone", want: "while[(true)?(echo hi); (sleep 5)]" },
    { name: "until", src: "until [ -f /ready ]; do sleep 1; done", want: "until[([ -f /ready ])?(sleep 1)]" },
    { name: "for in", src: "for i in 1 2 3; do echo $i; done", want: "for[i in 1,2,3?(echo ${i})]" },
    { name: "for without in", src: "for a do echo $a; done", want: "for[a in $@?(echo ${a})]" },
    { name: "case", src: "case $1 in\n start|run) echo go;;\n *) echo no\nesac", want: "case[start|run?(echo go),*?(echo no)]" },
    { name: "function and group", src: "f() { echo in; }; f", want: "fn f=grp[(echo in)]; (f)" },
    { name: "subshell", src: "(cd /tmp && ls)", want: "sub[(cd /tmp) && (ls)]" },
    { name: "trap", src: "trap 'echo bye; exit 0' TERM", want: "(trap 'echo bye; exit 0' TERM)" },
    { name: "comments", src: "# hi\necho a # trailing\n", want: "(echo a)" },
    { name: "line continuation", src: "echo a \\\n b", want: "(echo a b)" },
    { name: "heredoc", src: "cat <<EOF > /f\nhello $X\nEOF\necho done", want: `(cat 0<<"'hello '\${X}'\n'" 1>/f); (echo done)` },
    { name: "quoted heredoc", src: "cat <<'EOF'\n$X\nEOF\n", want: "(cat 0<<'$X\n')" },
    { name: "empty", src: "", want: "" },
    { name: "keyword as argument", src: "echo if then fi", want: "(echo if then fi)" },
  ])("$name", ({ src, want }) => {
    const result = parseScript(src);
    expect(result.ok ? show(result.script) : result.problem).toBe(want);
  });
});

describe("parseScript rejects", () => {
  it.each([
    { name: "missing fi", src: "if true; then exit 0", code: "UnexpectedEnd", expecting: "fi", line: 1, column: 21 },
    { name: "stray fi", src: "echo a; fi", code: "UnexpectedToken", expecting: undefined, line: 1, column: 9 },
    { name: "unterminated single quote", src: "echo 'abc", code: "UnterminatedQuote", expecting: undefined, line: 1, column: 6 },
    { name: "unterminated double quote", src: 'echo "abc', code: "UnterminatedQuote", expecting: undefined, line: 1, column: 6 },
    { name: "missing done", src: "while true; do\n sleep 1\n", code: "UnexpectedEnd", expecting: "done", line: 3, column: 1 },
    { name: "bad substitution", src: "echo ${a:x}", code: "BadSubstitution", expecting: undefined, line: 1, column: 6 },
    { name: "bash double bracket", src: "[[ -f x ]]", code: "Unsupported", expecting: undefined, line: 1, column: 1 },
    { name: "empty pipe side", src: "| a", code: "UnexpectedToken", expecting: undefined, line: 1, column: 1 },
    { name: "deep nesting", src: "$(".repeat(200), code: "TooDeep", expecting: undefined, line: 1, column: 1 },
    { name: "too long", src: "x".repeat(70_000), code: "TooLong", expecting: undefined, line: 1, column: 1 },
  ])("$name", ({ src, code, expecting, line, column }) => {
    const result = parseScript(src);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.problem.expecting).toBe(expecting);
    if (code !== "TooDeep") expect(result.problem.pos).toEqual({ line, column });
  });
});
