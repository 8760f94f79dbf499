// Labels are hidden rather than allowed to collide, which needs their width before any browser
// measures them. An estimate per character is enough: the font is the site's system sans-serif
// at a known size, and a wrong guess only hides or shows a label whose text is also in the tooltip.

/** Approximate width of `text` at `fontSize` in a sans-serif face; CJK counts as a full em. Pure. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    ems += code >= 0x2e80 ? 1 : 0.6;
  }
  return ems * fontSize;
}

/** `text` cut to fit `width` with an ellipsis, or `text` itself when it fits. Pure. */
export function truncateToWidth(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
