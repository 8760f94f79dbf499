// The fills of the picture. Each state has a pattern as well as a colour (hatched waiting, solid
// running, dotted not-ready, cross-hatched terminated) so that no information is in colour alone.

/** Pattern ids used by the picture, prefixed to stay unique when a page holds several pictures. */
export function patternIds(prefix: string) {
  return {
    waiting: `${prefix}-waiting`,
    waitingProblem: `${prefix}-waiting-problem`,
    runningNotReady: `${prefix}-running-not-ready`,
    terminated: `${prefix}-terminated`,
    terminatedError: `${prefix}-terminated-error`,
    readyFalse: `${prefix}-ready-false`,
    termination: `${prefix}-termination`,
  };
}

function Hatch({ id, background, stroke, cross }: { id: string; background: string; stroke: string; cross?: boolean }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={background} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={stroke} strokeWidth="2" />
      {cross === true ? <line x1="0" y1="3" x2="6" y2="3" stroke={stroke} strokeWidth="1.2" /> : null}
    </pattern>
  );
}

/** The `<defs>` of the picture. Server component. */
export function TimelinePatterns({ prefix }: { prefix: string }) {
  const ids = patternIds(prefix);
  return (
    <defs>
      <Hatch id={ids.waiting} background="#e8edf4" stroke="#8794a8" />
      <Hatch id={ids.waitingProblem} background="#fde9cf" stroke="#d46a16" />
      <pattern id={ids.runningNotReady} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#bfe5cb" />
        <circle cx="2.5" cy="2.5" r="1" fill="#1f7a43" />
      </pattern>
      <Hatch id={ids.terminated} background="#eef0f3" stroke="#9aa3b1" cross />
      <Hatch id={ids.terminatedError} background="#fbdcd8" stroke="#c0392b" cross />
      <Hatch id={ids.readyFalse} background="#fff" stroke="#c9ced6" />
      <Hatch id={ids.termination} background="transparent" stroke="#7c5cc4" />
    </defs>
  );
}
