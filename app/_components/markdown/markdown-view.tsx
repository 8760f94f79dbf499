import type { ReactNode } from "react";
import type { UiText } from "@/app/_components/language/ui-text.ts";
import type { SimInput } from "@/worker/sim/sim-result.ts";
import type { Segment } from "./render-markdown.ts";
import type { CaptionLine } from "./simulate-caption.ts";

type Props = {
  segments: Segment[];
  text: UiText;
  /** Draws an example's simulation (its timeline); without it an example shows its YAML and caption only. */
  renderExample?: (input: SimInput) => ReactNode;
};

/**
 * Rendered lesson Markdown. The HTML comes from renderMarkdown, which escapes raw HTML and drops
 * unsafe links, so it is inserted as is. Server Component: no script reaches the browser.
 */
export function MarkdownView({ segments, text, renderExample }: Props) {
  return (
    <div className="markdown-body">
      {segments.map((segment, index) =>
        segment.kind === "html" ? (
          <div key={index} className="markdown-run" dangerouslySetInnerHTML={{ __html: segment.html }} />
        ) : (
          <figure key={index} className="sim-example">
            <div className="sim-example-code" dangerouslySetInnerHTML={{ __html: segment.podHtml }} />
            {segment.clusterHtml !== undefined && (
              <details className="sim-example-cluster">
                <summary>{text.clusterFile}</summary>
                <div dangerouslySetInnerHTML={{ __html: segment.clusterHtml }} />
              </details>
            )}
            <figcaption>
              <span className="sim-example-label">{text.simulatedExample}</span>
              <ul>
                {segment.caption.map((line, lineIndex) => (
                  <li key={lineIndex}>
                    <CaptionText line={line} />
                  </li>
                ))}
              </ul>
            </figcaption>
            {renderExample && <div className="sim-example-timeline">{renderExample(segment.input)}</div>}
          </figure>
        ),
      )}
    </div>
  );
}

function CaptionText({ line }: { line: CaptionLine }) {
  return line.map((part, index) => (typeof part === "string" ? part : <code key={index}>{part.code}</code>));
}
