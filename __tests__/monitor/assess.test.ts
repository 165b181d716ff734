// The monitor's judgement, free of I/O: statuses as Adobe spells them, findings, fail-on.
import { describe, expect, it } from '@jest/globals'

import {
  ConnectionSeen,
  failsOn,
  findingsOf,
  FlowSeen,
  lastSuccess,
  outcomeOf,
  RunSeen,
  statusOf,
  Watched
} from '../../src/monitor/assess.js'

const HOUR = 3_600_000
const NOW = Date.UTC(2026, 11, 6, 12)
const WINDOW = { since: NOW - 24 * HOUR, now: NOW }
const run = (over: Partial<RunSeen> = {}): RunSeen => ({
  id: 'r-1',
  status: 'success',
  startedAt: NOW - HOUR,
  completedAt: NOW - HOUR + 60_000,
  recordsRead: 10,
  recordsWritten: 10,
  recordsFailed: 0,
  errors: [],
  ...over
})
const HOURLY: FlowSeen = {
  id: 'f-1',
  name: 'Incidents',
  state: 'enabled',
  frequency: 'hour',
  interval: 1,
  startTime: NOW - 48 * HOUR
}
const found = (runs: RunSeen[], flow: Partial<FlowSeen> = {}, connection?: ConnectionSeen): Watched => ({
  entry: 'Incidents',
  kind: 'found',
  flow: { ...HOURLY, ...flow },
  runs,
  ...(connection && { connection })
})

describe('outcomeOf: statuses as Adobe spells them, without regard to case', () => {
  it.each([
    ['success', 'success'],
    ['SUCCESS', 'success'],
    ['Failed', 'failed'],
    ['failed', 'failed'],
    ['partialSuccess', 'partial'],
    ['PARTIAL_SUCCESS', 'partial'],
    ['PARTIAL_FAILURE', 'partial'],
    ['inProgress', 'running'],
    ['somethingNew', 'unknown']
  ])('%s is %s', (status, outcome) => {
    expect(outcomeOf(run({ status }))).toBe(outcome)
  })

  it('a success with failed records is partial', () => {
    expect(outcomeOf(run({ recordsFailed: 3 }))).toBe('partial')
  })
})

describe('findingsOf', () => {
  it('a healthy hourly dataflow: none', () => {
    expect(findingsOf(found([run()]), WINDOW, { expectRuns: true })).toEqual([])
  })

  it('failed and partial runs, a state that is not enabled, rejected credentials: each a finding, in that order', () => {
    const failed = run({ id: 'r-2', status: 'Failed', errors: [{ code: 'CONNECTOR-2001', message: 'no access' }] })
    const partial = run({ id: 'r-3', status: 'partialSuccess', recordsFailed: 2 })
    const rejected = { id: 'b-1', rejected: { code: '1099-400', message: 'Invalid credentials' } }
    expect(findingsOf(found([failed, partial], { state: 'disabled' }, rejected), WINDOW, { expectRuns: true })).toEqual(
      [
        { kind: 'not-enabled', state: 'disabled' },
        { kind: 'credentials-rejected', connection: rejected },
        { kind: 'failed-run', run: failed },
        { kind: 'partial-run', run: partial }
      ]
    )
  })

  it('a run due in the window that did not happen: missed, once it is late by a tenth of its period (at least 5 minutes)', () => {
    const lastAt = NOW - 2 * HOUR
    expect(findingsOf(found([run({ startedAt: lastAt })]), WINDOW, { expectRuns: true })).toEqual([
      { kind: 'missed-run', dueAt: lastAt + HOUR }
    ])
    // Due 6 minutes ago: not yet late.
    expect(findingsOf(found([run({ startedAt: NOW - HOUR - 6 * 60_000 })]), WINDOW, { expectRuns: true })).toEqual([])
    // expect-runs false: not looked at.
    expect(findingsOf(found([run({ startedAt: lastAt })]), WINDOW, { expectRuns: false })).toEqual([])
  })

  it('a dataflow that stopped running stays flagged after its first missed time leaves the window; one never run, too', () => {
    // Its last run 40 hours ago: due 39 hours ago, before the 24-hour window began.
    expect(findingsOf(found([], { lastRunAt: NOW - 40 * HOUR }), WINDOW, { expectRuns: true })).toEqual([
      { kind: 'missed-run', dueAt: NOW - 39 * HOUR }
    ])
    expect(findingsOf(found([]), WINDOW, { expectRuns: true })).toEqual([
      { kind: 'missed-run', dueAt: NOW - 48 * HOUR }
    ])
    // A start time moved into the future: not due before it.
    expect(
      findingsOf(found([], { lastRunAt: NOW - 72 * HOUR, startTime: NOW + HOUR }), WINDOW, { expectRuns: true })
    ).toEqual([])
  })

  it("the dataflow's own last run counts, in the window or not; a once dataflow is never due", () => {
    expect(findingsOf(found([], { lastRunAt: NOW - 30 * 60_000 }), WINDOW, { expectRuns: true })).toEqual([])
    expect(findingsOf(found([], { frequency: 'once' }), WINDOW, { expectRuns: true })).toEqual([])
    // Daily, last run 30 hours ago: due 6 hours ago, inside the window.
    expect(
      findingsOf(found([], { frequency: 'day', lastRunAt: NOW - 30 * HOUR }), WINDOW, { expectRuns: true })
    ).toEqual([{ kind: 'missed-run', dueAt: NOW - 6 * HOUR }])
  })

  it('not found and ambiguous lines are findings of their own', () => {
    expect(findingsOf({ entry: 'Nope', kind: 'not-found' }, WINDOW, { expectRuns: true })).toEqual([
      { kind: 'not-found' }
    ])
    expect(findingsOf({ entry: 'Twice', kind: 'ambiguous', ids: ['a', 'b'] }, WINDOW, { expectRuns: true })).toEqual([
      { kind: 'ambiguous', ids: ['a', 'b'] }
    ])
  })
})

describe('fail-on', () => {
  const partial = [{ kind: 'partial-run' as const, run: run({ status: 'partialSuccess' }) }]
  const failed = [{ kind: 'failed-run' as const, run: run({ status: 'Failed' }) }]

  it.each([
    ['failed', partial, false, 'healthy'],
    ['failed', failed, true, 'unhealthy'],
    ['partial', partial, true, 'unhealthy'],
    ['never', failed, false, 'unhealthy'],
    ['never', [], false, 'healthy']
  ] as const)('%s with %j: fails %s, status %s', (failOn, findings, fails, status) => {
    expect([failsOn(findings, failOn), statusOf(findings, failOn)]).toEqual([fails, status])
  })
})

describe('lastSuccess', () => {
  it('is the latest successful run of the window', () => {
    const older = run({ id: 'old', startedAt: NOW - 5 * HOUR })
    const newer = run({ id: 'new', startedAt: NOW - 2 * HOUR })
    expect(lastSuccess([newer, run({ id: 'f', status: 'Failed', startedAt: NOW - HOUR }), older])?.id).toBe('new')
    expect(lastSuccess([run({ status: 'Failed' })])).toBeUndefined()
  })
})
