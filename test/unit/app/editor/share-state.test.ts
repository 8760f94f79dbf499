import { describe, expect, it } from "vitest";
import { examplePlayground, type PlaygroundState } from "@/app/playground/playground-state.ts";
import { decodeShareState, encodeShareState, maxDecodedBytes, maxShareChars, shareFragmentOf } from "@/app/playground/share-state.ts";

async function deflatedFragment(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw") as TransformStream<Uint8Array, Uint8Array>);
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `v1.${Buffer.from(bytes).toString("base64url")}`;
}

describe("share links", () => {
  it.each<{ name: string; state: PlaygroundState }>([
    { name: "the example", state: examplePlayground },
    { name: "empty fields", state: { pod: "", cluster: "", execs: "", deleteAt: "", until: "" } },
    { name: "Chinese text and emoji", state: { ...examplePlayground, pod: "# 你好 🚀\nkind: Pod\n", execs: "1s:c:echo 'ä ö'" } },
  ])("round-trips $name", async ({ state }) => {
    const encoded = await encodeShareState(state);
    if (!encoded.ok) throw new Error(encoded.message);
    expect(encoded.fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    await expect(decodeShareState(encoded.fragment)).resolves.toEqual({ ok: true, state });
  });

  it("refuses to encode inputs that compress past the link limit", async () => {
    let noise = "";
    let seed = 7;
    for (let index = 0; index < 40_000; index++) {
      seed = (seed * 48271) % 2147483647;
      noise += String.fromCharCode(33 + (seed % 90));
    }
    const encoded = await encodeShareState({ ...examplePlayground, pod: noise });
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.message).toContain(String(maxShareChars));
  });

  it.each([
    { name: "no version prefix", fragment: "abc" },
    { name: "characters outside base64url", fragment: "v1.ab+c/" },
    { name: "bytes that are not deflate", fragment: "v1.AAAAAAAA" },
    { name: "an over-long link", fragment: `v1.${"A".repeat(maxShareChars)}` },
  ])("rejects $name", async ({ fragment }) => {
    const decoded = await decodeShareState(fragment);
    expect(decoded.ok).toBe(false);
  });

  it("rejects JSON of the wrong shape", async () => {
    const decoded = await decodeShareState(await deflatedFragment(JSON.stringify({ pod: 1 })));
    expect(decoded.ok).toBe(false);
  });

  it("stops inflating a link that unpacks past the size cap", async () => {
    const bomb = JSON.stringify({ ...examplePlayground, pod: " ".repeat(maxDecodedBytes + 10) });
    const fragment = await deflatedFragment(bomb);
    expect(fragment.length).toBeLessThan(maxShareChars);
    const decoded = await decodeShareState(fragment);
    expect(decoded).toMatchObject({ ok: false });
    if (!decoded.ok) expect(decoded.message).toContain("KiB");
  });

  it.each([
    { name: "a share hash", hash: "#s=v1.abc", expected: "v1.abc" },
    { name: "no hash", hash: "", expected: null },
    { name: "another key", hash: "#x=1", expected: null },
  ])("reads the fragment of $name", ({ hash, expected }) => {
    expect(shareFragmentOf(hash)).toBe(expected);
  });
});
