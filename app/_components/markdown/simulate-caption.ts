// What a simulated example's caption says: how long it runs, when the Pod is deleted, and the
// commands run in containers, in the page's language.
import type { Language } from "@/app/_components/language/language.ts";
import type { SimInput } from "@/worker/sim/sim-result.ts";

/** One caption line: text with some parts shown as code. */
export type CaptionLine = (string | { code: string })[];

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** The caption lines of an example. Pure. */
export function simulateCaption(input: SimInput, language: Language): CaptionLine[] {
  const zh = language === "zh";
  const lines: CaptionLine[] = [[zh ? `模拟 ${seconds(input.untilMs)}` : `Simulated for ${seconds(input.untilMs)}`]];
  if (input.deleteAtMs !== undefined) {
    lines.push([zh ? `第 ${seconds(input.deleteAtMs)} 删除 Pod` : `Pod deleted at ${seconds(input.deleteAtMs)}`]);
  }
  for (const exec of input.execs) {
    lines.push(
      zh
        ? [`第 ${seconds(exec.atMs)} 在 `, { code: exec.container }, " 中执行 ", { code: exec.command }]
        : [`At ${seconds(exec.atMs)}, `, { code: exec.command }, " runs in ", { code: exec.container }],
    );
  }
  return lines;
}
