// Playground share links: the inputs as JSON, deflated and base64url-encoded into the URL's hash
// (`#s=v1.<data>`), so they never reach a server log and a link opens the same inputs. Links are
// capped in length (some chat tools and browsers cut long URLs) and decoding is capped in size, so
// a crafted link cannot make the page inflate megabytes. Pure apart from the streams API.
import { readLimited } from "@/lib/streams/read-limited.ts";
import { asPlaygroundState, type PlaygroundState } from "./playground-state.ts";

/** Longest encoded state we put in a link, in characters. */
export const maxShareChars = 16_000;
/** Largest inflated JSON we accept from a link, in bytes. */
export const maxDecodedBytes = 512 * 1024;

const prefix = "v1.";

export type EncodeResult = { ok: true; fragment: string } | { ok: false; message: string };
export type DecodeResult = { ok: true; state: PlaygroundState } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as BlobPart]).stream().pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>);
}

/** The hash value (`v1.…`) for `state`, or why it is too large to share. */
export async function encodeShareState(state: PlaygroundState): Promise<EncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const deflated = await readLimited(through(json, new CompressionStream("deflate-raw")), Number.MAX_SAFE_INTEGER);
  const fragment = prefix + toBase64Url(deflated!);
  if (fragment.length > maxShareChars) {
    return {
      ok: false,
      message: `These inputs are too large to share by link: ${fragment.length} characters compressed, the limit is ${maxShareChars}. Shorten the YAML or the exec lines.`,
    };
  }
  return { ok: true, fragment };
}

/** The state in a hash value made by encodeShareState, or why the link cannot be read. */
export async function decodeShareState(fragment: string): Promise<DecodeResult> {
  const broken = { ok: false, message: "This share link is damaged or incomplete; the playground opened with its example instead." } as const;
  if (fragment.length > maxShareChars) return { ok: false, message: `This share link is longer than ${maxShareChars} characters, so it was not opened.` };
  if (!fragment.startsWith(prefix)) return broken;
  const bytes = fromBase64Url(fragment.slice(prefix.length));
  if (bytes === null) return broken;
  let inflated: Uint8Array | null;
  try {
    inflated = await readLimited(through(bytes, new DecompressionStream("deflate-raw")), maxDecodedBytes);
  } catch {
    return broken;
  }
  if (inflated === null) return { ok: false, message: `This share link unpacks to more than ${maxDecodedBytes / 1024} KiB, so it was not opened.` };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated));
  } catch {
    return broken;
  }
  const state = asPlaygroundState(value);
  return state ? { ok: true, state } : broken;
}

/** The `s` value of a location hash such as `#s=v1.abc`, or null. Pure. */
export function shareFragmentOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.get("s");
}
