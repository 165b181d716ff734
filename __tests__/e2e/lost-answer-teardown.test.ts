// With delete-on-completion, a create whose answer was lost (it committed, the connection was
// reset) is found by the main step as the one object of the name that was not there at the look-up
// (the rule the post step applies after a kill), recorded, and deleted by the post step in order.
// Both bundles, no overlap.
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

/** Every request that could change something, ids replaced. */
function writes(): string[] {
  return emulator.requests
    .filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/'))
    .map(r => `${r.method} ${r.rawUrl.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{32}/g, '{id}')}`)
}

function expectOk(run: ActionRun): void {
  expect({
    code: run.code,
    stderr: run.stderr,
    errors: run.stdout.split('\n').filter(l => l.startsWith('::error'))
  }).toEqual({ code: 0, stderr: '', errors: [] })
}

describe('dataflow: the dataflow create answer is lost, with delete-on-completion', () => {
  const MAPPING = '- source: id\n  destination: _acme.incidentId\n'
  const run = (baseId: string, entry: 'main' | 'post', state?: Record<string, string>): Promise<ActionRun> =>
    runAction({
      action: 'dataflow',
      entry,
      state,
      inputs: validDataflowInputs(emulator, baseId, {
        'start-time': '1767225600',
        'delete-on-completion': 'true',
        'timeout-seconds': '2'
      }),
      workspace: { 'mappings/incidents.yaml': MAPPING }
    })

  it('the post step deletes the dataflow it found, then the connections: nothing stays live or scheduled', async () => {
    const baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
    emulator.fault({ method: 'POST', path: '/flows', action: { reset: true, commit: true } })
    const main = await run(baseId, 'main')
    expectOk(main)
    const [flow, ...otherFlows] = emulator.flows()
    expect(otherFlows).toEqual([])
    expect(main.outputs['dataflow-id']).toBe(flow?.id)
    expect(main.stdout).toContain(`dataflow ${flow?.id} of this name appeared after it was sent: using it`)
    // The create stays pending in the record, with the id the main step went on with: that id was
    // never in an answer.
    expect(JSON.parse(main.state.pending ?? '')).toEqual({
      flow: expect.objectContaining({ name: 'Incidents', before: [], found: flow?.id })
    })
    expect(Object.keys(JSON.parse(main.state.created ?? '') as Record<string, string>).sort()).toEqual([
      'source',
      'target'
    ])

    emulator.requests.length = 0
    const post = await run(baseId, 'post', main.state)
    expectOk(post)
    expect(post.stdout.split('\n').filter(l => l.startsWith('::warning'))).toEqual([])
    expect(writes()).toEqual([
      'DELETE /data/foundation/flowservice/flows/{id}',
      'DELETE /data/foundation/flowservice/targetConnections/{id}',
      'DELETE /data/foundation/flowservice/sourceConnections/{id}'
    ])
    expect([emulator.flows(), emulator.sourceConnections(), emulator.targetConnections()]).toEqual([[], [], []])
  })
})

describe('base connection: the create answer is lost, with delete-on-completion', () => {
  it('the post step deletes the base connection the main step found', async () => {
    emulator.fault({
      method: 'POST',
      path: '/data/foundation/flowservice/connections',
      action: { reset: true, commit: true }
    })
    const inputs = validInputs(emulator, { 'delete-on-completion': 'true', 'timeout-seconds': '2' })
    const main = await runAction({ inputs })
    expectOk(main)
    const [made, ...others] = emulator.connections()
    expect(others).toEqual([])
    expect(main.outputs).toMatchObject({ 'base-connection-id': made?.id, created: 'false', outcome: 'reused' })

    emulator.requests.length = 0
    const post = await runAction({ inputs, entry: 'post', state: main.state })
    expectOk(post)
    expect(writes()).toEqual(['DELETE /data/foundation/flowservice/connections/{id}'])
    expect(post.stdout).toContain(`delete-on-completion: deleted base connection ${made?.id}`)
    expect(emulator.connections()).toEqual([])
  })
})
