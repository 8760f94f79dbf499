"use client";
// The small interactive layer over the server-drawn picture: one listener on the wrapper shows the
// <title> of whatever mark or segment is hovered or focused. Without JavaScript the same text is
// still there (native tooltip, screen readers) and in the events table. Reading the <title>
// rather than a copy of it in an attribute keeps each lesson page's HTML and RSC payload smaller.
import { useRef, useState, type ReactNode, type SyntheticEvent } from "react";
import styles from "./timeline.module.css";

interface Tip {
  text: string;
  left: number;
  top: number;
}

const TIP_WIDTH = 256;

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

  return (
    <div
      ref={wrapper}
      className={styles.tooltipHost}
      onPointerOver={show}
      onPointerLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === "Escape") hide();
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
