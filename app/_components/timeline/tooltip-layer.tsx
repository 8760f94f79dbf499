"use client";
// The small interactive layer over the server-drawn picture: one listener on the wrapper shows the
// <title> of whatever mark or segment is hovered or focused. Without JavaScript the same text is
// still there (native tooltip, screen readers) and in the events table. Reading the <title>
// rather than a copy of it in an attribute keeps each lesson page's HTML and RSC payload smaller.
// Keyboard: each picture is one Tab stop (roving tabindex, WAI-ARIA APG "Keyboard Navigation
// Inside Components"): Left/Right move to the previous/next item in document order, Home/End to
// the first/last, and the item focused last keeps tabindex 0 so that Tab returns to it.
import { useRef, useState, type KeyboardEvent, type ReactNode, type SyntheticEvent } from "react";
import styles from "./timeline.module.css";

interface Tip {
  text: string;
  left: number;
  top: number;
}

const TIP_WIDTH = 256;

/** The picture's focusable items, in document order. */
function itemsOf(svg: Element): SVGGElement[] {
  return [...svg.querySelectorAll<SVGGElement>("g[tabindex]")];
}

/** Makes `item` the picture's one Tab stop. */
function rove(items: SVGGElement[], item: SVGGElement): void {
  for (const other of items) other.tabIndex = other === item ? 0 : -1;
}

/** The item an arrow, Home or End key moves to from `index` of `count`, or undefined for other keys. */
function targetIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return Math.min(index + 1, count - 1);
    case "ArrowLeft":
      return Math.max(index - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/** Moves focus inside the picture for the arrow, Home and End keys; true if the key was one of them. */
function moveFocus(event: KeyboardEvent): boolean {
  const current = (event.target as Element).closest<SVGGElement>("g[tabindex]");
  const svg = current?.closest("svg");
  if (current === null || svg === null || svg === undefined) return false;
  const items = itemsOf(svg);
  const next = targetIndex(event.key, items.indexOf(current), items.length);
  if (next === undefined) return false;
  rove(items, items[next]);
  items[next].focus();
  return true;
}

/** Wraps `children` and shows a tooltip for their focusable groups, from each one's own <title>. Client component. */
export function TooltipLayer({ children }: { children: ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (event: SyntheticEvent) => {
    const target = (event.target as Element).closest("g[tabindex]");
    const text = target?.querySelector(":scope > title")?.textContent;
    const box = wrapper.current;
    if (target === null || !text || box === null) return;
    const outer = box.getBoundingClientRect();
    const inner = target.getBoundingClientRect();
    const centre = inner.left + inner.width / 2 - outer.left;
    const left = Math.max(0, Math.min(centre - TIP_WIDTH / 2, outer.width - TIP_WIDTH));
    setTip({ text, left, top: inner.bottom - outer.top + 6 });
  };
  const hide = () => setTip(null);
  const focus = (event: SyntheticEvent) => {
    const target = (event.target as Element).closest<SVGGElement>("g[tabindex]");
    const svg = target?.closest("svg");
    if (target !== null && svg !== null && svg !== undefined) rove(itemsOf(svg), target);
    show(event);
  };

  return (
    <div
      ref={wrapper}
      className={styles.tooltipHost}
      onPointerOver={show}
      onPointerLeave={hide}
      onFocus={focus}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === "Escape") hide();
        else if (moveFocus(event)) event.preventDefault();
      }}
    >
      {children}
      {tip === null ? null : (
        <div className={styles.tooltip} style={{ left: tip.left, top: tip.top, maxWidth: TIP_WIDTH }} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </div>
  );
}
