// What the monitor writes: the report's shape, and its bounds for a dataflow with many runs.
import { describe, expect, it } from '@jest/globals'

import { RunSeen, Watched } from '../../src/monitor/assess.js'
import {
  assess,
  outputsOf,
  REPORT_BUDGET,
  REPORT_FINDINGS,
  REPORT_RUNS,
  summaryOf
} from '../../src/monitor/describe.js'
import { MonitorConfig } from '../../src/monitor/inputs.js'

const NOW = Date.UTC(2026, 11, 6, 12)
const WINDOW = { since: NOW - 86_400_000, now: NOW }
const config = { expectRuns: true } as MonitorConfig
const failed = (i: number): RunSeen => ({
  id: `r-${i}`,
  status: 'Failed',
  startedAt: NOW - (i + 1) * 60_000,
  completedAt: NOW - i * 60_000,
  errors: [{ code: 'CONNECTOR-1001-500', message: `attempt ${i}` }]
})
const everyMinute = (count: number): Watched => ({
  entry: 'Busy',
  kind: 'found',
  flow: {
    id: 'f-1',
    name: 'Busy',
    state: 'enabled',
    frequency: 'minute',
    interval: 1,
    startTime: NOW - 2 * 86_400_000
  },
  runs: Array.from({ length: count }, (_, i) => failed(i))
})

describe('the report of a dataflow with many runs', () => {
  it(`keeps the newest ${REPORT_RUNS} runs and the first ${REPORT_FINDINGS} findings, and says how many there were`, () => {
    const outputs = outputsOf(assess([everyMinute(60)], WINDOW, config), 'failed')
    const [report] = JSON.parse(outputs['report'] ?? '[]') as {
      runCount: number
      runs: { id: string }[]
      findings: string[]
    }[]
    expect([outputs['status'], outputs['failed-runs']]).toEqual(['unhealthy', '60'])
    expect(report?.runCount).toBe(60)
    expect(report?.runs.map(run => run.id)).toEqual(Array.from({ length: REPORT_RUNS }, (_, i) => `r-${i}`))
    expect(report?.findings).toHaveLength(REPORT_FINDINGS + 1)
    expect(report?.findings.at(-1)).toBe('… and 40 more findings')
  })

  it('the summary shows as many runs, and says so', () => {
    const summary = summaryOf(assess([everyMinute(60)], WINDOW, config), WINDOW, 'failed')
    const [section] = summary.sections ?? []
    expect(section?.table).toHaveLength(REPORT_RUNS + 1)
    expect(section?.lines?.at(-1)).toBe(`the newest ${REPORT_RUNS} of 60 runs`)
  })
})

describe('the report of fifty failing dataflows with long errors', () => {
  it(`stays within ${REPORT_BUDGET} characters: fewer runs and findings a dataflow, never fewer dataflows`, () => {
    const long = (i: number): RunSeen => ({
      ...failed(i),
      errors: Array.from({ length: 5 }, (_, e) => ({ code: `CONNECTOR-100${e}-500`, message: 'x'.repeat(400) }))
    })
    const many: Watched[] = Array.from({ length: 50 }, (_, f) => ({
      ...everyMinute(0),
      entry: `Busy ${f}`,
      runs: Array.from({ length: 60 }, (_, i) => long(i))
    }))
    const text = outputsOf(assess(many, WINDOW, config), 'failed')['report'] ?? ''
    const report = JSON.parse(text) as { entry: string; runCount: number; findingCount: number; runs: unknown[] }[]
    expect(text.length).toBeLessThanOrEqual(REPORT_BUDGET)
    expect(report.map(r => r.entry)).toEqual(many.map(w => w.entry))
    expect(report[0]).toMatchObject({ runCount: 60, findingCount: 60, runs: [] })
  })
})
