// The monitor's inputs: the same rules as the other actions, and its own (dataflows, since, fail-on).
import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

import { MONITOR_INPUT_DEFAULTS, readMonitorConfig } from '../../src/monitor/inputs.js'
import { MONITOR_INPUT, MONITOR_OUTPUT } from '../../src/monitor/names.js'
import { problemsOf, setRunnerInputs } from '../support/runner-inputs.js'
import { captureStdout } from '../support/stdout.js'

interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: Record<string, string>
}
const monitorYml = parse(readFileSync(new URL('../../monitor/action.yml', import.meta.url), 'utf8')) as ActionYml
const baseYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml

captureStdout()

const NOW = Date.UTC(2026, 11, 6, 12)
const VALID = {
  'client-id': 'cid',
  'client-secret': 'shh-client-secret',
  'org-id': '0123456789ABCDEF01234567@AdobeOrg',
  dataflows:
    'Oracle Service Cloud incidents\n  3C5F8E2A-9B41-4D7E-A6C0-1F2E3D4C5B6A  \n\nOracle Service Cloud incidents\n'
}
const read = (inputs: Record<string, string>) => {
  setRunnerInputs(monitorYml.inputs, inputs)
  return readMonitorConfig(NOW)
}
const problems = (inputs: Record<string, string>) => {
  setRunnerInputs(monitorYml.inputs, inputs)
  return problemsOf(() => readMonitorConfig(NOW))
}

describe('readMonitorConfig', () => {
  it('reads one id or name a line (blank lines skipped, ids in lower case, each once), and the defaults', () => {
    expect(read(VALID)).toMatchObject({
      dataflows: ['Oracle Service Cloud incidents', '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'],
      since: NOW - 24 * 3_600_000,
      failOn: 'failed',
      checkConnection: true,
      expectRuns: true,
      sandboxName: 'prod'
    })
  })

  it.each([
    ['90m', NOW - 90 * 60_000],
    ['7d', NOW - 7 * 86_400_000],
    ['2026-12-01T06:00:00Z', Date.UTC(2026, 11, 1, 6)],
    ['2026-12-01T07:00:00+01:00', Date.UTC(2026, 11, 1, 6)]
  ])('reads since %s', (since, expected) => {
    expect(read({ ...VALID, since }).since).toBe(expected)
  })

  it('reports every bad input at once, naming it and saying what it expects, before any request', () => {
    expect(
      problems({ ...VALID, dataflows: ' \n ', since: 'yesterday', 'fail-on': 'sometimes', 'expect-runs': 'maybe' })
    ).toEqual([
      '"dataflows" is empty: is the variable or secret that sets it defined for this GitHub environment? Expected dataflow ids or names, one per line',
      '"since" must be a duration back from now (90m, 24h, 7d; at most 90d) or an ISO 8601 date and time with a time zone (e.g. 2026-12-01T06:00:00Z), got "yesterday"',
      expect.stringMatching(/^"fail-on" must be one of failed, partial, never/),
      expect.stringMatching(/^"expect-runs" must be/)
    ])
  })

  it('refuses a window in the future or beyond 90 days, and more than 50 dataflows', () => {
    expect(problems({ ...VALID, since: '2027-01-01T00:00:00Z' })).toEqual([
      '"since" must lie in the past, got "2027-01-01T00:00:00Z"'
    ])
    expect(problems({ ...VALID, since: '91d' })).toEqual(['"since" may go back at most 90 days, got "91d"'])
    const many = Array.from({ length: 51 }, (_, i) => `Flow ${i}`).join('\n')
    expect(problems({ ...VALID, dataflows: many })).toEqual([
      '"dataflows" may name at most 50 dataflows, got 51: split them over several steps'
    ])
  })
})

describe('monitor/action.yml', () => {
  it('declares exactly the inputs of MONITOR_INPUT, with the defaults of MONITOR_INPUT_DEFAULTS', () => {
    expect(Object.keys(monitorYml.inputs)).toEqual(Object.values(MONITOR_INPUT))
    const declared = Object.fromEntries(
      Object.entries(monitorYml.inputs).flatMap(([name, spec]) =>
        spec.default === undefined ? [] : [[name, spec.default]]
      )
    )
    expect(MONITOR_INPUT_DEFAULTS).toEqual(declared)
    expect(Object.keys(monitorYml.outputs)).toEqual(Object.values(MONITOR_OUTPUT))
  })

  it('declares the Adobe access inputs exactly as the base connection action does, and has no post step', () => {
    for (const name of [
      'client-id',
      'client-secret',
      'scopes',
      'access-token',
      'api-key',
      'org-id',
      'sandbox-name',
      'platform-url',
      'ims-url',
      'timeout-seconds',
      'max-attempts'
    ])
      expect(monitorYml.inputs[name]).toEqual(baseYml.inputs[name])
    expect(monitorYml.runs).toEqual({ using: 'node24', main: '../dist/monitor/index.js' })
  })
})
