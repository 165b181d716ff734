// The dataflow action's bundle (dist/dataflow/index.js), run as the runner runs it, against the
// emulator's Flow Service, Data Prep and Catalog over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  DATA_LAKE_SPEC_ID,
  DEMO_CLIENT,
  DEMO_DATASET,
  Emulator,
  startEmulator
} from '../../emulator/server.js'
import { ActionRun, runAction, RunActionOptions } from '../../harness/run-action.js'
import { expectNoLeak, expectNotShown, ORACLE_SPEC_ID, tokensSeen } from '../support/e2e.js'

let emulator: Emulator
let baseId: string
beforeAll(async () => {
  emulator = await startEmulator({ sandboxes: ['prod', 'dev'] })
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
})

const MAPPING = `- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
`
const CHANGED_MAPPING = `${MAPPING}- source: status
  destination: _acme.status
`

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'client-id': DEMO_CLIENT.clientId,
    'client-secret': DEMO_CLIENT.clientSecret,
    'org-id': DEMO_CLIENT.orgId,
    'platform-url': emulator.url,
    'ims-url': emulator.url,
    'base-connection-id': baseId,
    name: 'Incidents',
    table: 'incidents',
    'dataset-id': DEMO_DATASET.id,
    mapping: 'mappings/incidents.yaml',
    'start-time': '1767225600',
    ...overrides
  }
}

function runDataflow(
  overrides: Record<string, string> = {},
  options: Partial<RunActionOptions> = {}
): Promise<ActionRun> {
  return runAction({
    action: 'dataflow',
    inputs: inputs(overrides),
    workspace: { 'mappings/incidents.yaml': MAPPING },
    ...options
  })
}

/** Every request that could change something: not a GET, and not the token. */
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
  }).toEqual({
    code: 0,
    stderr: '',
    errors: []
  })
}

describe('the first run', () => {
  it('builds the chain in dependency order, the dataflow created as it is (no draft mode in this flow spec), and outputs every id', async () => {
    // With debug logging on too: no secret or token reaches the log.
    const run = await runDataflow({}, { env: { RUNNER_DEBUG: '1' } })
    expectOk(run)
    expect(writes()).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      'POST /data/foundation/flowservice/sourceConnections',
      'POST /data/foundation/flowservice/targetConnections',
      'POST /data/foundation/flowservice/flows'
    ])
    const body = (path: string) => emulator.requests.find(r => r.method === 'POST' && r.rawUrl.startsWith(path))?.json
    expect(body('/data/foundation/flowservice/sourceConnections')).toEqual({
      name: 'Incidents (source)',
      baseConnectionId: baseId,
      data: { format: 'tabular' },
      params: { tableName: 'incidents' },
      connectionSpec: { id: ORACLE_SPEC_ID, version: '1.0' }
    })
    expect(body('/data/foundation/flowservice/targetConnections')).toEqual({
      name: 'Incidents (target)',
      data: { schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType } },
      params: { dataSetId: DEMO_DATASET.id },
      connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' }
    })
    expect(body('/data/foundation/conversion/mappingSets')).toEqual({
      outputSchema: { schemaRef: DEMO_DATASET.schemaRef },
      mappings: [
        { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
        { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' }
      ]
    })
    const [source] = emulator.sourceConnections()
    const [target] = emulator.targetConnections()
    const [mapping] = emulator.mappingSets()
    const [flow, ...otherFlows] = emulator.flows()
    expect(otherFlows).toEqual([])
    expect(body('/data/foundation/flowservice/flows')).toEqual({
      name: 'Incidents',
      flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
      sourceConnectionIds: [source?.id],
      targetConnectionIds: [target?.id],
      transformations: [{ name: 'Mapping', params: { mappingId: mapping?.id, mappingVersion: '0' } }],
      scheduleParams: { startTime: 1767225600, frequency: 'hour', interval: '1' }
    })
    expect(flow?.state).toBe('enabled')
    expect(run.outputs).toEqual({
      'dataflow-id': flow?.id,
      'source-connection-id': source?.id,
      'target-connection-id': target?.id,
      'mapping-id': mapping?.id,
      'mapping-version': '0',
      state: 'enabled',
      outcome: 'created'
    })
    expectNoLeak(run, [DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
  })
})

describe('re-runs', () => {
  it('with the same inputs sends no write and outputs the same ids', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const again = await runDataflow({ 'start-time': '' })
    expectOk(again)
    expect(writes()).toEqual([])
    expect(again.outputs).toEqual({ ...first.outputs, outcome: 'unchanged' })
  })

  it('with a changed mapping file writes a new mapping version and patches the flow with If-Match', async () => {
    const first = await runDataflow()
    expectOk(first)
    const etag = emulator.flows()[0]?.etag
    emulator.requests.length = 0
    const again = await runDataflow({}, { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } })
    expectOk(again)
    expect(writes()).toEqual([
      'PUT /data/foundation/conversion/mappingSets/{id}',
      'PATCH /data/foundation/flowservice/flows/{id}'
    ])
    const patch = emulator.requests.find(r => r.method === 'PATCH')
    expect(patch?.headers['if-match']).toBe(etag)
    expect(patch?.json).toEqual([
      {
        op: 'replace',
        path: '/transformations/0',
        value: { name: 'Mapping', params: { mappingId: first.outputs['mapping-id'], mappingVersion: '1' } }
      }
    ])
    expect(again.outputs).toEqual({ ...first.outputs, 'mapping-version': '1', outcome: 'updated' })
  })

  it('with a changed schedule patches only the schedule, keeping the start time', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const again = await runDataflow({ frequency: 'day', interval: '2', 'start-time': '' })
    expectOk(again)
    expect(writes()).toEqual(['PATCH /data/foundation/flowservice/flows/{id}'])
    expect(emulator.requests.find(r => r.method === 'PATCH')?.json).toEqual([
      { op: 'replace', path: '/scheduleParams/frequency', value: 'day' },
      { op: 'replace', path: '/scheduleParams/interval', value: '2' }
    ])
    expect(again.outputs).toEqual({ ...first.outputs, outcome: 'updated' })
  })
})

describe('dry runs', () => {
  it('before the first run: prints the plan, writes nothing, outcome would-create', async () => {
    const run = await runDataflow({ 'dry-run': 'true' })
    expectOk(run)
    expect(writes()).toEqual([])
    expect(run.outputs).toEqual({ outcome: 'would-create' })
    expect(run.stdout).toContain('Dry run: dataflow "Incidents": create (hour every 1)')
    expect(run.summary).toContain('(dry run)')
  })

  it('after it, with a changed mapping: would-update, with the ids that stay', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const run = await runDataflow({ 'dry-run': 'true' }, { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } })
    expectOk(run)
    expect(writes()).toEqual([])
    expect(run.outputs).toEqual({
      'dataflow-id': first.outputs['dataflow-id'],
      'source-connection-id': first.outputs['source-connection-id'],
      'target-connection-id': first.outputs['target-connection-id'],
      state: 'enabled',
      outcome: 'would-update'
    })
    expect(run.stdout).toContain(
      `Dry run: mapping set: new version of ${first.outputs['mapping-id']} (now version 0; 3 mappings)`
    )
  })
})

describe('a half-built chain', () => {
  it('left by a run that failed before its dataflow is completed, never duplicated', async () => {
    emulator.fault({
      method: 'POST',
      path: '/flows',
      times: Infinity,
      action: { status: 400, body: { code: 'FLOW-1100-400' } }
    })
    const broken = await runDataflow()
    expect(broken.code).toBe(1)
    expect(emulator.flows()).toEqual([])
    const [source] = emulator.sourceConnections()
    const [target] = emulator.targetConnections()
    emulator.clearFaults()
    emulator.requests.length = 0

    const run = await runDataflow()
    expectOk(run)
    expect(writes()).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      'POST /data/foundation/flowservice/flows'
    ])
    expect(emulator.sourceConnections().map(s => s.id)).toEqual([source?.id])
    expect(emulator.targetConnections().map(t => t.id)).toEqual([target?.id])
    expect(run.outputs).toMatchObject({
      'source-connection-id': source?.id,
      'target-connection-id': target?.id,
      outcome: 'created'
    })
  })
})

describe('overlapping runs', () => {
  it.each([2, 3])('%i runs at once leave one chain, and all output it', async count => {
    // Every create is held a second, so that all runs look up before any create lands.
    emulator.fault({
      method: 'POST',
      path: /\/(sourceConnections|targetConnections|flows)$/,
      times: Infinity,
      action: { delayMs: 1000 }
    })
    const runs = await Promise.all(Array.from({ length: count }, () => runDataflow()))
    for (const run of runs) expectOk(run)
    // They did overlap: each created, and the losers deleted their own.
    expect(writes().filter(w => w === 'POST /data/foundation/flowservice/flows')).toHaveLength(count)
    expect(writes().filter(w => w.startsWith('DELETE /data/foundation/flowservice/flows/'))).toHaveLength(count - 1)
    const [flow, ...extraFlows] = emulator.flows()
    expect(extraFlows).toEqual([])
    expect(emulator.sourceConnections()).toHaveLength(1)
    expect(emulator.targetConnections()).toHaveLength(1)
    expect(flow?.state).toBe('enabled')
    expect(new Set(runs.map(r => r.outputs['dataflow-id']))).toEqual(new Set([flow?.id]))
    expect(new Set(runs.map(r => r.outputs['source-connection-id']))).toEqual(
      new Set([emulator.sourceConnections()[0]?.id])
    )
    expect(runs.filter(r => r.outputs.outcome === 'created')).toHaveLength(1)
  })

  /** Every create held a second, so that both runs look up before any create lands. */
  const holdCreates = (): void =>
    emulator.fault({
      method: 'POST',
      path: /\/(sourceConnections|targetConnections|flows)$/,
      times: Infinity,
      action: { delayMs: 1000 }
    })

  it("two runs at once with another mapping and schedule: the one that adopted the other's dataflow brings it to its own inputs and says so", async () => {
    holdCreates()
    const [a, b] = await Promise.all([
      runDataflow(),
      runDataflow({ frequency: 'day', interval: '2' }, { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } })
    ])
    expectOk(a)
    expectOk(b)
    const [flow, ...others] = emulator.flows()
    expect(others).toEqual([])
    expect([emulator.sourceConnections(), emulator.targetConnections()].map(list => list.length)).toEqual([1, 1])
    expect([a?.outputs['dataflow-id'], b?.outputs['dataflow-id']]).toEqual([flow?.id, flow?.id])
    // One created it; the other, whose dataflow lost, updated it in place to its own inputs last.
    const outcomes = [a?.outputs.outcome, b?.outputs.outcome]
    expect([...outcomes].sort()).toEqual(['created', 'updated'])
    const updater = outcomes[0] === 'updated' ? a : b
    expect(updater?.stdout).toContain(
      'Another run created part of the chain at the same time: planning again against what is live'
    )
    const mine = updater === b
    expect(flow?.scheduleParams).toMatchObject(
      mine ? { frequency: 'day', interval: '2' } : { frequency: 'hour', interval: '1' }
    )
    const mapping = flow?.transformations?.find(t => t.name === 'Mapping')?.params
    expect(updater?.outputs['mapping-id']).toBe(mapping?.mappingId)
    expect(updater?.outputs['mapping-version']).toBe(mapping?.mappingVersion)
    const set = emulator.mappingSets().find(m => m.id === mapping?.mappingId)
    const used = set?.versions.find(v => String(v.version) === mapping?.mappingVersion)
    expect(used?.mappings).toHaveLength(mine ? 3 : 2)
    // A re-run of the run whose inputs are live writes nothing.
    emulator.requests.length = 0
    const again = mine
      ? await runDataflow(
          { frequency: 'day', interval: '2' },
          { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } }
        )
      : await runDataflow()
    expectOk(again)
    expect(writes()).toEqual([])
    expect(again.outputs.outcome).toBe('unchanged')
  })

  it('two runs at once with another table: the one whose dataflow lost fails, naming the live one, and replaces nothing under the other', async () => {
    holdCreates()
    const runs = await Promise.all([runDataflow(), runDataflow({ table: 'archived_incidents' })])
    const winner = runs.find(r => r.code === 0)
    const loser = runs.find(r => r.code !== 0)
    // It created the dataflow, or its own dataflow lost too and it brought the other to its inputs.
    expect(['created', 'updated']).toContain(winner?.outputs.outcome)
    const [flow, ...others] = emulator.flows()
    expect(others).toEqual([])
    expect(winner?.outputs['dataflow-id']).toBe(flow?.id)
    expect(loser?.stdout.split('\n').filter(l => l.startsWith('::error::'))).toEqual([
      expect.stringContaining(
        `::error::Another run created dataflow "Incidents" (${flow?.id}) at the same time, with another table: that run's chain is live, and this run does not replace it under it.`
      )
    ])
    expect(loser?.outputs.outcome).toBeUndefined()
    // What is live is all the winner's: its dataflow, its one source connection, its table.
    const [source, ...extraSources] = emulator.sourceConnections()
    expect(extraSources).toEqual([])
    expect(flow?.sourceConnectionIds).toEqual([source?.id])
    expect(source?.params.tableName ?? source?.params.path).toBe(
      winner === runs[0] ? 'incidents' : 'archived_incidents'
    )
  })
})

describe('a cancelled job', () => {
  it('SIGINT mid-chain: the request in flight finishes, nothing further is sent, and the next run completes the chain', async () => {
    emulator.fault({ method: 'POST', path: '/targetConnections', action: { delayMs: 1000 } })
    const cancelled = await runDataflow(
      {},
      {
        onStart: child =>
          void (async () => {
            const arrived = (): boolean =>
              emulator.requests.some(r => r.method === 'POST' && r.path.endsWith('/targetConnections'))
            for (const end = Date.now() + 10_000; !arrived() && Date.now() < end;)
              await new Promise(resolve => setTimeout(resolve, 10))
            child.kill('SIGINT')
          })()
      }
    )
    expect(cancelled.code).toBe(1)
    expect(cancelled.stdout).toContain(
      '::error::The job was cancelled (SIGINT); stopped before the next part of the chain.'
    )
    expect(writes()).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      'POST /data/foundation/flowservice/sourceConnections',
      'POST /data/foundation/flowservice/targetConnections'
    ])
    expect(emulator.targetConnections()).toHaveLength(1)
    emulator.requests.length = 0

    const run = await runDataflow()
    expectOk(run)
    expect(writes()).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      'POST /data/foundation/flowservice/flows'
    ])
    expect(run.outputs).toMatchObject({
      'source-connection-id': emulator.sourceConnections()[0]?.id,
      'target-connection-id': emulator.targetConnections()[0]?.id,
      outcome: 'created'
    })
  })
})

describe('a killed job', () => {
  const posts = (path: string): number =>
    emulator.requests.filter(r => r.method === 'POST' && r.path.endsWith(path)).length

  it.each(['SIGKILL', 'SIGTERM'] as const)(
    '%s mid-POST of the dataflow: the post step deletes the draft that landed, then the connections',
    async signal => {
      emulator.fault({ method: 'POST', path: '/flows', action: { lateCommitMs: 1500 } })
      const main = await runDataflow(
        { 'delete-on-completion': 'true', 'timeout-seconds': '2' },
        {
          onStart: child =>
            void (async () => {
              for (const end = Date.now() + 10_000; posts('/flows') === 0 && Date.now() < end;)
                await new Promise(resolve => setTimeout(resolve, 10))
              child.kill(signal)
              await new Promise(resolve => setTimeout(resolve, 100))
              child.kill('SIGKILL')
            })()
        }
      )
      expect(main.code).not.toBe(0)
      expect(Object.keys(main.state).sort()).toEqual(['created', 'isPost', 'pending'])
      expect(JSON.parse(main.state.pending ?? '')).toMatchObject({ flow: { name: 'Incidents' } })
      emulator.requests.length = 0
      const post = await runDataflow({ 'delete-on-completion': 'true' }, { entry: 'post', state: main.state })
      expectOk(post)
      expect(writes()).toEqual([
        'DELETE /data/foundation/flowservice/flows/{id}',
        'DELETE /data/foundation/flowservice/targetConnections/{id}',
        'DELETE /data/foundation/flowservice/sourceConnections/{id}'
      ])
      expect([emulator.flows(), emulator.sourceConnections(), emulator.targetConnections()]).toEqual([[], [], []])
    }
  )
})

describe('bad input fails before any write, naming the input', () => {
  it.each([
    ['base-connection-id', { 'base-connection-id': '00000000-0000-4000-8000-000000000000' }, 'no base connection'],
    ['dataset-id', { 'dataset-id': '0123456789abcdef01234567' }, 'Catalog has no dataset'],
    ['flow-spec-name', { 'flow-spec-name': 'NoSuchSpec' }, 'no flow spec named "NoSuchSpec"'],
    ['interval', { frequency: 'minute', interval: '5' }, 'at least 15'],
    ['mapping', { mapping: 'mappings/missing.yaml' }, 'mappings/missing.yaml']
  ])('%s', async (input, overrides, text) => {
    const run = await runDataflow(overrides)
    expect(run.code).toBe(1)
    expect(writes()).toEqual([])
    const error = run.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''
    expect(error).toContain(`"${input}"`)
    expect(error).toContain(text)
    expect(run.stderr).not.toMatch(/ at /)
  })

  it("a mapping destination that is not a field of the dataset's schema: read from the Schema Registry, refused before any write, in the dry run too", async () => {
    for (const dryRun of ['true', 'false']) {
      emulator.requests.length = 0
      const run = await runDataflow(
        { 'dry-run': dryRun },
        { workspace: { 'mappings/incidents.yaml': `${MAPPING}- source: status\n  destination: _acme.stat\n` } }
      )
      expect(run.code).toBe(1)
      expect(writes()).toEqual([])
      expect(run.stdout).toContain(
        `::error::"mapping": the schema of "dataset-id" (${DEMO_DATASET.schemaRef.id}) has no field "_acme.stat", named as a destination; closest: _acme.status`
      )
    }
  })

  it('a table, a column or a mapping source that explore does not show: refused before any write, with the closest names', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { table: 'incident' },
        '::error::"table": the source has no table "incident" (by path or name); closest: incidents'
      ],
      [
        { columns: 'id,subject,subjekt' },
        '::error::"columns": table "incidents" has no column "subjekt"; closest: subject'
      ],
      [
        { 'delta-column': 'updatedAt' },
        '::error::"delta-column": table "incidents" has no column "updatedAt"; closest: updated'
      ],
      [
        { table: 'Incidents' },
        '::error::"table": 2 tables are named "Incidents" (paths incidents, archived_incidents): give the table\'s path instead.'
      ]
    ]
    for (const [inputs, error] of cases) {
      emulator.requests.length = 0
      const run = await runDataflow(inputs)
      expect(run.code).toBe(1)
      expect(writes()).toEqual([])
      expect(run.stdout).toContain(error)
    }
    const run = await runDataflow(
      {},
      { workspace: { 'mappings/incidents.yaml': `${MAPPING}- source: titel\n  destination: _acme.status\n` } }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::"mapping": table "incidents" has no column "titel", named as a source; closest: '
    )
  })

  it('a new start-time for a dataflow that has started: refused before any write, naming start-time', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const run = await runDataflow({ 'start-time': '1767312000', frequency: 'day' })
    expect(run.code).toBe(1)
    expect(writes()).toEqual([])
    expect(run.stdout).toContain(
      `::error::"start-time": dataflow "Incidents" (${first.outputs['dataflow-id']}) started at 1767225600 (epoch seconds), which has passed`
    )
  })

  it('a base connection that is not enabled', async () => {
    baseId = emulator.seedConnection({ name: 'Disabled', state: 'disabled' }).id
    const run = await runDataflow()
    expect(run.code).toBe(1)
    expect(writes()).toEqual([])
    expect(run.stdout).toContain(`"base-connection-id": base connection ${baseId} is disabled, not enabled`)
  })
})

describe('waiting', () => {
  it('first-run waits for the first run and outputs its status and records', async () => {
    const run = await runDataflow({ wait: 'first-run' })
    expectOk(run)
    expect(run.outputs).toMatchObject({ state: 'enabled', 'run-status': 'success', 'records-written': '42' })
  })
})

describe('delete-on-completion', () => {
  it('the post step deletes what the run created: the dataflow, then the target and source connections', async () => {
    const main = await runDataflow({ 'delete-on-completion': 'true' })
    expectOk(main)
    expect(main.stdout).toContain(
      '::warning::delete-on-completion is on: the dataflow and connections this run creates are deleted when this job ends.'
    )
    emulator.requests.length = 0
    const post = await runDataflow({ 'delete-on-completion': 'true' }, { entry: 'post', state: main.state })
    expectOk(post)
    expect(writes()).toEqual([
      'DELETE /data/foundation/flowservice/flows/{id}',
      'DELETE /data/foundation/flowservice/targetConnections/{id}',
      'DELETE /data/foundation/flowservice/sourceConnections/{id}'
    ])
    expect([emulator.flows(), emulator.sourceConnections(), emulator.targetConnections()]).toEqual([[], [], []])
  })

  it('deletes nothing it did not create', async () => {
    const first = await runDataflow()
    expectOk(first)
    const main = await runDataflow({ 'delete-on-completion': 'true', 'start-time': '' })
    expectOk(main)
    emulator.requests.length = 0
    const post = await runDataflow({ 'delete-on-completion': 'true' }, { entry: 'post', state: main.state })
    expectOk(post)
    expect(writes()).toEqual([])
    expect(emulator.flows()).toHaveLength(1)
  })
})

describe('from credential to a running dataflow', () => {
  it("the base connection action's output feeds the dataflow action", async () => {
    emulator.reset()
    const base = await runAction({
      inputs: {
        host: 'https://acme.custhelp.com',
        username: 'aep-demo',
        password: 'demo-Password-1',
        'client-id': DEMO_CLIENT.clientId,
        'client-secret': DEMO_CLIENT.clientSecret,
        'org-id': DEMO_CLIENT.orgId,
        'platform-url': emulator.url,
        'ims-url': emulator.url
      }
    })
    expectOk(base)
    baseId = base.outputs['base-connection-id'] ?? ''
    emulator.requests.length = 0
    const run = await runDataflow({ wait: 'first-run' })
    expectOk(run)
    expect(emulator.sourceConnections()[0]?.baseConnectionId).toBe(baseId)
    expect(run.outputs['run-status']).toBe('success')
    expectNoLeak(run, [DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
    expectNotShown(run, 'demo-Password-1')
  })
})

describe('faults and hostile text', () => {
  it('a source connection POST whose answer is lost after it committed is found, not sent again', async () => {
    emulator.fault({ method: 'POST', path: '/sourceConnections', action: { reset: true, commit: true } })
    const run = await runDataflow({ 'timeout-seconds': '3' })
    expectOk(run)
    expect(writes().filter(w => w.includes('sourceConnections'))).toEqual([
      'POST /data/foundation/flowservice/sourceConnections'
    ])
    const [source, ...others] = emulator.sourceConnections()
    expect(others).toEqual([])
    expect(run.outputs['source-connection-id']).toBe(source?.id)
    expect(run.stdout).toContain(`source connection ${source?.id} of this name appeared after it was sent: using it`)
    expect(run.outputs.outcome).toBe('created')
  })

  it('a 503 on the mapping set is retried', async () => {
    emulator.fault({ method: 'POST', path: '/mappingSets', action: { status: 503 } })
    const run = await runDataflow()
    expectOk(run)
    expect(writes().filter(w => w.endsWith('/mappingSets'))).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      'POST /data/foundation/conversion/mappingSets'
    ])
    expect(emulator.mappingSets()).toHaveLength(1)
  })

  it.each([
    ['name', { name: 'Incidents\n::error::pwned' }],
    ['table', { table: 'incidents\r\n::set-env name=X::1' }],
    ['delta-column', { 'delta-column': 'updated\n::add-mask::x' }]
  ])('a line break in %s is refused, naming it, with no request sent', async (input, overrides) => {
    const run = await runDataflow(overrides)
    expect(run.code).toBe(1)
    expect(emulator.requests).toEqual([])
    const lines = run.stdout.split('\n')
    expect(lines.filter(l => l.startsWith('::error::'))).toHaveLength(1)
    expect(lines.find(l => l.startsWith('::error::'))).toContain(`"${input}"`)
    expect(lines.some(l => /^::(set-env|add-mask::x)/.test(l) || l.startsWith('::error::pwned'))).toBe(false)
  })

  it('a dataflow name holding "::" is used as it is and never starts a workflow command', async () => {
    const run = await runDataflow({ name: '::warning::Incidents' })
    expectOk(run)
    expect(emulator.flows()[0]?.name).toBe('::warning::Incidents')
    expect(run.stdout.split('\n').filter(l => l.startsWith('::warning::Incidents'))).toEqual([])
  })
})

describe('more re-runs', () => {
  it('two runs at once with a changed mapping converge on one dataflow and one new mapping content', async () => {
    const first = await runDataflow()
    expectOk(first)
    // Each new version is held a second, so that both runs have read the dataflow before either patches it.
    emulator.fault({ method: 'PUT', path: /\/mappingSets\/[0-9a-f]+$/, times: Infinity, action: { delayMs: 1000 } })
    emulator.requests.length = 0
    const runs = await Promise.all(
      [1, 2].map(() => runDataflow({ 'start-time': '' }, { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } }))
    )
    for (const run of runs) expectOk(run)
    // Both wrote a version and patched; the second PATCH met a new etag (412), read again and went on.
    expect(writes().filter(w => w.startsWith('PUT '))).toHaveLength(2)
    expect(writes().filter(w => w.startsWith('PATCH '))).toHaveLength(3)
    const [flow, ...others] = emulator.flows()
    expect(others).toEqual([])
    const mapping = flow?.transformations?.find(t => t.name === 'Mapping')?.params
    const [set] = emulator.mappingSets()
    const used = set?.versions.find(v => String(v.version) === mapping?.mappingVersion)
    expect(used?.mappings.map(m => [m.source, m.destination])).toEqual([
      ['id', '_acme.incidentId'],
      ['subject', '_acme.subject'],
      ['status', '_acme.status']
    ])
    expect(runs.map(r => r.outputs['dataflow-id'])).toEqual([
      first.outputs['dataflow-id'],
      first.outputs['dataflow-id']
    ])
    emulator.requests.length = 0
    const settled = await runDataflow(
      { 'start-time': '' },
      { workspace: { 'mappings/incidents.yaml': CHANGED_MAPPING } }
    )
    expectOk(settled)
    expect(writes()).toEqual([])
    expect(settled.outputs.outcome).toBe('unchanged')
    expect(flow?.id).toBe(first.outputs['dataflow-id'])
  })

  it('a changed table: a new chain replaces the old one (Adobe does not apply it to a live dataflow); reuse leaves it as it is', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const reused = await runDataflow({ table: 'archived_incidents', 'if-exists': 'reuse', 'start-time': '' })
    expectOk(reused)
    expect(writes()).toEqual([])
    expect(reused.outputs.outcome).toBe('unchanged')

    const dry = await runDataflow({ table: 'archived_incidents', 'dry-run': 'true', 'start-time': '' })
    expectOk(dry)
    // The mapping set stays (the dataset does not change); the ids that change are not outputs yet.
    expect(dry.outputs).toEqual({
      outcome: 'would-replace',
      'mapping-id': first.outputs['mapping-id'],
      'mapping-version': first.outputs['mapping-version']
    })
    expect(dry.stdout).toContain(
      `Dry run: then delete the dataflow it replaces, ${first.outputs['dataflow-id']}, and its connections ${first.outputs['source-connection-id']} and ${first.outputs['target-connection-id']} (table changed: Flow Service does not apply that to a live dataflow)`
    )
    emulator.requests.length = 0
    const replaced = await runDataflow({ table: 'archived_incidents', columns: 'id,subject', 'start-time': '' })
    expectOk(replaced)
    expect(writes()).toEqual([
      'POST /data/foundation/flowservice/sourceConnections',
      'POST /data/foundation/flowservice/targetConnections',
      'POST /data/foundation/flowservice/flows',
      'DELETE /data/foundation/flowservice/flows/{id}',
      'DELETE /data/foundation/flowservice/targetConnections/{id}',
      'DELETE /data/foundation/flowservice/sourceConnections/{id}'
    ])
    // Columns as Adobe's tutorials send them: explore's objects for the columns named.
    expect(
      emulator.requests.find(r => r.method === 'POST' && r.path.endsWith('/sourceConnections'))?.json
    ).toMatchObject({
      params: {
        tableName: 'archived_incidents',
        columns: [
          { name: 'id', type: 'string', xdm: { type: 'string' } },
          { name: 'subject', type: 'string', xdm: { type: 'string' } }
        ]
      }
    })
    const [flow, ...others] = emulator.flows()
    expect(others).toEqual([])
    expect(replaced.outputs).toMatchObject({
      outcome: 'replaced',
      'dataflow-id': flow?.id,
      'source-connection-id': emulator.sourceConnections()[0]?.id,
      'target-connection-id': emulator.targetConnections()[0]?.id
    })
    expect(replaced.outputs['dataflow-id']).not.toBe(first.outputs['dataflow-id'])
    // The live dataflow reads the new table.
    expect(emulator.flowReads(flow?.id ?? '')).toMatchObject({
      tableName: 'archived_incidents',
      columns: ['id', 'subject']
    })
    // A re-run writes nothing.
    emulator.requests.length = 0
    const again = await runDataflow({ table: 'archived_incidents', columns: 'id,subject', 'start-time': '' })
    expectOk(again)
    expect(writes()).toEqual([])
    expect(again.outputs.outcome).toBe('unchanged')
  })

  it('two runs replacing the chain at once end with one new chain, the old one gone', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    // Every create is held a second, so that both runs look up before any create lands.
    emulator.fault({
      method: 'POST',
      path: /\/(sourceConnections|targetConnections|flows)$/,
      times: Infinity,
      action: { delayMs: 1000 }
    })
    const runs = await Promise.all([1, 2].map(() => runDataflow({ table: 'archived_incidents', 'start-time': '' })))
    for (const run of runs) expectOk(run)
    expect(writes().filter(w => w === 'POST /data/foundation/flowservice/flows')).toHaveLength(2)
    const [flow, ...others] = emulator.flows()
    expect(others).toEqual([])
    expect(emulator.sourceConnections()).toHaveLength(1)
    expect(emulator.targetConnections()).toHaveLength(1)
    expect(flow?.id).not.toBe(first.outputs['dataflow-id'])
    expect(emulator.flowReads(flow?.id ?? '')).toMatchObject({ tableName: 'archived_incidents' })
    expect(new Set(runs.map(r => r.outputs['dataflow-id']))).toEqual(new Set([flow?.id]))
    expect(runs.map(r => r.outputs.outcome)).toEqual(['replaced', 'replaced'])
  })

  it('if-exists fail on an existing dataflow fails naming it, with no write', async () => {
    const first = await runDataflow()
    expectOk(first)
    emulator.requests.length = 0
    const run = await runDataflow({ 'if-exists': 'fail' })
    expect(run.code).toBe(1)
    expect(writes()).toEqual([])
    expect(run.stdout).toContain(
      `Dataflow "Incidents" already exists in sandbox prod (${first.outputs['dataflow-id']})`
    )
  })
})

describe("Adobe's refusals in teardown are explained", () => {
  it("1418: the base connection action's post step cannot delete a base connection a dataflow uses, and says why", async () => {
    emulator.reset()
    const baseInputs = {
      host: 'https://acme.custhelp.com',
      username: 'aep-demo',
      password: 'demo-Password-1',
      'client-id': DEMO_CLIENT.clientId,
      'client-secret': DEMO_CLIENT.clientSecret,
      'org-id': DEMO_CLIENT.orgId,
      'platform-url': emulator.url,
      'ims-url': emulator.url,
      'delete-on-completion': 'true'
    }
    const base = await runAction({ inputs: baseInputs })
    expectOk(base)
    baseId = base.outputs['base-connection-id'] ?? ''
    expectOk(await runDataflow())
    const post = await runAction({ inputs: baseInputs, entry: 'post', state: base.state })
    expect(post.code).toBe(0)
    const warning = post.stdout.split('\n').find(l => l.startsWith('::warning::delete-on-completion')) ?? ''
    expect(warning).toContain('1418')
    expect(warning).toContain('Next step: dataflows still use this base connection: delete them first')
    expect(emulator.connections().map(c => c.id)).toEqual([baseId])
  })
})
