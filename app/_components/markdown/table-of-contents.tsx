"use client";

import { useEffect, useState } from "react";
import type { Heading } from "./collect-headings.ts";

type Props = { headings: Heading[]; title: string };

/**
 * The page's level-2 sections. The entry of the section being read carries
 * `aria-current="location"`, following the scroll position.
 */
export function TableOfContents({ headings, title }: Props) {
  const sections = headings.filter((heading) => heading.depth === 2);
  const current = useCurrentSection(sections.map((heading) => heading.id));
  if (sections.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      {/* Not a heading: the page's outline starts at the lesson's h1, which follows in reading order. */}
      <p id="toc-title" className="toc-title">
        {title}
      </p>
      <ol>
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`} aria-current={heading.id === current ? "location" : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The id of the last section whose heading has scrolled past the top 30% of the window. */
function useCurrentSection(ids: string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const key = ids.join("\n");
  useEffect(() => {
    const elements = key.split("\n").flatMap((id) => document.getElementById(id) ?? []);
    const update = () => {
      const line = window.innerHeight * 0.3;
      const passed = elements.filter((element) => element.getBoundingClientRect().top <= line);
      setCurrent(passed.at(-1)?.id ?? elements[0]?.id);
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [key]);
  return current;
}
