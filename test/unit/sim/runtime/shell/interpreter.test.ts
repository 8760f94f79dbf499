import { describe, expect, it } from "vitest";
import { makePod, run } from "../harness.ts";

describe("sh interpreter (busybox ash)", () => {
  it.each([
    { name: "sequence and $?", script: "false; echo $?; true; echo $?", out: "1\n0\n", err: "", code: 0 },
    { name: "and-or", script: "false && echo no || echo yes", out: "yes\n", err: "", code: 0 },
    { name: "negation", script: "! false; echo $?", out: "0\n", err: "", code: 0 },
    { name: "exit status", script: "exit 3", out: "", err: "", code: 3 },
    { name: "variables and defaults", script: 'A=1; echo "$A ${B:-def} ${A:+set} ${#A}"', out: "1 def set 1\n", err: "", code: 0 },
    { name: "field splitting", script: 'X="a  b"; for w in $X; do echo "[$w]"; done; echo "[$X]"', out: "[a]\n[b]\n[a  b]\n", err: "", code: 0 },
    { name: "quoted $@", script: 'set -- "a b" c; for a in "$@"; do echo "<$a>"; done; echo $#', out: "<a b>\n<c>\n2\n", err: "", code: 0 },
    { name: "pattern trim", script: 'F=/a/b/c.txt; echo ${F##*/} ${F%.txt} ${F#/a}', out: "c.txt /a/b/c /b/c.txt\n", err: "", code: 0 },
    { name: "command substitution", script: 'X=$(echo hi; echo there); echo "$X" `echo bq`', out: "hi\nthere bq\n", err: "", code: 0 },
    { name: "arithmetic", script: "i=2; echo $((i * 3 + 1)) $((7 / 2)) $((7 % 2)) $((i > 1))", out: "7 3 1 1\n", err: "", code: 0 },
    { name: "divide by zero", script: "echo $((1/0)); echo after", out: "", err: "sh: divide by zero\n", code: 2 },
    { name: "if elif else", script: "if false; then echo a; elif true; then echo b; else echo c; fi", out: "b\n", err: "", code: 0 },
    { name: "while with counter", script: "i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done", out: "0\n1\n2\n", err: "", code: 0 },
    { name: "until", script: "n=0; until [ $n -ge 2 ]; do n=$((n+1)); done; echo $n", out: "2\n", err: "", code: 0 },
    { name: "break and continue", script: "for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done", out: "1\n3\n", err: "", code: 0 },
    { name: "case", script: 'case web-1 in db*) echo db;; web-*|www) echo web;; *) echo other;; esac', out: "web\n", err: "", code: 0 },
    { name: "functions and return", script: 'f() { echo "in $1"; return 4; }; f x; echo $?', out: "in x\n4\n", err: "", code: 0 },
    { name: "subshell isolation", script: "A=1; (A=2; echo $A); echo $A", out: "2\n1\n", err: "", code: 0 },
    { name: "brace group redirect", script: "{ echo a; echo b; } > /tmp/g; cat /tmp/g", out: "a\nb\n", err: "", code: 0 },
    { name: "stderr to stdout", script: "cat /nope 2>&1", out: "cat: can't open '/nope': No such file or directory\n", err: "", code: 1 },
    { name: "append and read back", script: "echo a > /tmp/f; echo b >> /tmp/f; cat < /tmp/f", out: "a\nb\n", err: "", code: 0 },
    { name: "here-document", script: "cat <<EOF\nhello $HOSTNAME\nEOF", out: "hello web\n", err: "", code: 0 },
    { name: "pipeline", script: "printf 'a\\nb\\nab\\n' | grep a | wc -l", out: "2\n", err: "", code: 0 },
    { name: "command not found", script: "nosuch arg", out: "", err: "sh: nosuch: not found\n", code: 127 },
    { name: "redirect to missing dir", script: "echo Hello > /pod-data/index.html", out: "", err: "sh: can't create /pod-data/index.html: nonexistent directory\n", code: 1 },
    { name: "syntax error", script: "if true; then exit 0", out: "", err: 'sh: syntax error: unexpected end of file (expecting "fi")\n', code: 2 },
    { name: "unsupported bash syntax", script: "[[ -f /x ]]", out: "", err: "sh: syntax error: \"[[\" is not POSIX sh; write it without bash syntax\n", code: 2 },
    { name: "EXIT trap", script: "trap 'echo bye' EXIT; echo hi", out: "hi\nbye\n", err: "", code: 0 },
    { name: "set -e", script: "set -e; false; echo no", out: "", err: "", code: 1 },
    { name: "parameter error", script: 'echo ${X:?is required}; echo no', out: "", err: "sh: X: is required\n", code: 2 },
    { name: "read from pipe", script: "echo 'a b c' | { read x y; echo \"$y\"; }", out: "b c\n", err: "", code: 0 },
    { name: "glob", script: "touch /tmp/a.log /tmp/b.log; echo /tmp/*.log; echo /tmp/*.none", out: "/tmp/a.log /tmp/b.log\n/tmp/*.none\n", err: "", code: 0 },
    { name: "exec replaces the shell", script: "exec echo replaced; echo never", out: "replaced\n", err: "", code: 0 },
    { name: "cd and pwd", script: "cd /tmp && pwd; cd /nope", out: "/tmp\n", err: "sh: cd: can't cd to /nope: No such file or directory\n", code: 1 },
    { name: "$$ and $!", script: 'sleep 1 & [ "$!" -gt "$$" ] && echo ok; wait', out: "ok\n", err: "", code: 0 },
  ])("$name", ({ script, out, err, code }) => {
    const result = run(makePod(), script);
    expect({ out: result.stdout, err: result.stderr, code: result.exitCode }).toEqual({ out, err, code });
  });
});

// The shell keeps the environment it hands to children until an exported variable changes
// (shell-state.ts childEnv): every way of changing one must show in the next child's env.
describe("the environment children get", () => {
  it.each([
    { name: "as the shell got it", script: "show ^FOO=", out: "FOO=1\n" },
    { name: "an exported variable set", script: "FOO=2; show ^FOO=", out: "FOO=2\n" },
    { name: "a variable exported after it was set", script: "A=1; show -c ^A=; export A; show ^A=", out: "0\nA=1\n" },
    { name: "export NAME=value", script: "export B=2; show ^B=", out: "B=2\n" },
    { name: "unset", script: "show -c ^FOO=; unset FOO; show -c ^FOO=", out: "1\n0\n" },
    { name: "an assignment before one command", script: "FOO=3 env > /tmp/env; grep ^FOO= /tmp/env; show ^FOO=", out: "FOO=3\nFOO=1\n" },
    { name: "an assignment before a function, then restored", script: "FOO=4 show ^FOO=; show ^FOO=", out: "FOO=4\nFOO=1\n" },
    { name: "an exported variable without a value, assigned for one call", script: "export G; G=1 show ^G=; show -c ^G=", out: "G=1\n0\n" },
    { name: "an export in a subshell stays there", script: "(export C=1; show ^C=); show -c ^C=", out: "C=1\n0\n" },
    { name: "a loop variable", script: "export V; for V in a b; do show ^V=; done", out: "V=a\nV=b\n" },
    { name: "cd setting an exported PWD", script: "export PWD; cd /tmp; show ^PWD=", out: "PWD=/tmp\n" },
    { name: "read into an exported variable", script: "export R; echo x | { read R; show ^R=; }", out: "R=x\n" },
    { name: "${NAME:=default}", script: "export D; : ${D:=dflt}; show ^D=", out: "D=dflt\n" },
    { name: "an arithmetic assignment", script: "export N; : $((N=5)); show ^N=", out: "N=5\n" },
    { name: "export -p before and after a change", script: "export -p | grep -c FOO; unset FOO; export -p | grep -c FOO", out: "1\n0\n" },
    { name: "IFS and PATH before and after the first assignment", script: "printf '[%s]' \"$IFS\" \"$PATH\"; X=1; printf '[%s]' \"$IFS\" \"$PATH\"; show -c ^IFS=", out: "[ \t\n][/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin][ \t\n][/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin]0\n" },
  ])("$name", ({ script, out }) => {
    // `show` runs env as a child of this shell (a pipeline stage would run it from a copy).
    const result = run(makePod({ env: [["FOO", "1"]] }), `show() { env > /tmp/env; grep "$@" /tmp/env; }; ${script}`);
    expect({ out: result.stdout, err: result.stderr }).toEqual({ out, err: "" });
  });
});

describe("sh interpreter (dash, debian images)", () => {
  it.each([
    { name: "not found", script: "nosuch", err: "sh: 1: nosuch: not found\n", code: 127 },
    { name: "syntax error", script: "echo a\nfi", err: 'sh: 2: Syntax error: "fi" unexpected\n', code: 2 },
    { name: "redirect to missing dir", script: "echo x > /nope/f", err: "sh: 1: cannot create /nope/f: Directory nonexistent\n", code: 2 },
  ])("$name", ({ script, err, code }) => {
    const result = run(makePod({ image: "debian", command: ["sleep", "3600"] }), script);
    expect({ err: result.stderr, code: result.exitCode }).toEqual({ err, code });
  });
});

describe("virtual time and budgets", () => {
  it.each([
    { name: "sleep takes virtual time", script: "sleep 30; sleep 0.5", elapsedMs: 30_500 },
    { name: "sleep with unit", script: "sleep 2m", elapsedMs: 120_000 },
    { name: "commands cost nothing", script: "for i in 1 2 3 4 5; do echo $i > /tmp/x; done", elapsedMs: 0 },
  ])("$name", ({ script, elapsedMs }) => {
    const pod = makePod();
    const start = pod.rt.nowMs;
    const result = run(pod, script);
    expect(result.exitCode).toBe(0);
    expect(result.atMs - start).toBe(elapsedMs);
  });

  it.each([
    { name: "busy loop", script: "while true; do :; done" },
    { name: "busy loop with externals", script: "while true; do /bin/true; done" },
    { name: "unbounded recursion", script: "f() { f; }; f" },
  ])("$name stops with a clear error instead of hanging", ({ script }) => {
    const result = run(makePod(), script);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^sh: /);
  });
});
