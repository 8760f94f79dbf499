// Visual check of the timeline outside Next.js: renders <Timeline> for some fixtures to static
// HTML with the site's globals.css and the component's CSS (class names kept as written, since
// CSS modules only exist inside Next), and screenshots them with Debian Chromium.
// Run: node --import tsx test/unit/app/timeline/screenshot-timeline.tsx
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { register } from "node:module";
import { join, resolve } from "node:path";

// `import styles from "./timeline.module.css"` becomes a map from each class name to itself.
register(
  "data:text/javascript," +
    encodeURIComponent(`
      export async function load(url, context, next) {
        if (!url.endsWith(".module.css")) return next(url, context);
        return { format: "module", shortCircuit: true,
          source: "export default new Proxy({}, { get: (_, key) => typeof key === 'string' ? key : undefined });" };
      }`),
);

const root = resolve(import.meta.dirname, "../../../..");
const { createElement } = await import("react");
const { renderToStaticMarkup } = await import("react-dom/server");
const { chromium } = await import("playwright-core");
const { Timeline } = await import("@/app/_components/timeline/timeline.tsx");
const fixtures = await import("./sim-result-fixtures.ts");
const { simulate } = await import("@/worker/sim/simulate.ts");

/** A real run with every kind of probe tick and both hooks: readiness passes then fails, liveness passes, deletion at 8 min. */
const probesAndHooks = simulate({
  podYaml: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  terminationGracePeriodSeconds: 20
  containers:
  - name: web
    image: nginx
    readinessProbe:
      exec:
        command: [cat, /usr/share/nginx/html/index.html]
      periodSeconds: 5
    livenessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 10
    lifecycle:
      postStart:
        exec:
          command: [sh, -c, "sleep 4"]
      preStop:
        exec:
          command: [sh, -c, "sleep 8"]
  - name: sidecar
    image: busybox
    command: [sh, -c, "touch /tmp/ok; sleep 200; rm /tmp/ok; sleep 3600"]
    readinessProbe:
      exec:
        command: [cat, /tmp/ok]
      periodSeconds: 5
`,
  clusterYaml: undefined,
  untilMs: 600_000,
  deleteAtMs: 480_000,
  execs: [],
});

const shots = [
  { name: "probes-hooks-1280", result: probesAndHooks, untilMs: 600_000, width: 1280, language: "en" },
  { name: "probes-hooks-375", result: probesAndHooks, untilMs: 600_000, width: 375, language: "en" },
  { name: "probes-hooks-zh-1280", result: probesAndHooks, untilMs: 600_000, width: 1280, language: "zh" },
  { name: "liveness-wide", result: fixtures.livenessExec, untilMs: 120_000, width: 1200, language: "en" },
  { name: "liveness-narrow", result: fixtures.livenessExec, untilMs: 120_000, width: 360, language: "en" },
  { name: "deleted-wide", result: fixtures.deletedSleeper, untilMs: 90_000, width: 900, language: "zh" },
  { name: "crashloop-wide", result: fixtures.crashLoop, untilMs: 60_000, width: 1000, language: "en" },
  { name: "init-narrow", result: fixtures.initThenApp, untilMs: 30_000, width: 320, language: "en" },
] as const;

const css = [
  readFileSync(join(root, "app/globals.css"), "utf8"),
  readFileSync(join(root, "app/_components/timeline/timeline.module.css"), "utf8"),
].join("\n");
const outDir = join(root, "test-results/screenshots");
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const shot of shots) {
    const body = renderToStaticMarkup(createElement(Timeline, { result: shot.result, untilMs: shot.untilMs, language: shot.language }));
    const html = `<!doctype html><html lang="${shot.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}</style></head><body><main>${body}</main></body></html>`;
    writeFileSync(join(outDir, `timeline-${shot.name}.html`), html);
    const page = await browser.newPage({ viewport: { width: shot.width, height: 800 } });
    await page.setContent(html);
    await page.screenshot({ path: join(outDir, `timeline-${shot.name}.png`), fullPage: true });
    // The picture and its legend alone: the events table below can be hundreds of rows long.
    const host = page.locator(".tooltipHost").first();
    const legend = page.locator(".legend").first();
    const top = (await host.boundingBox())!;
    const bottom = (await legend.boundingBox())!;
    await page.screenshot({ path: join(outDir, `timeline-${shot.name}-picture.png`), clip: { x: 0, y: top.y - 8, width: shot.width, height: bottom.y + bottom.height - top.y + 16 } });
    await page.close();
  }
} finally {
  await browser.close();
}
