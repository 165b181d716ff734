// The monitor action (dist/monitor/index.js) against the emulator's seeded run histories: each
// finding, each fail-on, names and ids, a name two dataflows share, a dataflow that is not there,
// and not one write sent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const now = (): number => Date.now()
/** An hourly dataflow that started two days ago. */
const hourly = (name: string, more: Record<string, unknown> = {}) =>
  emulator.seedFlow({
    name,
    scheduleParams: { startTime: Math.floor((now() - 48 * HOUR) / 1000), frequency: 'hour', interval: 1 },
    createdAt: now() - 48 * HOUR,
    ...more
  })
/** A successful run that started `ago` ms ago and took a minute. */
const success = (ago: number) => ({
  startedAt: now() - ago,
  completedAt: now() - ago + MINUTE,
  status: 'success' as const,
  records: { input: 10, output: 10 }
})

function monitor(dataflows: string, more: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    action: 'monitor',
    inputs: {
      'client-id': DEMO_CLIENT.clientId,
      'client-secret': DEMO_CLIENT.clientSecret,
      'org-id': DEMO_CLIENT.orgId,
      'platform-url': emulator.url,
      'ims-url': emulator.url,
      dataflows,
      ...more
    }
  })
}

interface Reported {
  entry: string
  id: string | null
  name: string | null
  findings: string[]
  state?: string
  baseConnection?: { id: string; state: string | null; credentials: string } | null
  lastSuccess?: string | null
  runs?: { id: string; status: string; recordsRead: number | null; recordsFailed: number | null; errors: unknown[] }[]
}
const reportOf = (run: ActionRun): Reported[] => JSON.parse(run.outputs['report'] ?? '[]') as Reported[]
const errorLines = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::error::'))
/** Every request but the token's was a read. */
const writes = (): string[] =>
  emulator.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/')).map(r => `${r.method} ${r.path}`)

describe('a healthy dataflow', () => {
  it('by name: healthy, its runs in the report, nothing written', async () => {
    const flow = hourly('Incidents')
    const runs = emulator.seedRuns(flow.id, [success(3 * HOUR), success(2 * HOUR), success(30 * MINUTE)])
    const run = await monitor('Incidents')
    expect([run.code, run.outputs['status'], run.outputs['failed-runs']]).toEqual([0, 'healthy', '0'])
    const [reported] = reportOf(run)
    expect(reported).toMatchObject({
      entry: 'Incidents',
      id: flow.id,
      name: 'Incidents',
      state: 'enabled',
      findings: [],
      baseConnection: { credentials: 'accepted', state: 'enabled' },
      lastSuccess: new Date(runs[0]?.metrics.durationSummary.startedAtUTC ?? 0).toISOString()
    })
    expect(reported?.runs?.map(r => [r.id, r.status, r.recordsRead])).toEqual(runs.map(r => [r.id, 'success', 10]))
    expect(writes()).toEqual([])
    // Runs are read filtered on Flow Service's side: this dataflow, since the window's start.
    const runReads = emulator.requests.filter(r => r.path.endsWith('/runs'))
    expect(runReads.map(r => r.query['property']?.[0])).toEqual([`flowId==${flow.id}`])
    expect(runReads[0]?.query['property']?.[1]).toMatch(/^metrics\.durationSummary\.startedAtUTC>\d{13}$/)
    expect(runReads[0]?.query['limit']).toEqual(['1000'])
  })
})

describe('findings', () => {
  it("a failed run: unhealthy, the step fails after the outputs, with Adobe's errors in the report", async () => {
    const flow = hourly('Incidents')
    const [failed] = emulator.seedRuns(flow.id, [
      {
        startedAt: now() - 20 * MINUTE,
        completedAt: now() - 19 * MINUTE,
        status: 'Failed',
        records: { input: 0, output: 0 },
        errors: [{ code: 'CONNECTOR-1001-500', message: 'The source\n::error::is unreachable' }]
      }
    ])
    const run = await monitor('Incidents')
    expect([run.code, run.outputs['status'], run.outputs['failed-runs']]).toEqual([1, 'unhealthy', '1'])
    // Adobe's text as the clients keep it: control characters written out, so no line can start a command.
    expect(reportOf(run)[0]?.runs?.[0]?.errors).toEqual([
      { code: 'CONNECTOR-1001-500', message: 'The source\\n::error::is unreachable' }
    ])
    expect(errorLines(run)).toEqual([
      '::error::Unhealthy (fail-on: failed): "Incidents". The report output and the job summary list each finding.'
    ])
    // Adobe's text cannot start a workflow command in the log, nor mark up the summary.
    expect(run.stdout).not.toMatch(/^::error::is unreachable/m)
    expect(run.summary).toContain(`run ${failed?.id} failed (Failed): CONNECTOR-1001-500: The source`)
    expect(run.summary).not.toContain('<script')
    expect(writes()).toEqual([])
  })

  it('a run with failed records: only fail-on partial fails; never reports and passes', async () => {
    const flow = hourly('Incidents')
    emulator.seedRuns(flow.id, [
      {
        startedAt: now() - 20 * MINUTE,
        completedAt: now() - 19 * MINUTE,
        status: 'success',
        records: { input: 10, output: 7, failed: 3 },
        errors: [{ code: 'MAPPER-1100-400', message: 'Three rows did not map' }]
      }
    ])
    const failed = await monitor('Incidents')
    const partial = await monitor('Incidents', { 'fail-on': 'partial' })
    const never = await monitor('Incidents', { 'fail-on': 'never' })
    expect([failed.code, failed.outputs['status']]).toEqual([0, 'healthy'])
    expect([partial.code, partial.outputs['status']]).toEqual([1, 'unhealthy'])
    expect([never.code, never.outputs['status']]).toEqual([0, 'unhealthy'])
    expect(reportOf(partial)[0]?.findings).toEqual([
      expect.stringMatching(
        /^run [0-9a-f-]{36} ended success with 3 failed records: MAPPER-1100-400: Three rows did not map$/
      )
    ])
  })

  it('a disabled dataflow, and one whose due run did not happen', async () => {
    hourly('Paused', { state: 'disabled' })
    const late = hourly('Late')
    emulator.seedRuns(late.id, [success(3 * HOUR)])
    const run = await monitor('Paused\nLate')
    expect(run.code).toBe(1)
    const [paused, missed] = reportOf(run)
    expect(paused?.findings).toEqual(['the dataflow is disabled, not enabled: it does not run'])
    expect(missed?.findings).toEqual([
      expect.stringMatching(/^no run since \S+Z, when the schedule said it should have run$/)
    ])
    // expect-runs false: the late one is not flagged.
    const relaxed = await monitor('Late', { 'expect-runs': 'false' })
    expect([relaxed.code, reportOf(relaxed)[0]?.findings]).toEqual([0, []])
  })

  it('credentials the source rejects: names the base connection and the secret to rotate; check-connection false skips it', async () => {
    const base = emulator.seedConnection({
      name: 'Stale account',
      params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'an-old-password' }
    })
    const flow = hourly('Incidents', { baseConnectionId: base.id })
    emulator.seedRuns(flow.id, [success(30 * MINUTE)])
    const run = await monitor('Incidents')
    expect(run.code).toBe(1)
    const [reported] = reportOf(run)
    expect(reported?.baseConnection).toMatchObject({ id: base.id, credentials: 'rejected' })
    expect(reported?.findings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^the source rejects the credentials of base connection ${base.id} \\("Stale account"\\).*Rotate the source's password \\(the ORACLE_PASSWORD secret\\) and run the base connection action with if-exists: update and verify: true$`
        )
      )
    ])
    // Flow Service returns the stored password with the base connection: it reaches no log, output or summary.
    expect(`${run.stdout}${run.stderr}${JSON.stringify(run.outputs)}${run.summary}`).not.toContain('an-old-password')
    const skipped = await monitor('Incidents', { 'check-connection': 'false' })
    expect([skipped.code, reportOf(skipped)[0]?.baseConnection]).toEqual([0, null])
    expect(emulator.requests.filter(r => r.path.endsWith('/explore')).length).toBe(1)
  })
})

describe('names and ids', () => {
  it('an id and a name of the same dataflow, a name two share, a name and an id that are not there: the others still reported', async () => {
    const one = hourly('Incidents')
    emulator.seedRuns(one.id, [success(30 * MINUTE)])
    const twinA = hourly('Contacts')
    const twinB = hourly('Contacts')
    const missingId = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'
    const run = await monitor(`${one.id.toUpperCase()}\nIncidents\nContacts\nNo such dataflow\n${missingId}`)
    expect(run.code).toBe(1)
    const report = reportOf(run)
    expect(report.map(r => [r.entry, r.id])).toEqual([
      [one.id, one.id],
      ['Incidents', one.id],
      ['Contacts', null],
      ['No such dataflow', null],
      [missingId, null]
    ])
    expect(report[2]?.findings).toEqual([
      `2 dataflows have this name (${[twinA.id, twinB.id].sort().join(', ')}): give the id instead`
    ])
    expect(report[3]?.findings).toEqual([
      'no dataflow of this id or name in the sandbox: check "dataflows" and "sandbox-name"'
    ])
    expect(errorLines(run)).toEqual([
      `::error::Unhealthy (fail-on: failed): "Contacts", "No such dataflow" and "${missingId}". The report output and the job summary list each finding.`
    ])
    expect(writes()).toEqual([])
  })
})

describe('bad input', () => {
  it('is refused before any request, naming the input', async () => {
    const run = await monitor('Incidents', { since: 'last week', 'fail-on': 'often' })
    expect(run.code).toBe(1)
    expect(errorLines(run)[0]).toMatch(/^::error::Invalid inputs:/)
    expect(run.stdout).toContain('"since" must be a duration back from now')
    expect(run.stdout).toContain('"fail-on" must be one of failed, partial, never')
    expect(emulator.requests).toEqual([])
  })
})

describe('twenty dataflows', () => {
  it('cost three waves of reads after the token: the dataflows, their runs and sources, their base connections', async () => {
    const HELD_MS = 150
    const flows = Array.from({ length: 20 }, (_, i) => hourly(`Table ${i}`))
    for (const flow of flows) emulator.seedRuns(flow.id, [success(30 * MINUTE)])
    emulator.requests.splice(0)
    // Every platform answer held back: requests within that time of each other were in flight together.
    emulator.fault({ path: /^\/data\//, times: Infinity, action: { delayMs: HELD_MS } })
    const run = await monitor(flows.map(flow => flow.name).join('\n'))
    expect([run.code, run.outputs['status']]).toEqual([0, 'healthy'])
    const platform = emulator.requests.filter(r => r.path.startsWith('/data/')).sort((a, b) => a.at - b.at)
    const waves: string[][] = []
    let last = -Infinity
    for (const request of platform) {
      if (request.at - last > HELD_MS / 2) waves.push([])
      waves.at(-1)?.push(request.path.replace(/[0-9a-f-]{36}/g, '{id}'))
      last = request.at
    }
    const kinds = waves.map(wave => [...new Set(wave)].sort())
    expect(kinds).toEqual([
      ['/data/foundation/flowservice/flows'],
      ['/data/foundation/flowservice/runs', '/data/foundation/flowservice/sourceConnections/{id}'],
      ['/data/foundation/flowservice/connections/{id}', '/data/foundation/flowservice/connections/{id}/explore']
    ])
    expect(waves.map(wave => wave.length)).toEqual([20, 40, 40])
    expect(writes()).toEqual([])
  })
})
