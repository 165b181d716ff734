// Every sentence the monitor writes: the log lines, the outputs (with the JSON report), the job
// summary (one table per dataflow, each failed run's errors), and the failure that turns a
// scheduled workflow red. Texts from Adobe and from the inputs are escaped where they are shown.
import { Summary } from '../runner/report.js'
import { listed } from '../runner/text.js'
import { FailOn, Finding, findingsOf, lastSuccess, outcomeOf, RunSeen, statusOf, Watched, Window } from './assess.js'
import { MonitorConfig } from './inputs.js'
import { MONITOR_INPUT, MONITOR_OUTPUT } from './names.js'

/** One line of `dataflows` with its findings. */
export interface Assessed {
  readonly watched: Watched
  readonly findings: readonly Finding[]
}

export function assess(watched: readonly Watched[], window: Window, config: MonitorConfig): Assessed[] {
  return watched.map(w => ({ watched: w, findings: findingsOf(w, window, { expectRuns: config.expectRuns }) }))
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString())

/**
 * The report keeps each dataflow's newest runs and first findings only: a dataflow that runs every
 * minute has 1,440 runs a day, and GitHub keeps a job's outputs to 1 MB in all. The counts say how
 * many there were.
 */
export const REPORT_RUNS = 50
export const REPORT_FINDINGS = 20
/** Adobe's errors kept of each run. */
export const REPORT_ERRORS = 3
/**
 * The report's size at most, in characters: it must fit in an environment variable (128 KiB on
 * Linux) and in a GitHub issue's body (65,536 characters), where the README's workflow puts it.
 */
export const REPORT_BUDGET = 60_000
/** What the report keeps of each dataflow, from the most to the least, until it fits the budget. */
const REPORT_SHAPES = [
  { runs: REPORT_RUNS, findings: REPORT_FINDINGS },
  { runs: 10, findings: 5 },
  { runs: 0, findings: 1 }
] as const

const newestFirst = (runs: readonly RunSeen[]): RunSeen[] =>
  [...runs].sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0))

function findingTexts(findings: readonly Finding[], most = REPORT_FINDINGS): string[] {
  const texts = findings.slice(0, most).map(findingText)
  const more = findings.length - most
  return more > 0 ? [...texts, `… and ${more} more findings`] : texts
}

/** The `report` output: per line of `dataflows`, what was found. */
export function reportOf(
  assessed: readonly Assessed[],
  shape: { readonly runs: number; readonly findings: number } = REPORT_SHAPES[0]
): unknown[] {
  return assessed.map(({ watched, findings }) => {
    const base = {
      entry: watched.entry,
      findingCount: findings.length,
      findings: findingTexts(findings, shape.findings)
    }
    if (watched.kind !== 'found') return { ...base, id: null, name: null }
    const { flow, runs, connection } = watched
    return {
      ...base,
      id: flow.id,
      name: flow.name,
      state: flow.state ?? 'enabled',
      baseConnection:
        connection === undefined
          ? null
          : {
              id: connection.id,
              state: connection.state ?? null,
              credentials: connection.rejected === undefined ? 'accepted' : 'rejected'
            },
      lastSuccess: iso(lastSuccess(runs)?.startedAt),
      runCount: runs.length,
      runs: newestFirst(runs)
        .slice(0, shape.runs)
        .map(run => ({
          id: run.id,
          status: run.status,
          start: iso(run.startedAt),
          end: iso(run.completedAt),
          recordsRead: run.recordsRead ?? null,
          recordsWritten: run.recordsWritten ?? null,
          recordsFailed: run.recordsFailed ?? null,
          errors: run.errors
            .slice(0, REPORT_ERRORS)
            .map(error => ({ code: error.code ?? null, message: error.message ?? null }))
        }))
    }
  })
}

export function outputsOf(assessed: readonly Assessed[], failOn: FailOn): Record<string, string> {
  const findings = assessed.flatMap(a => a.findings)
  return {
    [MONITOR_OUTPUT.status]: statusOf(findings, failOn),
    [MONITOR_OUTPUT.failedRuns]: String(findings.filter(f => f.kind === 'failed-run').length),
    [MONITOR_OUTPUT.report]: boundedReport(assessed)
  }
}

/** The report in the first shape that fits REPORT_BUDGET (the last one whatever its size: one line a dataflow). */
function boundedReport(assessed: readonly Assessed[]): string {
  for (const shape of REPORT_SHAPES) {
    const text = JSON.stringify(reportOf(assessed, shape))
    if (text.length <= REPORT_BUDGET || shape === REPORT_SHAPES.at(-1)) return text
  }
  return '[]'
}

/** A finding as one sentence (the log, the report, the summary). */
export function findingText(finding: Finding): string {
  switch (finding.kind) {
    case 'failed-run':
      return `run ${finding.run.id} failed (${finding.run.status})${errorsText(finding.run)}`
    case 'partial-run':
      return `run ${finding.run.id} ended ${finding.run.status} with ${finding.run.recordsFailed ?? 'some'} failed records${errorsText(finding.run)}`
    case 'not-enabled':
      return `the dataflow is ${finding.state}, not enabled: it does not run`
    case 'credentials-rejected': {
      const { connection } = finding
      const named = connection.name === undefined ? connection.id : `${connection.id} ("${connection.name}")`
      const code = connection.rejected?.code === undefined ? '' : ` (${connection.rejected.code})`
      return `the source rejects the credentials of base connection ${named}${code}: ${connection.rejected?.message ?? ''}. Rotate the source's password (the ORACLE_PASSWORD secret) and run the base connection action with if-exists: update and verify: true`
    }
    case 'connection-gone':
      return `its ${finding.connection.gone} ${finding.connection.id} no longer exists: the dataflow cannot run. Run the dataflow action (and the base connection action) again to rebuild the chain`
    case 'missed-run':
      return `no run since ${new Date(finding.dueAt).toISOString()}, when the schedule said it should have run`
    case 'not-found':
      return `no dataflow of this id or name in the sandbox: check "${MONITOR_INPUT.dataflows}" and "${MONITOR_INPUT.sandboxName}"`
    case 'ambiguous':
      return `${finding.ids.length} dataflows have this name (${listed(finding.ids)}): give the id instead`
  }
}

function errorsText(run: RunSeen): string {
  const [first, ...rest] = run.errors
  if (first === undefined) return ''
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`
  return `: ${first.code ?? 'no code'}: ${first.message ?? 'no message'}${more}`
}

/** The log: one line per dataflow, then one per finding. */
export function logLines(assessed: readonly Assessed[]): string[] {
  return assessed.flatMap(({ watched, findings }) => {
    const head =
      watched.kind === 'found'
        ? `Dataflow ${watched.flow.id} ("${watched.flow.name}"): ${watched.flow.state ?? 'enabled'}, ${watched.runs.length} runs in the window, ${findings.length === 0 ? 'healthy' : `${findings.length} findings`}`
        : `"${watched.entry}": ${findings.length} findings`
    return [head, ...findingTexts(findings).map(text => `  - ${text}`)]
  })
}

/** The job summary: the verdict, then one table per dataflow and each failed run's errors. */
export function summaryOf(assessed: readonly Assessed[], window: Window, failOn: FailOn): Summary {
  const findings = assessed.flatMap(a => a.findings)
  const status = statusOf(findings, failOn)
  return {
    heading: `Dataflow monitor: ${status}`,
    lines: [
      `Window: ${new Date(window.since).toISOString()} to ${new Date(window.now).toISOString()}; fail-on: ${failOn}`,
      `${assessed.length} dataflows, ${findings.length} findings, ${findings.filter(f => f.kind === 'failed-run').length} failed runs`
    ],
    table: [],
    sections: assessed.map(({ watched, findings: own }) => {
      if (watched.kind !== 'found') return { heading: watched.entry, lines: findingTexts(own), table: [] }
      const { flow } = watched
      const runs = newestFirst(watched.runs).slice(0, REPORT_RUNS)
      const shown =
        runs.length < watched.runs.length ? [`the newest ${runs.length} of ${watched.runs.length} runs`] : []
      return {
        heading: `${flow.name} (${flow.id})`,
        lines: [...(own.length === 0 ? ['healthy'] : findingTexts(own)), ...shown],
        table: [
          ['run', 'status', 'start', 'end', 'read', 'written', 'failed'],
          ...runs.map(run => [
            run.id,
            `${run.status}${outcomeOf(run) === 'unknown' ? ' (not judged)' : ''}`,
            iso(run.startedAt) ?? '',
            iso(run.completedAt) ?? '',
            String(run.recordsRead ?? ''),
            String(run.recordsWritten ?? ''),
            String(run.recordsFailed ?? '')
          ])
        ],
        ...(runs.some(run => run.errors.length > 0) && {
          text: runs
            .filter(run => run.errors.length > 0)
            .map(run => {
              const shownErrors = run.errors
                .slice(0, REPORT_ERRORS)
                .map(e => `  ${e.code ?? 'no code'}: ${e.message ?? ''}`)
              const more = run.errors.length - REPORT_ERRORS
              return [`${run.id}:`, ...shownErrors, ...(more > 0 ? [`  … and ${more} more`] : [])].join('\n')
            })
            .join('\n')
        })
      }
    })
  }
}

/** Why the step fails (after the outputs and the summary are written). */
export function failureOf(assessed: readonly Assessed[], failOn: FailOn): string {
  const failing = assessed.filter(a => a.findings.some(f => f.kind !== 'partial-run' || failOn === 'partial'))
  const names = failing.map(({ watched }) =>
    watched.kind === 'found' ? `"${watched.flow.name}"` : `"${watched.entry}"`
  )
  return `Unhealthy (fail-on: ${failOn}): ${listed(names, { and: true })}. The report output and the job summary list each finding.`
}
