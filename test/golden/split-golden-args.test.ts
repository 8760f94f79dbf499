// The shell-like splitting of golden `args` files.
import { describe, expect, it } from "vitest";
import { splitGoldenArgs } from "./split-golden-args.ts";

describe("splitGoldenArgs", () => {
  const cases: { name: string; text: string; args: string[] }[] = [
    { name: "whitespace and newlines", text: "--until 60s\n--output  json\n", args: ["--until", "60s", "--output", "json"] },
    { name: "single quotes keep spaces and colons", text: "--exec '30s:nginx:cat /etc/hosts'", args: ["--exec", "30s:nginx:cat /etc/hosts"] },
    { name: "double quotes with an escaped quote", text: '--exec "1m:c:echo \\"hi\\""', args: ["--exec", '1m:c:echo "hi"'] },
    { name: "an empty quoted argument", text: "''", args: [""] },
    { name: "nothing", text: "\n", args: [] },
  ];
  it.each(cases)("$name", ({ text, args }) => expect(splitGoldenArgs(text)).toEqual(args));
});
