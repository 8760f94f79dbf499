// The timeline's own words in English and Chinese. Kubernetes vocabulary (reasons, states,
// `kubectl` commands) is never translated: learners meet it verbatim in real clusters.

/** The languages the site is written in. */
export type TimelineLanguage = "en" | "zh";

/** Every string the timeline draws or announces. */
export interface TimelineDictionary {
  tabTimeline: string;
  tabsLabel: string;
  ready: string;
  init: string;
  eventsHeading: string;
  noEvents: string;
  colTime: string;
  colType: string;
  colReason: string;
  colObject: string;
  colMessage: string;
  legendHeading: string;
  legendWaiting: string;
  legendWaitingProblem: string;
  legendRunning: string;
  legendRunningNotReady: string;
  legendTerminated: string;
  legendTerminatedError: string;
  legendRestart: string;
  legendExit: string;
  legendKill: string;
  legendHook: string;
  legendHookRun: string;
  legendHookTimeout: string;
  legendProbePass: string;
  legendProbe: string;
  legendProbeStreak: string;
  /** Said under the legend of a result stored before probe and hook runs were recorded. */
  legendFallbackNote: string;
  legendTermination: string;
  legendReady: string;
  notReady: string;
  restart: (count: number) => string;
  exit: (reason: string, exitCode: number | null) => string;
  probeSucceeded: (kind: string) => string;
  probeSuccesses: (kind: string, count: number, interval: string) => string;
  probeErrorNote: string;
  moreFailures: (count: number) => string;
  hookName: (hook: string) => string;
  hookOutcome: (outcome: "success" | "failure" | "timeout" | "running" | "abandoned") => string;
  /** Segment tooltips: Kubernetes' field names with the prose around them. */
  exitCodeOf: (exitCode: number) => string;
  readyOf: (ready: boolean) => string;
  restartCountOf: (count: number) => string;
  listSeparator: string;
  termination: (deletedAt: string, grace: string, stoppedAt: string | null) => string;
  terminationShort: string;
  graceEnds: string;
  grace: string;
  removed: string;
  from: (start: string, end: string) => string;
  summary: (parts: RunSummaryParts) => string;
  rejected: string;
}

/** The counts the picture's accessible summary is made of. */
export interface RunSummaryParts {
  podName: string;
  duration: string;
  containers: string[];
  restarts: number;
  probeFailures: number;
  finalStatus: string;
  deletedAt: string | null;
}

const HOOK_OUTCOME_EN = {
  success: "succeeded",
  failure: "failed",
  timeout: "cut off: the grace period ran out first",
  running: "still running when the run ended",
  abandoned: "abandoned: the container was stopped first",
} as const;

const HOOK_OUTCOME_ZH = {
  success: "成功",
  failure: "失败",
  timeout: "被中断：宽限期先用完了",
  running: "运行结束时仍在运行",
  abandoned: "被放弃：容器先被停止了",
} as const;

const en: TimelineDictionary = {
  tabTimeline: "Timeline",
  tabsLabel: "Views of the simulated run",
  ready: "Ready",
  init: "init",
  eventsHeading: "Events",
  noEvents: "No events.",
  colTime: "Time",
  colType: "Type",
  colReason: "Reason",
  colObject: "Object",
  colMessage: "Message",
  legendHeading: "Legend",
  legendWaiting: "waiting (hatched)",
  legendWaitingProblem: "waiting on an error or back-off",
  legendRunning: "running, ready (solid)",
  legendRunningNotReady: "running, not ready (dotted)",
  legendTerminated: "terminated, exit 0 (cross-hatched)",
  legendTerminatedError: "terminated, non-zero exit",
  legendRestart: "restart (new restartCount)",
  legendExit: "container exited",
  legendKill: "Killing (container stopped)",
  legendHook: "postStart / preStop hook failed",
  legendHookRun: "postStart / preStop hook, from start to end",
  legendHookTimeout: "preStop cut off when the grace period ran out",
  legendProbePass: "probe passed (one tick per attempt)",
  legendProbe: "probe failed: L liveness, R readiness, S startup",
  legendProbeStreak: "probe failed: L liveness, R readiness, S startup; a tall tick for each failure after the first",
  legendFallbackNote: "This result was stored before passing probes and hook runs were recorded: only failures are drawn.",
  legendTermination: "deletion: from the first Killing until the containers stopped",
  legendReady: "Ready condition (True / False)",
  notReady: "not ready",
  restart: (count) => `restart: restartCount ${count}`,
  probeSucceeded: (kind) => `${kind} probe succeeded`,
  probeSuccesses: (kind, count, interval) => `${kind} probe succeeded ${count} times, ${interval}`,
  probeErrorNote: "result discarded",
  moreFailures: (count) => `… and ${count} more failed attempt${count === 1 ? "" : "s"}`,
  hookName: (hook) => `${hook} hook`,
  hookOutcome: (outcome) => HOOK_OUTCOME_EN[outcome],
  exitCodeOf: (exitCode) => `exitCode ${exitCode}`,
  readyOf: (ready) => `ready ${ready}`,
  restartCountOf: (count) => `restartCount ${count}`,
  listSeparator: ", ",
  exit: (reason, exitCode) => `exited: ${reason}${exitCode === null ? "" : ` (exit code ${exitCode})`}`,
  termination: (deletedAt, grace, stoppedAt) =>
    `Pod deleted at ${deletedAt}, grace period ${grace}; ` +
    (stoppedAt === null ? "containers still stopping when the run ends" : `containers stopped at ${stoppedAt}`),
  terminationShort: "deleted",
  graceEnds: "grace period ends",
  grace: "grace",
  removed: "pod removed",
  from: (start, end) => `${start} – ${end}`,
  summary: (p) =>
    `Timeline of pod ${p.podName} over ${p.duration}: ` +
    `${p.containers.length === 0 ? "no containers" : `containers ${p.containers.join(", ")}`}; ` +
    `${p.restarts} restart${p.restarts === 1 ? "" : "s"}; ${p.probeFailures} failed probe${p.probeFailures === 1 ? "" : "s"}; ` +
    (p.deletedAt === null ? "" : `deleted at ${p.deletedAt}; `) +
    `final status ${p.finalStatus}.`,
  rejected: "The pod was rejected, so nothing ran.",
};

const zh: TimelineDictionary = {
  tabTimeline: "时间线",
  tabsLabel: "模拟运行的视图",
  ready: "Ready",
  init: "init",
  eventsHeading: "事件",
  noEvents: "没有事件。",
  colTime: "时间",
  colType: "类型",
  colReason: "原因",
  colObject: "对象",
  colMessage: "消息",
  legendHeading: "图例",
  legendWaiting: "waiting（斜线）",
  legendWaitingProblem: "因错误或退避而 waiting",
  legendRunning: "running，已就绪（实心）",
  legendRunningNotReady: "running，未就绪（圆点）",
  legendTerminated: "terminated，退出码 0（交叉线）",
  legendTerminatedError: "terminated，非零退出码",
  legendRestart: "重启（restartCount 增加）",
  legendExit: "容器退出",
  legendKill: "Killing（停止容器）",
  legendHook: "postStart / preStop 钩子失败",
  legendHookRun: "postStart / preStop 钩子，从开始到结束",
  legendHookTimeout: "preStop 在宽限期用完时被中断",
  legendProbePass: "探针成功（每次探测一个刻度）",
  legendProbe: "探针失败：L liveness，R readiness，S startup",
  legendProbeStreak: "探针失败：L liveness，R readiness，S startup；连续失败时第一次之后每次一条高刻度",
  legendFallbackNote: "这个结果保存于记录成功探测和钩子运行之前，因此只画出失败。",
  legendTermination: "删除：从第一个 Killing 到容器全部停止",
  legendReady: "Ready 条件（True / False）",
  notReady: "未就绪",
  restart: (count) => `重启：重启次数（restartCount）${count}`,
  probeSucceeded: (kind) => `${kind} 探针成功`,
  probeSuccesses: (kind, count, interval) => `${kind} 探针成功 ${count} 次，${interval}`,
  probeErrorNote: "结果被丢弃",
  moreFailures: (count) => `……另有 ${count} 次失败`,
  hookName: (hook) => `${hook} 钩子`,
  hookOutcome: (outcome) => HOOK_OUTCOME_ZH[outcome],
  exitCodeOf: (exitCode) => `退出码（exitCode）${exitCode}`,
  readyOf: (ready) => (ready ? "已就绪（ready: true）" : "未就绪（ready: false）"),
  restartCountOf: (count) => `重启次数（restartCount）${count}`,
  listSeparator: "，",
  exit: (reason, exitCode) => `退出：${reason}${exitCode === null ? "" : `（退出码 ${exitCode}）`}`,
  termination: (deletedAt, grace, stoppedAt) =>
    `Pod 于 ${deletedAt} 被删除，宽限期 ${grace}；` +
    (stoppedAt === null ? "运行结束时容器仍在停止中" : `容器于 ${stoppedAt} 停止`),
  terminationShort: "已删除",
  graceEnds: "宽限期结束",
  grace: "宽限期",
  removed: "Pod 已移除",
  from: (start, end) => `${start} – ${end}`,
  summary: (p) =>
    `Pod ${p.podName} 在 ${p.duration} 内的时间线：` +
    `${p.containers.length === 0 ? "没有容器" : `容器 ${p.containers.join("、")}`}；` +
    `重启 ${p.restarts} 次；探针失败 ${p.probeFailures} 次；` +
    (p.deletedAt === null ? "" : `于 ${p.deletedAt} 删除；`) +
    `最终状态 ${p.finalStatus}。`,
  rejected: "Pod 被拒绝，没有运行任何东西。",
};

/** The dictionary for `language`. Pure. */
export function getTimelineDictionary(language: TimelineLanguage): TimelineDictionary {
  return language === "zh" ? zh : en;
}
