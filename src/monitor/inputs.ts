// The monitor's inputs (monitor/action.yml): read, validated and frozen into one typed config
// before any request is sent, by the same rules as the other actions (secrets masked first).
import { AdobeAccess, finishReading, readIdentityFirst } from '../access/inputs.js'
import { ACCESS_DEFAULTS } from '../access/names.js'
import { emptyInput, ISO_8601, printable, readBoolean, readChoice, shown, UUID } from '../runner/inputs.js'
import { FailOn } from './assess.js'
import { MONITOR_INPUT } from './names.js'

export interface MonitorConfig extends AdobeAccess {
  /** Each line of `dataflows`: a dataflow id (lower case) or a name. */
  readonly dataflows: readonly string[]
  /** Epoch ms: the window starts here and ends now. */
  readonly since: number
  readonly failOn: FailOn
  readonly checkConnection: boolean
  readonly expectRuns: boolean
}

/** The defaults of monitor/action.yml (a test keeps them equal), for runs outside the runner. */
export const MONITOR_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  ...ACCESS_DEFAULTS,
  [MONITOR_INPUT.since]: '24h',
  [MONITOR_INPUT.failOn]: 'failed',
  [MONITOR_INPUT.checkConnection]: 'true',
  [MONITOR_INPUT.expectRuns]: 'true'
}

const FAIL_ON: readonly FailOn[] = ['failed', 'partial', 'never']
/** At most this many dataflows a run: each costs a few reads, all sent at once. */
export const DATAFLOWS_MAX = 50
const NAME_MAX = 256
/** The window goes back at most 90 days: Adobe keeps run history for a limited time. */
const SINCE_MAX_MS = 90 * 86_400_000
const DURATION = /^(\d{1,5})(m|h|d)$/
const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 }
const SINCE_RULE =
  'a duration back from now (90m, 24h, 7d; at most 90d) or an ISO 8601 date and time with a time zone (e.g. 2026-12-01T06:00:00Z)'

export function readMonitorConfig(now: number = Date.now()): Readonly<MonitorConfig> {
  // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
  const reading = readIdentityFirst(MONITOR_INPUT_DEFAULTS)
  const { input, problems } = reading
  const dataflows = readDataflows(input(MONITOR_INPUT.dataflows), problems)
  const since = readSince(input(MONITOR_INPUT.since), now, problems)
  const failOn = readChoice(MONITOR_INPUT.failOn, input(MONITOR_INPUT.failOn), FAIL_ON, problems) ?? 'failed'
  const checkConnection = readBoolean(MONITOR_INPUT.checkConnection, input(MONITOR_INPUT.checkConnection), problems)
  const expectRuns = readBoolean(MONITOR_INPUT.expectRuns, input(MONITOR_INPUT.expectRuns), problems)
  return finishReading(reading, { dataflows, since, failOn, checkConnection, expectRuns })
}

/** One id or name per line; blank lines skipped; ids lower-cased; each once. */
function readDataflows(value: string, problems: string[]): string[] {
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
  if (lines.length === 0) {
    problems.push(emptyInput(MONITOR_INPUT.dataflows, 'dataflow ids or names, one per line'))
    return []
  }
  const seen = new Set<string>()
  for (const [index, line] of lines.entries()) {
    const where = `${MONITOR_INPUT.dataflows}" line ${index + 1}`
    if (!printable(MONITOR_INPUT.dataflows, line, problems)) continue
    if (line.length > NAME_MAX) problems.push(`"${where} must be at most ${NAME_MAX} characters, got ${line.length}`)
    seen.add(UUID.test(line) ? line.toLowerCase() : line)
  }
  if (seen.size > DATAFLOWS_MAX)
    problems.push(
      `"${MONITOR_INPUT.dataflows}" may name at most ${DATAFLOWS_MAX} dataflows, got ${seen.size}: split them over several steps`
    )
  return [...seen]
}

function readSince(value: string, now: number, problems: string[]): number {
  const duration = DURATION.exec(value)
  let since: number | undefined
  if (duration !== null) since = now - Number(duration[1]) * (UNIT_MS[duration[2] ?? ''] ?? NaN)
  else if (ISO_8601.test(value) && !Number.isNaN(Date.parse(value))) since = Date.parse(value)
  if (since === undefined || Number.isNaN(since)) {
    problems.push(
      value === ''
        ? emptyInput(MONITOR_INPUT.since, SINCE_RULE)
        : `"${MONITOR_INPUT.since}" must be ${SINCE_RULE}, got "${shown(value)}"`
    )
    return now
  }
  if (since >= now) problems.push(`"${MONITOR_INPUT.since}" must lie in the past, got "${shown(value)}"`)
  else if (now - since > SINCE_MAX_MS)
    problems.push(`"${MONITOR_INPUT.since}" may go back at most 90 days, got "${shown(value)}"`)
  return since
}
