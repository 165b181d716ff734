// What the monitor makes of what it read, free of I/O: each dataflow's findings (failed and partial
// runs, a state that is not enabled, rejected credentials, a run that was due and did not happen,
// a dataflow not found), and whether that makes the watch unhealthy under `fail-on`.

/** A run of the window, as Flow Service lists it (`GET /runs`). */
export interface RunSeen {
  readonly id: string
  /** `metrics.statusSummary.status` as Adobe spells it: `success`, `Failed`, `inProgress`, … */
  readonly status: string
  /** Epoch ms. */
  readonly startedAt?: number
  readonly completedAt?: number
  readonly recordsRead?: number
  readonly recordsWritten?: number
  readonly recordsFailed?: number
  readonly errors: readonly { readonly code?: string; readonly message?: string }[]
}

/** A dataflow as the monitor read it. */
export interface FlowSeen {
  readonly id: string
  readonly name: string
  readonly state?: string
  readonly frequency?: string
  readonly interval?: number
  /** Epoch ms. */
  readonly startTime?: number
  /** Its last run as the dataflow shows it (`lastRunDetails.startedAtUTC`), whether in the window or not. */
  readonly lastRunAt?: number
}

/** The base connection the dataflow reads through, as explore found it. */
export interface ConnectionSeen {
  readonly id: string
  /** The dataflow's source connection or base connection no longer exists. */
  readonly gone?: 'source connection' | 'base connection'
  readonly name?: string
  readonly state?: string
  /** Adobe's refusal when explore was refused (the source rejects the stored credentials). */
  readonly rejected?: { readonly code?: string; readonly message: string }
}

/** One line of `dataflows`, and what the monitor found for it. */
export type Watched =
  | {
      readonly entry: string
      readonly kind: 'found'
      readonly flow: FlowSeen
      readonly runs: readonly RunSeen[]
      readonly connection?: ConnectionSeen
    }
  | { readonly entry: string; readonly kind: 'not-found' }
  | { readonly entry: string; readonly kind: 'ambiguous'; readonly ids: readonly string[] }

export type Finding =
  | { readonly kind: 'failed-run'; readonly run: RunSeen }
  | { readonly kind: 'partial-run'; readonly run: RunSeen }
  | { readonly kind: 'not-enabled'; readonly state: string }
  | { readonly kind: 'credentials-rejected'; readonly connection: ConnectionSeen }
  | { readonly kind: 'connection-gone'; readonly connection: ConnectionSeen }
  | { readonly kind: 'missed-run'; readonly dueAt: number }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] }

export type FailOn = 'failed' | 'partial' | 'never'

/** How a run ended, by Adobe's status compared without regard to case or underscores. */
export type RunOutcome = 'success' | 'partial' | 'failed' | 'running' | 'unknown'

const SUCCESS = new Set(['success', 'succeeded', 'completed'])
const PARTIAL = new Set(['partialsuccess', 'partialfailure'])
const FAILED = new Set(['failed', 'failure', 'error'])
const RUNNING = new Set(['inprogress', 'running', 'pending', 'queued', 'scheduled', 'started'])

/**
 * A success with failed records is partial (monitor.md's example run is one); a status spelled
 * partial (the OpenAPI's StatusDTO has PARTIAL_SUCCESS) is taken as partial too; a status no
 * document gives is unknown, not guessed at.
 */
export function outcomeOf(run: RunSeen): RunOutcome {
  const status = run.status.toLowerCase().replace(/[_\s-]/g, '')
  if (FAILED.has(status)) return 'failed'
  if (PARTIAL.has(status)) return 'partial'
  if (SUCCESS.has(status)) return (run.recordsFailed ?? 0) > 0 ? 'partial' : 'success'
  if (RUNNING.has(status)) return 'running'
  return 'unknown'
}

const PERIOD_MS: Readonly<Record<string, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000
}

/** The period of the dataflow's schedule, in ms; undefined when it runs once or says nothing usable. */
function periodOf(flow: FlowSeen): number | undefined {
  const unit = PERIOD_MS[flow.frequency ?? '']
  if (unit === undefined || flow.startTime === undefined) return undefined
  return unit * (flow.interval !== undefined && flow.interval > 0 ? flow.interval : 1)
}

/**
 * When the dataflow's schedule says it should have run next: a period after its last run, but not
 * before its start time; with no run known, its start time.
 */
export function nextDue(flow: FlowSeen, lastRunAt: number | undefined): number | undefined {
  const period = periodOf(flow)
  if (period === undefined || flow.startTime === undefined) return undefined
  return lastRunAt === undefined ? flow.startTime : Math.max(lastRunAt + period, flow.startTime)
}

/** A run counts as missed once it is this late: a tenth of its period, at least five minutes. */
function graceMs(flow: FlowSeen): number {
  const period = (PERIOD_MS[flow.frequency ?? ''] ?? 0) * (flow.interval ?? 1)
  return Math.max(5 * 60_000, period / 10)
}

export interface Window {
  /** Epoch ms: the window is [since, now]. */
  readonly since: number
  readonly now: number
}

export interface AssessOptions {
  readonly expectRuns: boolean
}

/** The findings of one watched line, in the order the report lists them. */
export function findingsOf(watched: Watched, window: Window, { expectRuns }: AssessOptions): Finding[] {
  if (watched.kind === 'not-found') return [{ kind: 'not-found' }]
  if (watched.kind === 'ambiguous') return [{ kind: 'ambiguous', ids: watched.ids }]
  const { flow, runs, connection } = watched
  const findings: Finding[] = []
  const state = flow.state ?? 'enabled'
  if (state.toLowerCase() !== 'enabled') findings.push({ kind: 'not-enabled', state })
  if (connection?.gone !== undefined) findings.push({ kind: 'connection-gone', connection })
  if (connection?.rejected !== undefined) findings.push({ kind: 'credentials-rejected', connection })
  for (const run of runs) {
    const outcome = outcomeOf(run)
    if (outcome === 'failed') findings.push({ kind: 'failed-run', run })
    else if (outcome === 'partial') findings.push({ kind: 'partial-run', run })
  }
  if (expectRuns && state.toLowerCase() === 'enabled') {
    const last = Math.max(flow.lastRunAt ?? -Infinity, ...runs.map(run => run.startedAt ?? -Infinity))
    const due = nextDue(flow, Number.isFinite(last) ? last : undefined)
    // A dataflow that stopped running stays flagged for as long as it does not run, not only while
    // its first missed time is in the window; one never seen to run, once its start is overdue.
    if (due !== undefined && window.now > due + graceMs(flow)) {
      findings.push({ kind: 'missed-run', dueAt: due })
    }
  }
  return findings
}

/** Whether these findings make the step fail under `fail-on` (never: the step never fails). */
export function failsOn(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return findings.some(finding => finding.kind !== 'partial-run' || failOn === 'partial')
}

/** `unhealthy` when anything would fail the step; with never, when anything was found at all. */
export function statusOf(findings: readonly Finding[], failOn: FailOn): 'healthy' | 'unhealthy' {
  const unhealthy = failOn === 'never' ? findings.length > 0 : failsOn(findings, failOn)
  return unhealthy ? 'unhealthy' : 'healthy'
}

/** The latest run of the window that ended in success, if any. */
export function lastSuccess(runs: readonly RunSeen[]): RunSeen | undefined {
  return runs
    .filter(run => outcomeOf(run) === 'success')
    .reduce<RunSeen | undefined>(
      (latest, run) => ((run.startedAt ?? 0) > (latest?.startedAt ?? -1) ? run : latest),
      undefined
    )
}
