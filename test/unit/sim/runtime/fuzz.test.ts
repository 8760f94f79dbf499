import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScript } from "../../../../worker/sim/runtime/shell/parser.ts";
import { ContainerFs } from "../../../../worker/sim/runtime/vfs/container-fs.ts";
import { makeDir } from "../../../../worker/sim/runtime/vfs/fs-node.ts";
import { VfsError } from "../../../../worker/sim/runtime/vfs/vfs-error.ts";
import { makePod } from "./harness.ts";

/** Shell-ish fragments, so random scripts reach deep into the parser and interpreter. */
const fragment = fc.constantFrom(
  "echo", "x", "$x", "${x:-a}", "${#x}", "$(", ")", "`", "'", '"', "\\", ";", "&&", "||", "|", "&", "\n", " ", ">",
  ">>", "<", "2>&1", "<<EOF\n", "EOF", "if", "then", "else", "fi", "while", "do", "done", "for", "in", "case", "esac",
  ";;", "{", "}", "(", "f()", "trap", "'exit 1'", "TERM", "EXIT", "exec", "wait", "sleep 1", "kill", "$$", "$!", "$?",
  "$((1+", "*", "/tmp/*", "..", "/", "cat", "rm -rf /", "true", "false", "break", "continue", "return", "exit",
  "set -e", "read x", "cd ..", "nc -l -p 80", "wget http://localhost/", "ps ax", "sed s/a/b/", "grep -E '(a*)*b'",
);
const script = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(" ")),
  fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join("")),
);

describe("fuzz: hostile shell text", () => {
  it("parseScript returns a result for any text and never throws", () => {
    fc.assert(
      fc.property(script, (text) => {
        const result = parseScript(text);
        if (!result.ok) expect(typeof result.problem.code).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });

  it("running any script never throws and stays within its budget", () => {
    fc.assert(
      fc.property(script, (text) => {
        const pod = makePod();
        const started = performance.now();
        const proc = pod.rt.exec(pod.container, ["sh", "-c", text]);
        expect("code" in proc).toBe(false);
        for (let steps = 0; steps < 10_000; steps += 1) {
          const next = pod.rt.nextEventAt();
          if (next === undefined || next > 7_200_000) break;
          pod.rt.advanceTo(next);
        }
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: 400 },
    );
  });
});

describe("fuzz: paths", () => {
  const segment = fc.constantFrom("a", "b", "..", ".", "", "link", "loop", "f", "x".repeat(300));
  const path = fc.array(segment, { maxLength: 12 }).chain((parts) => fc.boolean().map((isAbsolute) => (isAbsolute ? "/" : "") + parts.join("/")));

  it("filesystem operations either work or fail with a VfsError", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("mkdir", "write", "read", "rm", "ln", "mv", "ls"), path, path), { maxLength: 30 }), (ops) => {
        const root = makeDir();
        root.entries.set("loop", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "loop/x" });
        const fs = new ContainerFs(root, [{ path: "/ro", root: makeDir(), isReadOnly: true }], () => 0);
        for (const [op, a, b] of ops) {
          try {
            if (op === "mkdir") fs.mkdir(a, "/a");
            else if (op === "write") fs.writeFile(a, "/", "data");
            else if (op === "read") fs.readFile(a, "/");
            else if (op === "rm") fs.unlink(a, "/");
            else if (op === "ln") fs.symlink(b, a, "/");
            else if (op === "mv") fs.rename(a, b, "/");
            else fs.readdir(a, "/");
          } catch (caught) {
            expect(caught).toBeInstanceOf(VfsError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("hostile scripts end quickly with an error, not a hang", () => {
  it.each([
    { name: "fork bomb", text: "f() { f | f & }; f" },
    { name: "background spawner", text: "while true; do sleep 0 & done" },
    { name: "output flood into a pipe", text: "while :; do echo xxxxxxxxxxxxxxxx; done | head -n 1" },
    { name: "file growth", text: "echo x > /tmp/f; while :; do cat /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f; done" },
    { name: "deep substitution", text: "$(".repeat(60) + "echo" + ")".repeat(60) },
    { name: "regex blow-up", text: "printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\n' | grep -E '(a*)*b'" },
    { name: "nested shells", text: "sh -c 'sh -c \"sh -c \\\"while :; do :; done\\\"\"'" },
  ])("$name", ({ text }) => {
    const pod = makePod();
    const started = performance.now();
    const proc = pod.rt.exec(pod.container, ["sh", "-c", text]);
    expect("code" in proc).toBe(false);
    for (let steps = 0; steps < 10_000 && pod.rt.nextEventAt() !== undefined; steps += 1) {
      const next = pod.rt.nextEventAt()!;
      if (next > 3_600_000) break;
      pod.rt.advanceTo(next);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
