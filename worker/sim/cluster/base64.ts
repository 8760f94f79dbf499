// Base64 as the API server decodes Secret `data` (Go encoding/base64 StdEncoding through
// encoding/json): the standard alphabet with `=` padding; CR and LF are skipped.

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * The offset Go reports for malformed base64 (`illegal base64 data at input byte N`), or null
 * when the text decodes. Pure.
 */
export function base64ErrorOffset(text: string): number | null {
  let inQuantum = 0;
  let padding = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "\n" || char === "\r") continue;
    if (char === "=") {
      if (inQuantum < 2) return index;
      padding++;
    } else if (padding > 0 || !alphabet.includes(char)) {
      return index;
    }
    inQuantum = (inQuantum + 1) % 4;
    if (inQuantum === 0 && padding > 0) return trailingOffset(text, index + 1);
  }
  return inQuantum === 0 ? null : text.length - inQuantum;
}

/** Anything but line breaks after the padded final quantum is an error at that byte. */
function trailingOffset(text: string, from: number): number | null {
  for (let index = from; index < text.length; index++) {
    if (text[index] !== "\n" && text[index] !== "\r") return index;
  }
  return null;
}

/** Standard base64 of the UTF-8 bytes of a string, as the API server stores `stringData`. Pure. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const chunk = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => alphabet[(chunk >> shift) & 63]!);
    const kept = Math.min(4, bytes.length - index + 1);
    out += chars.slice(0, kept).join("") + "=".repeat(4 - kept);
  }
  return out;
}
