// Go and apimachinery formatting that leaks into kubectl's text: duration.HumanDuration
// (apimachinery pkg/util/duration), time.Duration.String(), time.RFC1123Z and text/tabwriter.
import { describe, expect, it } from "vitest";
import { formatRfc1123z } from "../../../../worker/sim/report/format-rfc1123z.ts";
import { goDuration } from "../../../../worker/sim/report/go-duration.ts";
import { describeTabs, getTabs, tabwrite } from "../../../../worker/sim/report/go-tab-writer.ts";
import { ageSince, humanDuration } from "../../../../worker/sim/report/human-duration.ts";

describe("humanDuration", () => {
  const cases: { name: string; seconds: number; text: string }[] = [
    { name: "clock skew of one second reads as now", seconds: -1, text: "0s" },
    { name: "further in the future is invalid", seconds: -2, text: "<invalid>" },
    { name: "seconds up to two minutes", seconds: 119, text: "119s" },
    { name: "whole minutes under ten", seconds: 120, text: "2m" },
    { name: "minutes and seconds under ten minutes", seconds: 130, text: "2m10s" },
    { name: "minutes only from ten minutes", seconds: 610, text: "10m" },
    { name: "minutes up to three hours", seconds: 3 * 3600 - 1, text: "179m" },
    { name: "hours and minutes under eight hours", seconds: 5 * 3600 + 3 * 60, text: "5h3m" },
    { name: "whole hours", seconds: 3 * 3600, text: "3h" },
    { name: "hours up to two days", seconds: 47 * 3600 + 59, text: "47h" },
    { name: "days and hours under eight days", seconds: 3 * 86400 + 4 * 3600, text: "3d4h" },
    { name: "days up to two years", seconds: 400 * 86400, text: "400d" },
    { name: "years and days", seconds: (2 * 365 + 3) * 86400, text: "2y3d" },
  ];
  it.each(cases)("$name", ({ seconds, text }) => expect(humanDuration(seconds)).toBe(text));

  it("truncates the event time to whole seconds, as API timestamps do", () => {
    expect(ageSince(1.9, 36)).toBe("35s");
    expect(ageSince(0, 130.5)).toBe("2m10s");
  });
});

describe("goDuration", () => {
  const cases: { name: string; ms: number; text: string }[] = [
    { name: "zero", ms: 0, text: "0s" },
    { name: "milliseconds", ms: 523, text: "523ms" },
    { name: "seconds", ms: 10_000, text: "10s" },
    { name: "fractional seconds", ms: 1500, text: "1.5s" },
    { name: "minutes and seconds", ms: 80_000, text: "1m20s" },
    { name: "whole minutes keep 0s", ms: 300_000, text: "5m0s" },
    { name: "hours", ms: 3_600_000, text: "1h0m0s" },
  ];
  it.each(cases)("$name", ({ ms, text }) => expect(goDuration(ms)).toBe(text));
});

describe("formatRfc1123z", () => {
  const cases: { name: string; input: string; text: string }[] = [
    { name: "the default epoch, a Monday", input: "2024-01-01T00:00:05Z", text: "Mon, 01 Jan 2024 00:00:05 +0000" },
    { name: "a leap day", input: "2024-02-29T23:59:59Z", text: "Thu, 29 Feb 2024 23:59:59 +0000" },
    { name: "fraction dropped, offset kept", input: "1970-01-01T01:02:03.5+02:00", text: "Thu, 01 Jan 1970 01:02:03 +0200" },
    { name: "not RFC 3339 stays as is", input: "", text: "" },
  ];
  it.each(cases)("$name", ({ input, text }) => expect(formatRfc1123z(input)).toBe(text));
});

describe("tabwrite", () => {
  const cases: { name: string; input: string; settings: typeof getTabs; text: string }[] = [
    { name: "pads to widest cell plus padding", input: "a\tb\nccc\td\n", settings: describeTabs, text: "a    b\nccc  d\n" },
    { name: "a line without a tab ends the column block", input: "Name:\tx\nIPs:\n  IP:\t1\n", settings: describeTabs, text: "Name:  x\nIPs:\n  IP:  1\n" },
    { name: "trailing cells are never padded", input: "T \tS \n", settings: describeTabs, text: "T   S \n" },
    { name: "minimum width applies", input: "a\tb\n", settings: getTabs, text: "a     b\n" },
    { name: "empty leading cell aligns continuation lines", input: "Labels:\ta=1\n\tb=2\n", settings: describeTabs, text: "Labels:  a=1\n         b=2\n" },
    { name: "widths count code points", input: "é\tx\nab\ty\n", settings: describeTabs, text: "é   x\nab  y\n" },
  ];
  it.each(cases)("$name", ({ input, settings, text }) => expect(tabwrite(input, settings)).toBe(text));

  it("remembers column widths across flushes and widens them", () => {
    const remembered: number[] = [];
    expect(tabwrite("NAME\tSTATUS\tAGE\nweb\tPending\t0s\n", getTabs, remembered)).toBe("NAME   STATUS    AGE\nweb    Pending   0s\n");
    expect(tabwrite("web\tContainerCreating\t1s\n", getTabs, remembered)).toBe("web    ContainerCreating   1s\n");
    expect(tabwrite("web\tRunning\t2s\n", getTabs, remembered)).toBe("web    Running             2s\n");
  });
});
