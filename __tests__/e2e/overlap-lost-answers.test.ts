// Two faults at once: runs of one name overlap, and their create answers are lost (the POST gets
// no answer and commits a second later: a late commit). Every run must end with the one object of
// each kind, and the next run must write nothing. Both bundles, against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'
import { validDataflowInputs, validInputs } from '../support/e2e.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

/** Every request that could change something. */
const writes = (): string[] =>
  emulator.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/')).map(r => `${r.method} ${r.path}`)

function expectOk(run: ActionRun): void {
  expect({ code: run.code, errors: run.stdout.split('\n').filter(l => l.startsWith('::error')) }).toEqual({
    code: 0,
    errors: []
  })
}

/**
 * Every create POST matching `path` is held: with `lost` the first `lost` of them get no answer and
 * commit a second after they arrive; the others are answered after a second. So all runs look up
 * before any create lands, and the runs whose answer is lost cannot tell which object is theirs.
 */
function holdCreates(path: RegExp | string, lost: number): void {
  emulator.fault({ method: 'POST', path, times: lost, action: { lateCommitMs: 1000 } })
  emulator.fault({ method: 'POST', path, times: Infinity, action: { delayMs: 1000 } })
}

describe('base connection: overlapping runs whose create answers are lost', () => {
  const CONNECTIONS = '/data/foundation/flowservice/connections'

  it.each([
    [2, 1],
    [2, 2],
    [3, 1],
    [3, 3],
    [5, 5]
  ])(
    '%i runs, %i answers lost: one connection, every run outputs it, the next run writes nothing',
    async (count, lost) => {
      holdCreates(CONNECTIONS, lost)
      const runInputs = validInputs(emulator, { name: 'Oracle lost overlap', 'timeout-seconds': '2' })
      const runs = await Promise.all(Array.from({ length: count }, () => runAction({ inputs: runInputs })))
      for (const run of runs) expectOk(run)
      expect(writes().filter(w => w === `POST ${CONNECTIONS}`).length).toBeGreaterThanOrEqual(count)
      const [only, ...others] = emulator.connections()
      expect(others).toEqual([])
      expect(runs.map(run => run.outputs['base-connection-id'])).toEqual(runs.map(() => only?.id))
      expect(runs.filter(run => run.outputs.created === 'true').length).toBeLessThanOrEqual(1)

      emulator.requests.length = 0
      const next = await runAction({ inputs: runInputs })
      expectOk(next)
      expect(writes()).toEqual([])
      expect(next.outputs).toMatchObject({ 'base-connection-id': only?.id, outcome: 'reused' })
    }
  )
})

describe('dataflow: overlapping runs whose create answers are lost', () => {
  const MAPPING = '- source: id\n  destination: _acme.incidentId\n'
  const runDataflow = (baseId: string): Promise<ActionRun> =>
    runAction({
      action: 'dataflow',
      inputs: validDataflowInputs(emulator, baseId, { 'start-time': '1767225600', 'timeout-seconds': '2' }),
      workspace: { 'mappings/incidents.yaml': MAPPING }
    })

  it.each([
    [2, 1],
    [3, 3]
  ])(
    '%i runs, %i answers of each create lost: one source, target and dataflow, every run outputs them, the next run writes nothing',
    async (count, lost) => {
      const baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
      holdCreates(/\/(sourceConnections|targetConnections|flows)$/, lost * 3)
      const runs = await Promise.all(Array.from({ length: count }, () => runDataflow(baseId)))
      for (const run of runs) expectOk(run)
      const ids = (list: readonly { id: string }[]): string[] => list.map(item => item.id)
      const [sources, targets, flows] = [
        ids(emulator.sourceConnections()),
        ids(emulator.targetConnections()),
        ids(emulator.flows())
      ]
      expect([sources.length, targets.length, flows.length]).toEqual([1, 1, 1])
      const [source, target, flow] = [sources[0], targets[0], flows[0]]
      for (const run of runs)
        expect(run.outputs).toMatchObject({
          'dataflow-id': flow,
          'source-connection-id': source,
          'target-connection-id': target
        })

      emulator.requests.length = 0
      const next = await runDataflow(baseId)
      expectOk(next)
      expect(writes()).toEqual([])
      expect(next.outputs.outcome).toBe('unchanged')
    }
  )
})
