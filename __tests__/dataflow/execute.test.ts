// The dataflow executor against an in-memory Experience Platform: exactly which writes each plan
// sends, in which order (the mapping set first: Data Prep checks it against the dataset's schema
// before anything is written to Flow Service), and how it survives overlapping runs, lost answers,
// stale etags, a publish another run got to first, and cancellation; then waiting for the dataflow.
import { beforeEach, describe, expect, it } from '@jest/globals'

import { AdobeApiError } from '../../src/adobe/errors.js'
import { FlowRequest, Run } from '../../src/adobe/flow-service.js'
import { DataflowResult, failureMessage } from '../../src/dataflow/describe.js'
import { DataflowDeps, executeDataflow, lookUpChain, waitFor } from '../../src/dataflow/execute.js'
import { DataflowConfig } from '../../src/dataflow/inputs.js'
import { ChainKind } from '../../src/dataflow/names.js'
import { ChainFound, DataflowPlan, FailedPlan, makeDataflowPlan } from '../../src/dataflow/plan.js'
import { TransportError } from '../../src/http/transport.js'
import { ActionError } from '../../src/runner/errors.js'
import { dataflowConfig, PAIRS } from '../fixtures/dataflow-config.js'
import {
  BASE_ID,
  DATASET_ID,
  FakeAdobe,
  FLOW_SPEC_ID,
  flowServiceError,
  SCHEMA_ID,
  sourceRequest,
  targetRequest
} from '../fixtures/fake-adobe.js'
import { more } from '../support/troubleshooting.js'

const NAME = 'Incidents to AEP'
/** 2025-01-31T06:00:00Z, in ms: the first run's start time is this, in seconds. */
const T0 = 1_738_303_200_000
const START = '1738303200'
const MORE = [...PAIRS, { source: 'status', destination: '_acme.status' }]
const FIRST_RUN_WRITES = [
  'POST mappingSets',
  'POST sourceConnections',
  'POST targetConnections',
  'POST flows?mode=draft',
  'POST flows/f-1/action?op=publish'
]
const CANCELLED = 'The job was cancelled (SIGINT); stopped before the next part of the chain.'

/** A dataflow as another run (or a cancelled one) sent it. */
function flowRequest(sourceIds: string[], targetIds: string[], mappingId = 'm-1'): FlowRequest {
  return {
    name: NAME,
    flowSpec: { id: FLOW_SPEC_ID, version: '1.0' },
    sourceConnectionIds: sourceIds,
    targetConnectionIds: targetIds,
    transformations: [{ name: 'Mapping', params: { mappingId, mappingVersion: '0' } }],
    scheduleParams: { startTime: Number(START), frequency: 'hour', interval: '1' }
  }
}

let clock: number
let adobe: FakeAdobe
let logs: string[]
let events: string[]
let sleeps: number[]
let signal: string | undefined
let deps: DataflowDeps

beforeEach(() => {
  clock = T0
  adobe = new FakeAdobe(() => clock)
  adobe.seedBase()
  logs = []
  events = []
  sleeps = []
  signal = undefined
  // The job record forgets the id it holds for a kind when that object is deleted: that id.
  const made = new Map<ChainKind, string>()
  deps = {
    adobe,
    log: { info: m => logs.push(m), debug: () => undefined, warning: m => logs.push(`warning: ${m}`) },
    now: () => clock,
    sleep: ms => {
      clock += ms
      sleeps.push(ms)
      return Promise.resolve()
    },
    commitWaitMs: 3_000,
    cancelled: () => signal,
    record: {
      creating: () => undefined,
      settled: () => undefined,
      created: (kind, id) => {
        made.set(kind, id)
        events.push(`created ${kind} ${id}`)
      },
      deleted: kind => events.push(`deleted ${kind} ${made.get(kind)}`)
    }
  }
})

/** The action's own look-up (lookUpChain), reading from the fake. */
const lookUp = (config: DataflowConfig): Promise<ChainFound> => lookUpChain(adobe, config, () => Promise.resolve())

/**
 * Looks up, plans and executes as the main step does; the logs then hold this run's calls only. The
 * plan's `now` is the fake's clock, against which a start time has passed or not.
 */
async function run(overrides: Partial<DataflowConfig> = {}): Promise<{ plan: DataflowPlan; result: DataflowResult }> {
  const plan = await planned(overrides)
  return { plan, result: await executeDataflow(plan, deps) }
}

async function planned(overrides: Partial<DataflowConfig> = {}): Promise<DataflowPlan> {
  const config = dataflowConfig(overrides)
  const plan = makeDataflowPlan(config, await lookUp(config), clock)
  adobe.forgetCalls()
  logs.length = 0
  events.length = 0
  return plan
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: Error) => error
  )
}

const CREATED: DataflowResult = {
  outcome: 'created',
  dataflowId: 'f-1',
  sourceConnectionId: 's-1',
  targetConnectionId: 't-1',
  mappingId: 'm-1',
  mappingVersion: 0,
  state: 'enabled',
  adopted: false
}

describe('a first run', () => {
  it('creates the mapping set, source, target and a draft, publishes it, in that order', async () => {
    const { result } = await run()
    expect(adobe.writes).toEqual(FIRST_RUN_WRITES)
    expect(result).toStrictEqual(CREATED)
    expect(events).toEqual(['created source s-1', 'created target t-1', 'created flow f-1'])
    expect(logs).toEqual([
      'Created mapping set m-1 (version 0)',
      'Created source connection s-1 ("Incidents to AEP (source)")',
      'Created target connection t-1 ("Incidents to AEP (target)")',
      'Created dataflow f-1 ("Incidents to AEP")',
      'Published dataflow f-1'
    ])
  })

  it("sends the plan's requests, and a dataflow built on what was just made", async () => {
    const { plan } = await run({ deltaColumn: 'updated', frequency: 'minute', interval: 15 })
    const [mapping, source, target, flow, publish] = adobe.sent
    expect(plan.intent).toBe('create')
    expect(source?.body).toStrictEqual({
      name: 'Incidents to AEP (source)',
      baseConnectionId: BASE_ID,
      data: { format: 'tabular' },
      params: { tableName: 'incidents' },
      connectionSpec: { id: 'ba5126ec-c9ac-11eb-b8bc-0242ac130003', version: '1.0' }
    })
    expect(target?.body).toStrictEqual({
      name: 'Incidents to AEP (target)',
      data: { schema: { id: SCHEMA_ID, version: 'application/vnd.adobe.xed-full+json;version=1' } },
      params: { dataSetId: DATASET_ID },
      connectionSpec: { id: 'c604ff05-7f1a-43c0-8e18-33bf874cb11c', version: '1.0' }
    })
    expect(mapping?.body).toStrictEqual({
      outputSchema: { schemaRef: { id: SCHEMA_ID, contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
      mappings: [
        { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
        { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' }
      ]
    })
    expect(flow).toStrictEqual({
      call: 'POST flows?mode=draft',
      body: {
        name: NAME,
        flowSpec: { id: FLOW_SPEC_ID, version: '1.0' },
        sourceConnectionIds: ['s-1'],
        targetConnectionIds: ['t-1'],
        transformations: [
          { name: 'Copy', params: { deltaColumn: { name: 'updated' } } },
          { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }
        ],
        scheduleParams: { startTime: Number(START), frequency: 'minute', interval: '15' }
      }
    })
    expect(publish).toStrictEqual({ call: 'POST flows/f-1/action?op=publish' })
    expect(adobe.flows.current('f-1')).toMatchObject({ state: 'enabled', sourceConnectionIds: ['s-1'] })
  })

  it('a start time given is sent as it is', async () => {
    await run({ startTime: 1_800_000_000 })
    expect(adobe.sent[3]?.body).toMatchObject({ scheduleParams: { startTime: 1800000000 } })
  })
})

describe("Data Prep's refusal of the mapping (HTTP 400)", () => {
  const REFUSED = (first: string): string =>
    `"mapping": Data Prep refused the mapping: ${first}\nNext step: check each "source" and "destination" in the mapping file; every destination must be a path of the XDM schema of "dataset-id". Nothing was written to Flow Service.${more('data-prep-400-mapping-refused')}`

  it("on a first run: names the mapping input with the first line of Adobe's message, before any Flow Service write", async () => {
    const refusal = flowServiceError(
      'create the mapping set',
      '2002',
      400,
      'mappings[1].destination "_acme.nowhere" is not a field of schema https://ns.adobe.com/acme/schemas/incidents.'
    )
    // Adobe's message has a next step of its own on its second line, and its link: replaced by the mapping's.
    expect(refusal.message.split('\n')).toHaveLength(3)
    adobe.failNext('POST mappingSets', refusal)
    // The Schema Registry shows no schema here, so only Data Prep judges the destination.
    adobe.schemas.clear()
    const error = await rejection(run({ mapping: [PAIRS[0], { source: 'status', destination: '_acme.nowhere' }] }))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(
      REFUSED(
        'Could not create the mapping set: HTTP 400, code 2002-400: mappings[1].destination "_acme.nowhere" is not a field of schema https://ns.adobe.com/acme/schemas/incidents. (request id req-1)'
      )
    )
    expect(adobe.writes).toEqual(['POST mappingSets'])
    expect([adobe.sources.items.size, adobe.targets.items.size, adobe.flows.items.size]).toEqual([0, 0, 0])
    expect(events).toEqual([])
  })

  it('on a first run whose mapping the plan checked: the connections went out beside it, and the message says so', async () => {
    adobe.failNext('POST mappingSets', flowServiceError('create the mapping set', '2002', 400, 'no'))
    const error = await rejection(run())
    expect(error.message).toBe(
      `"mapping": Data Prep refused the mapping: Could not create the mapping set: HTTP 400, code 2002-400: no (request id req-1)\nNext step: check each "source" and "destination" in the mapping file; every destination must be a path of the XDM schema of "dataset-id". The dataflow was not created; a run with the mapping corrected goes on with the connections this run wrote.${more('data-prep-400-mapping-refused')}`
    )
    expect(adobe.writes).toEqual(['POST mappingSets', 'POST sourceConnections', 'POST targetConnections'])
    expect(events).toEqual(['created source s-1', 'created target t-1'])
  })

  it('on a new version (PUT): the same (nothing else to write), and the dataflow keeps its mapping', async () => {
    await run()
    adobe.failNext('PUT mappingSets/m-1', flowServiceError('write a new version of mapping set m-1', '2002', 400, 'no'))
    const error = await rejection(run({ mapping: MORE }))
    expect(error.message).toBe(
      REFUSED('Could not write a new version of mapping set m-1: HTTP 400, code 2002-400: no (request id req-1)')
    )
    expect(adobe.writes).toEqual(['PUT mappingSets/m-1'])
    expect(adobe.flows.current('f-1')?.transformations).toStrictEqual([
      { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }
    ])
  })

  it('another failure of the mapping set write stands as it is', async () => {
    const unavailable = flowServiceError('create the mapping set', '503', 503, 'Service Unavailable')
    adobe.failNext('POST mappingSets', unavailable)
    expect(await rejection(run())).toBe(unavailable)
    const reset = new TransportError('create the mapping set', 'reset', 'ECONNRESET', 'reset', 'fake')
    adobe.failNext('POST mappingSets', reset)
    expect(await rejection(run())).toBe(reset)
    expect(adobe.writes).toEqual(['POST mappingSets'])
  })
})

describe('a re-run', () => {
  it('with identical inputs sends no write', async () => {
    await run()
    clock += 60_000
    const { plan, result } = await run()
    expect(plan.intent).toBe('unchanged')
    expect(adobe.writes).toEqual([])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'unchanged' })
    expect(events).toEqual([])
    expect(logs).toEqual([
      'Reusing source connection s-1 ("Incidents to AEP (source)")',
      'Reusing target connection t-1 ("Incidents to AEP (target)")',
      'Reusing dataflow f-1 ("Incidents to AEP")'
    ])
  })

  it('a changed mapping: a new version of the mapping set, then the Mapping step points at it', async () => {
    await run({ deltaColumn: 'updated' })
    const etag = adobe.flows.current('f-1')?.etag
    const { result } = await run({ deltaColumn: 'updated', mapping: MORE })
    expect(adobe.writes).toEqual(['PUT mappingSets/m-1', 'PATCH flows/f-1'])
    expect(adobe.sent[1]).toStrictEqual({
      call: 'PATCH flows/f-1',
      ifMatch: etag,
      body: [
        {
          op: 'replace',
          path: '/transformations/1',
          value: { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '1' } }
        }
      ]
    })
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated', mappingVersion: 1 })
    expect(adobe.mappingSets.get('m-1')?.map(v => v.pairs.length)).toEqual([2, 3])
    expect(logs).toContain('Wrote version 1 of mapping set m-1 (was version 0)')
    expect(logs).toContain('Updated dataflow f-1 ("Incidents to AEP"): mapping')
    // The next run finds it so.
    expect((await run({ deltaColumn: 'updated', mapping: MORE })).result.outcome).toBe('unchanged')
  })

  it('a changed schedule: only the fields that change are replaced, the start time kept', async () => {
    await run()
    clock += 3_600_000
    const { result } = await run({ frequency: 'day' })
    expect(adobe.writes).toEqual(['PATCH flows/f-1'])
    expect(adobe.sent[0]?.body).toStrictEqual([{ op: 'replace', path: '/scheduleParams/frequency', value: 'day' }])
    expect(result.outcome).toBe('updated')
    expect((await run({ frequency: 'day' })).result.outcome).toBe('unchanged')
  })

  it('a start time given replaces one not reached yet', async () => {
    await run({ startTime: 1_800_000_000 })
    clock += 3_600_000
    const { result } = await run({ startTime: 1_900_000_000, frequency: 'once' })
    expect(adobe.writes).toEqual(['PATCH flows/f-1'])
    // The interval goes: the schedule is replaced whole, as every JSON Patch operation carries a value.
    expect(adobe.sent[0]?.body).toStrictEqual([
      { op: 'replace', path: '/scheduleParams', value: { startTime: 1900000000, frequency: 'once' } }
    ])
    expect(result.outcome).toBe('updated')
    expect(adobe.flows.current('f-1')?.scheduleParams).toStrictEqual({ startTime: 1900000000, frequency: 'once' })
  })

  it('a start time given for a dataflow that has started: the plan fails naming "start-time", nothing is written', async () => {
    await run()
    clock += 3_600_000
    const error = await rejection(run({ startTime: 1_800_000_000 }))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(
      '"start-time": dataflow "Incidents to AEP" (f-1) started at 1738303200 (epoch seconds), which has passed, and Flow Service does not move a start time that has passed. Leave "start-time" out to keep it, or delete the dataflow to start it anew.'
    )
    expect(adobe.writes).toEqual([])
    // The same start time given again is no move: the other changes go through.
    await run({ startTime: Number(START), frequency: 'day' })
    expect(adobe.sent.map(s => s.body)).toStrictEqual([
      [{ op: 'replace', path: '/scheduleParams/frequency', value: 'day' }]
    ])
  })

  it('from once to hourly: the interval is added back', async () => {
    await run({ frequency: 'once' })
    await run({ frequency: 'hour', interval: 2 })
    expect(adobe.sent[0]?.body).toStrictEqual([
      { op: 'replace', path: '/scheduleParams/frequency', value: 'hour' },
      { op: 'add', path: '/scheduleParams/interval', value: '2' }
    ])
  })

  it('a delta column added, changed and removed: the Copy step added first, replaced, removed', async () => {
    await run()
    await run({ deltaColumn: 'updated' })
    expect(adobe.sent[0]?.body).toStrictEqual([
      { op: 'add', path: '/transformations/0', value: { name: 'Copy', params: { deltaColumn: { name: 'updated' } } } }
    ])
    await run({ deltaColumn: 'modified' })
    expect(adobe.sent[0]?.body).toStrictEqual([
      {
        op: 'replace',
        path: '/transformations/0',
        value: { name: 'Copy', params: { deltaColumn: { name: 'modified' } } }
      }
    ])
    await run({ mapping: MORE })
    expect(adobe.sent.map(s => s.body)).toStrictEqual([
      expect.anything(),
      // The Copy step goes: the list is replaced without it (every operation carries a value).
      [
        {
          op: 'replace',
          path: '/transformations',
          value: [{ name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '1' } }]
        }
      ]
    ])
    expect(adobe.flows.current('f-1')?.transformations).toStrictEqual([
      { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '1' } }
    ])
  })

  it('a dataflow without a Mapping step gets one added', async () => {
    await run()
    adobe.flows.touch('f-1', { transformations: [] })
    const { result } = await run()
    expect(adobe.writes).toEqual(['POST mappingSets', 'PATCH flows/f-1'])
    expect(adobe.sent[1]?.body).toStrictEqual([
      {
        op: 'add',
        path: '/transformations/0',
        value: { name: 'Mapping', params: { mappingId: 'm-2', mappingVersion: '0' } }
      }
    ])
    expect(result).toMatchObject({ outcome: 'updated', mappingId: 'm-2', mappingVersion: 0 })
  })

  it('a changed table: a new chain replaces the old one, live first, then the old one goes', async () => {
    await run()
    const { plan, result } = await run({ table: 'contacts', columns: ['id', 'subject'] })
    expect(plan).toMatchObject({ intent: 'replace', replaces: { changes: ['table', 'columns'] } })
    // Flow Service does not apply a changed table to a live dataflow (update-dataflows.md).
    expect(adobe.writes).toEqual([
      'POST sourceConnections',
      'POST targetConnections',
      'POST flows?mode=draft',
      'POST flows/f-2/action?op=publish',
      'DELETE flows/f-1',
      'DELETE targetConnections/t-1',
      'DELETE sourceConnections/s-1'
    ])
    expect(adobe.sent[0]?.body).toMatchObject({
      params: {
        tableName: 'contacts',
        columns: [
          { name: 'id', type: 'string', xdm: { type: 'string' } },
          { name: 'subject', type: 'string', xdm: { type: 'string' } }
        ]
      }
    })
    expect(result).toMatchObject({
      outcome: 'replaced',
      dataflowId: 'f-2',
      sourceConnectionId: 's-2',
      targetConnectionId: 't-2',
      mappingId: 'm-1',
      mappingVersion: 0
    })
    expect([...adobe.flows.items.keys()]).toEqual(['f-2'])
    expect(logs).toContain('Deleted the replaced dataflow f-1 ("Incidents to AEP")')
    // A re-run writes nothing.
    adobe.forgetCalls()
    expect((await run({ table: 'contacts', columns: ['id', 'subject'] })).result.outcome).toBe('unchanged')
    expect(adobe.writes).toEqual([])
  })

  it('a changed table under if-exists fail or reuse: no replacement', async () => {
    await run()
    adobe.forgetCalls()
    expect((await run({ table: 'contacts', ifExists: 'reuse' })).result.outcome).toBe('unchanged')
    expect(adobe.writes).toEqual([])
    expect((await rejection(run({ table: 'contacts', ifExists: 'fail' }))).message).toMatch(/"if-exists" is fail/)
  })

  it('a dataflow that shows neither a state nor a Mapping step, reused: taken as enabled, with no mapping', async () => {
    await run()
    adobe.flows.touch('f-1', { transformations: [], state: undefined })
    const { result } = await run({ ifExists: 'reuse' })
    expect(adobe.writes).toEqual([])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'unchanged', mappingId: '', mappingVersion: 0 })
  })

  it('under if-exists reuse nothing is written, whatever changed', async () => {
    await run()
    const { result } = await run({ ifExists: 'reuse', table: 'contacts', mapping: MORE, frequency: 'day' })
    expect(adobe.writes).toEqual([])
    expect(result.outcome).toBe('unchanged')
  })
})

describe('a stale etag (HTTP 412)', () => {
  it('reads the dataflow again and patches it as it is now', async () => {
    await run()
    const first = adobe.flows.current('f-1')?.etag
    // Another run adds a Copy step meanwhile: the Mapping step moves to index 1.
    adobe.before('PATCH flows/f-1', () =>
      adobe.flows.touch('f-1', {
        transformations: [
          { name: 'Copy', params: { deltaColumn: { name: 'updated' } } },
          { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }
        ]
      })
    )
    const { result } = await run({ mapping: MORE })
    const second = adobe.flows.current('f-1')
    expect(adobe.writes).toEqual(['PUT mappingSets/m-1', 'PATCH flows/f-1', 'PATCH flows/f-1'])
    expect(adobe.sent.slice(1).map(s => [s.ifMatch, (s.body as { path: string }[])[0]?.path])).toEqual([
      [first, '/transformations/0'],
      ['"f-1-r3"', '/transformations/1']
    ])
    expect(adobe.reads).toContain('GET flows/f-1')
    expect(logs).toContain('Dataflow f-1 changed while updating it (HTTP 412); reading it again')
    expect(second?.transformations).toStrictEqual([
      { name: 'Copy', params: { deltaColumn: { name: 'updated' } } },
      { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '1' } }
    ])
    expect(result.mappingVersion).toBe(1)
  })

  it('another run removed the Copy step meanwhile: nothing left to remove', async () => {
    await run({ deltaColumn: 'updated' })
    adobe.before('PATCH flows/f-1', () =>
      adobe.flows.touch('f-1', {
        transformations: [{ name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }]
      })
    )
    const { result } = await run({ frequency: 'day' })
    expect(adobe.sent.map(s => s.body)).toStrictEqual([
      [
        { op: 'replace', path: '/scheduleParams/frequency', value: 'day' },
        {
          op: 'replace',
          path: '/transformations',
          value: [{ name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }]
        }
      ],
      [{ op: 'replace', path: '/scheduleParams/frequency', value: 'day' }]
    ])
    expect(result.outcome).toBe('updated')
  })

  it('another run added the Copy step meanwhile: replaced, not added twice', async () => {
    await run()
    adobe.before('PATCH flows/f-1', () =>
      adobe.flows.touch('f-1', {
        transformations: [
          { name: 'Copy', params: { deltaColumn: { name: 'updated' } } },
          { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '0' } }
        ]
      })
    )
    await run({ deltaColumn: 'updated' })
    expect(adobe.sent.map(s => s.body)).toStrictEqual([
      [
        { op: 'add', path: '/transformations/0', value: { name: 'Copy', params: { deltaColumn: { name: 'updated' } } } }
      ],
      [
        {
          op: 'replace',
          path: '/transformations/0',
          value: { name: 'Copy', params: { deltaColumn: { name: 'updated' } } }
        }
      ]
    ])
  })

  it('another run made the same change meanwhile: nothing left to change, no second PATCH', async () => {
    await run()
    adobe.before('PATCH flows/f-1', () =>
      adobe.flows.touch('f-1', { scheduleParams: { startTime: START, frequency: 'day', interval: '1' } })
    )
    const { result } = await run({ frequency: 'day' })
    expect(adobe.writes).toEqual(['PATCH flows/f-1'])
    expect(adobe.sent[0]).toStrictEqual({
      call: 'PATCH flows/f-1',
      ifMatch: '"f-1-r2"',
      body: [{ op: 'replace', path: '/scheduleParams/frequency', value: 'day' }]
    })
    // The read after the 412; none after the PATCH (its state is the look-up's).
    expect(adobe.reads.filter(r => r === 'GET flows/f-1')).toHaveLength(1)
    expect(logs).toContain('Dataflow f-1 changed while updating it (HTTP 412); reading it again')
    expect(adobe.flows.current('f-1')).toMatchObject({ etag: '"f-1-r3"', scheduleParams: { frequency: 'day' } })
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated' })
  })

  it('gives up after three fresh reads', async () => {
    await run()
    for (let i = 0; i < 4; i++) adobe.before('PATCH flows/f-1', () => adobe.flows.touch('f-1'))
    const error = await rejection(run({ frequency: 'day' }))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(412)
    expect(adobe.writes.filter(w => w === 'PATCH flows/f-1')).toHaveLength(4)
  })

  it('a source connection gone when read again: the 412 stands', async () => {
    // A half-built chain (no dataflow yet): its source connection is patched in place.
    adobe.sources.seed(sourceRequest(NAME), { id: 's-1' })
    const stale = flowServiceError('update source connection s-1', '1404', 412, 'stale')
    adobe.before('PATCH sourceConnections/s-1', () => adobe.sources.items.delete('s-1'))
    adobe.failNext('PATCH sourceConnections/s-1', stale)
    expect(await rejection(run({ table: 'contacts' }))).toBe(stale)
    // The three parts are written at once: the target connection's create ends beside the failure.
    expect(adobe.writes).toEqual(['POST mappingSets', 'PATCH sourceConnections/s-1', 'POST targetConnections'])
    expect(adobe.reads).toContain('GET sourceConnections/s-1')
  })

  it('another error is not retried', async () => {
    await run()
    const refused = flowServiceError('update dataflow f-1', '1434', 400, 'no')
    adobe.failNext('PATCH flows/f-1', refused)
    expect(await rejection(run({ frequency: 'day' }))).toBe(refused)
    expect(adobe.writes).toEqual(['PATCH flows/f-1'])
  })
})

describe('the look-up, with runs settling', () => {
  it('two source connections of the name, one of them going away: read again, a second later', async () => {
    const kept = adobe.sources.seed(sourceRequest(NAME), { createdAt: T0 - 60_000 })
    const loser = adobe.sources.seed(sourceRequest(NAME), { createdAt: T0 - 30_000 })
    const slept: number[] = []
    const found = await lookUpChain(adobe, dataflowConfig(), ms => {
      slept.push(ms)
      adobe.sources.items.delete(loser.id)
      return Promise.resolve()
    })
    expect(slept).toEqual([1000])
    expect(found.sources.map(s => s.id)).toEqual([kept.id])
  })

  it('duplicates that stay are read three more times, then left to the plan', async () => {
    adobe.flows.seed(flowRequest(['s-x'], ['t-x']))
    adobe.flows.seed(flowRequest(['s-y'], ['t-y']))
    let sleeps = 0
    const found = await lookUpChain(adobe, dataflowConfig(), () => {
      sleeps++
      return Promise.resolve()
    })
    expect(sleeps).toBe(3)
    expect(found.flows).toHaveLength(2)
    expect(makeDataflowPlan(dataflowConfig(), found, T0).intent).toBe('fail')
  })
})

describe('a half-built chain (a cancelled run)', () => {
  it('a source connection there already: no POST sourceConnections', async () => {
    adobe.sources.seed(sourceRequest(NAME), { createdAt: T0 - 60_000 })
    const { plan, result } = await run()
    expect(plan.intent).toBe('create')
    expect(adobe.writes).toEqual([
      'POST mappingSets',
      'POST targetConnections',
      'POST flows?mode=draft',
      'POST flows/f-1/action?op=publish'
    ])
    expect(result).toStrictEqual(CREATED)
    expect(events).toEqual(['created target t-1', 'created flow f-1'])
  })

  it('source and target there: only the mapping set and the dataflow are made', async () => {
    adobe.sources.seed(sourceRequest(NAME))
    adobe.targets.seed(targetRequest(NAME))
    const { result } = await run()
    expect(adobe.writes).toEqual(['POST mappingSets', 'POST flows?mode=draft', 'POST flows/f-1/action?op=publish'])
    expect(result.outcome).toBe('created')
  })

  it('a draft dataflow left behind: published', async () => {
    adobe.sources.seed(sourceRequest(NAME))
    adobe.targets.seed(targetRequest(NAME))
    const mapping = adobe.seedMappingSet(PAIRS)
    adobe.flows.seed(flowRequest(['s-1'], ['t-1'], mapping.id), { state: 'draft' })
    const { plan, result } = await run()
    expect(plan.intent).toBe('update')
    expect(adobe.writes).toEqual(['POST flows/f-1/action?op=publish'])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated' })
    expect(logs).toEqual([
      'Reusing source connection s-1 ("Incidents to AEP (source)")',
      'Reusing target connection t-1 ("Incidents to AEP (target)")',
      'Reusing dataflow f-1 ("Incidents to AEP")',
      'Published dataflow f-1'
    ])
  })

  it('a dataflow left behind in another unpublished state (inactive-draft): published too', async () => {
    adobe.sources.seed(sourceRequest(NAME))
    adobe.targets.seed(targetRequest(NAME))
    const mapping = adobe.seedMappingSet(PAIRS)
    adobe.flows.seed(flowRequest(['s-1'], ['t-1'], mapping.id), { state: 'inactive-draft' })
    const { plan, result } = await run()
    expect(plan).toMatchObject({ flow: { kind: 'reuse', publish: true } })
    expect(adobe.writes).toEqual(['POST flows/f-1/action?op=publish'])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated' })
  })

  it('a dataflow that shows no state: neither published nor counted as a change', async () => {
    adobe.sources.seed(sourceRequest(NAME))
    adobe.targets.seed(targetRequest(NAME))
    const mapping = adobe.seedMappingSet(PAIRS)
    adobe.flows.seed(flowRequest(['s-1'], ['t-1'], mapping.id))
    adobe.flows.touch('f-1', { state: undefined })
    const { plan, result } = await run()
    expect(plan).toMatchObject({ intent: 'unchanged', flow: { kind: 'reuse', publish: false } })
    expect(adobe.writes).toEqual([])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'unchanged' })
  })
})

describe('overlapping runs settle on the oldest object of each name', () => {
  it("another run's source connection is older: ours is deleted, theirs used", async () => {
    adobe.after('POST sourceConnections', () => adobe.sources.seed(sourceRequest(NAME), { createdAt: T0 - 1 }))
    const { result } = await run()
    // The three parts at once, then their settling: ours deleted.
    expect(adobe.writes).toEqual([
      'POST mappingSets',
      'POST sourceConnections',
      'POST targetConnections',
      'DELETE sourceConnections/s-1',
      'POST flows?mode=draft',
      'POST flows/f-1/action?op=publish'
    ])
    expect(events).toEqual(['created source s-1', 'created target t-1', 'deleted source s-1', 'created flow f-1'])
    expect(adobe.sent.find(s => s.call === 'POST flows?mode=draft')?.body).toMatchObject({
      sourceConnectionIds: ['s-2']
    })
    expect(result).toStrictEqual({ ...CREATED, sourceConnectionId: 's-2', adopted: true })
    expect(logs).toContain(
      'Another run created source connection s-2 ("Incidents to AEP (source)") first: deleted the one this run created (s-1)'
    )
  })

  it('ours is older: kept (the other run deletes its own)', async () => {
    adobe.after('POST sourceConnections', () => adobe.sources.seed(sourceRequest(NAME), { createdAt: T0 + 1 }))
    const { result } = await run()
    expect(adobe.writes).toEqual(FIRST_RUN_WRITES)
    expect(result.sourceConnectionId).toBe('s-1')
  })

  it('a tie of createdAt: the smaller id wins', async () => {
    adobe.after('POST targetConnections', () => adobe.targets.seed(targetRequest(NAME), { createdAt: T0, id: 't-0' }))
    const { result } = await run()
    expect(adobe.writes).toContain('DELETE targetConnections/t-1')
    expect(result.targetConnectionId).toBe('t-0')
  })

  it("another run's whole chain is older: every part of ours is deleted, its dataflow reported", async () => {
    const theirs = { createdAt: T0 - 1 }
    adobe.after('POST sourceConnections', () => adobe.sources.seed(sourceRequest(NAME), theirs))
    adobe.after('POST targetConnections', () => adobe.targets.seed(targetRequest(NAME), theirs))
    const mapping = adobe.seedMappingSet(PAIRS)
    adobe.after('POST flows?mode=draft', () =>
      adobe.flows.seed(flowRequest(['s-2'], ['t-2'], mapping.id), { ...theirs, state: 'draft' })
    )
    const { result } = await run()
    expect(adobe.writes).toEqual([
      // Ours (m-2): no run deletes a mapping set, and the dataflow that won names theirs.
      'POST mappingSets',
      'POST sourceConnections',
      'POST targetConnections',
      'DELETE sourceConnections/s-1',
      'DELETE targetConnections/t-1',
      'POST flows?mode=draft',
      'DELETE flows/f-1',
      // Their draft: whichever run gets there first publishes it.
      'POST flows/f-2/action?op=publish'
    ])
    expect(events).toEqual([
      'created source s-1',
      'created target t-1',
      'deleted source s-1',
      'deleted target t-1',
      'created flow f-1',
      'deleted flow f-1'
    ])
    // Nothing this run made is left in the dataflow it reports.
    expect(result).toStrictEqual({
      outcome: 'unchanged',
      dataflowId: 'f-2',
      sourceConnectionId: 's-2',
      targetConnectionId: 't-2',
      mappingId: 'm-1',
      mappingVersion: 0,
      state: 'enabled',
      adopted: true
    })
    expect([...adobe.flows.items.keys()]).toEqual(['f-2'])
  })

  it("another run's dataflow is older and published: ours is deleted, theirs not published again", async () => {
    adobe.after('POST flows?mode=draft', () => adobe.flows.seed(flowRequest(['s-1'], ['t-1']), { createdAt: T0 - 1 }))
    const { result } = await run()
    expect(adobe.writes).toEqual([...FIRST_RUN_WRITES.slice(0, 4), 'DELETE flows/f-1'])
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated', dataflowId: 'f-2', adopted: true })
    expect(events.slice(-2)).toEqual(['created flow f-1', 'deleted flow f-1'])
  })
})

const LOST = (what: string, id: string): string =>
  `The create's answer was lost, but ${what} ${id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it reports it as reused; with delete-on-completion the post step deletes it unless another run's turns out older)`

describe('a lost create answer', () => {
  it('the source connection appeared: used, not reported created', async () => {
    adobe.sources.loseNextAnswer({ answered: true, then: 'give-up' })
    const { result } = await run()
    expect(adobe.writes).toEqual(FIRST_RUN_WRITES)
    expect(events).toEqual(['created target t-1', 'created flow f-1'])
    expect(logs).toContain(LOST('source connection', 's-1'))
    expect(result).toStrictEqual({ ...CREATED, adopted: true })
  })

  it('the dataflow appeared: used and published, not reported created, never deleted', async () => {
    adobe.flows.loseNextAnswer({ answered: false, then: 'give-up' })
    const { result } = await run()
    expect(adobe.writes).toEqual(FIRST_RUN_WRITES)
    expect(events).toEqual(['created source s-1', 'created target t-1'])
    expect(logs).toContain(LOST('dataflow', 'f-1'))
    expect(result).toStrictEqual({ ...CREATED, outcome: 'updated', adopted: true })
  })

  it('an older one of the name appeared too: that one is used, and the newer one, ours or not, is deleted as a loser', async () => {
    adobe.flows.loseNextAnswer({ answered: true, then: 'give-up' })
    adobe.after('POST flows?mode=draft', () =>
      adobe.flows.seed(flowRequest(['s-1'], ['t-1']), { createdAt: T0 - 1, state: 'enabled' })
    )
    const { result } = await run()
    expect(adobe.writes).toEqual([...FIRST_RUN_WRITES.slice(0, 4), 'DELETE flows/f-1'])
    expect(logs).toContain(LOST('dataflow', 'f-2'))
    expect(result).toMatchObject({ outcome: 'updated', dataflowId: 'f-2', state: 'enabled' })
    expect([...adobe.flows.items.keys()]).toEqual(['f-2'])
  })

  it('nothing appeared within commitWaitMs: the POST is sent again, and that one is ours', async () => {
    adobe.flows.loseNextAnswer({ answered: false, then: 'retry' })
    adobe.after('POST flows?mode=draft', () => adobe.flows.items.delete('f-1'))
    const { result } = await run()
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(adobe.writes).toEqual([
      ...FIRST_RUN_WRITES.slice(0, 4),
      'POST flows?mode=draft',
      'POST flows/f-2/action?op=publish'
    ])
    expect(result).toStrictEqual({ ...CREATED, dataflowId: 'f-2' })
    expect(events).toEqual(['created source s-1', 'created target t-1', 'created flow f-2'])
  })

  it('nothing appeared and the transport gives up: its error stands', async () => {
    adobe.targets.loseNextAnswer({ answered: true, then: 'give-up' })
    adobe.after('POST targetConnections', () => adobe.targets.items.delete('t-1'))
    const error = await rejection(run())
    expect(error).toBeInstanceOf(TransportError)
    expect(adobe.writes).toEqual(['POST mappingSets', 'POST sourceConnections', 'POST targetConnections'])
  })
})

describe('publishing', () => {
  it('another run published the draft first (1422): fine', async () => {
    adobe.before('POST flows/f-1/action?op=publish', () => adobe.flows.setState('f-1', 'enabled'))
    const { result } = await run()
    expect(adobe.writes).toEqual(FIRST_RUN_WRITES)
    expect(result).toStrictEqual(CREATED)
    expect(logs).not.toContain('Published dataflow f-1')
  })

  it("this run's own draft is published without reading its state first", async () => {
    let readBeforePublish: string[] = []
    adobe.before('POST flows/f-1/action?op=publish', () => {
      readBeforePublish = [...adobe.reads]
    })
    await run()
    expect(readBeforePublish).toEqual([
      'LIST sourceConnections name==Incidents to AEP (source)',
      'LIST targetConnections name==Incidents to AEP (target)',
      'LIST flows name==Incidents to AEP'
    ])
    // Read once, after the publish, for the state it reports.
    expect(adobe.reads.filter(r => r === 'GET flows/f-1')).toHaveLength(1)
  })

  it('another refusal stands', async () => {
    const refused = flowServiceError('publish dataflow f-1', '1444', 400, 'The source connection is not published.')
    adobe.failNext('POST flows/f-1/action?op=publish', refused)
    expect(await rejection(run())).toBe(refused)
  })

  it('a publish that is not an Adobe answer stands', async () => {
    const reset = new TransportError('publish dataflow f-1', 'reset', 'ECONNRESET', 'reset', 'fake')
    adobe.failNext('POST flows/f-1/action?op=publish', reset)
    expect(await rejection(run())).toBe(reset)
  })

  it("the draft disappeared before it was published: Adobe's 404 on the publish stands", async () => {
    adobe.after('POST flows?mode=draft', () => adobe.flows.items.delete('f-1'))
    const error = await rejection(run())
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(404)
  })

  it('the dataflow is gone right after publishing: the run fails, saying so', async () => {
    adobe.after('POST flows/f-1/action?op=publish', () => adobe.flows.items.delete('f-1'))
    const error = await rejection(run())
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe('Dataflow f-1 disappeared while this run was building it: run again.')
  })
})

describe('cancellation', () => {
  it.each(['POST mappingSets', 'POST sourceConnections', 'POST targetConnections'])(
    'after %s: the writes sent with it end and settle, and the dataflow is not sent',
    async last => {
      adobe.after(last, () => {
        signal = 'SIGINT'
      })
      const error = await rejection(run())
      expect(error).toBeInstanceOf(ActionError)
      expect(error.message).toBe(CANCELLED)
      expect(adobe.writes).toEqual(['POST mappingSets', 'POST sourceConnections', 'POST targetConnections'])
      // Each create's settling look-up.
      expect(adobe.reads.filter(r => /^LIST (source|target)Connections/.test(r))).toHaveLength(2)
      expect(events).toEqual(['created source s-1', 'created target t-1'])
    }
  )

  it('before anything: no write', async () => {
    const plan = await planned()
    signal = 'SIGTERM'
    expect((await rejection(executeDataflow(plan, deps))).message).toBe(
      'The job was cancelled (SIGTERM); stopped before the next part of the chain.'
    )
    expect(adobe.writes).toEqual([])
  })
})

describe('plans that cannot be carried out', () => {
  it('a failing plan fails with its reason, before any request', async () => {
    await run()
    const plan = await planned({ ifExists: 'fail' })
    const error = await rejection(executeDataflow(plan, deps))
    expect(error).toBeInstanceOf(ActionError)
    expect(plan.intent).toBe('fail')
    expect(error.message).toBe(plan.intent === 'fail' ? failureMessage(plan) : 'not a failing plan')
    expect([adobe.writes, adobe.reads]).toEqual([[], []])
    // A failing plan carries its failure now (no text-less one): the message is its wording.
    const bare: FailedPlan = {
      intent: 'fail',
      failure: { why: 'no-dataset', id: DATASET_ID },
      name: NAME,
      sandboxName: 'prod',
      dryRun: false
    }
    expect((await rejection(executeDataflow(bare, deps))).message).toBe(failureMessage(bare))
    expect([adobe.writes, adobe.reads]).toEqual([[], []])
  })

  it('a plan without its parts is a bug: the type checker refuses it', () => {
    // @ts-expect-error: a plan that does not fail carries every part (ChainPlan)
    const bare: DataflowPlan = { intent: 'create', name: NAME, sandboxName: 'prod', dryRun: false }
    expect(bare).not.toHaveProperty('flow')
  })
})

describe('the fake keeps what it was told', () => {
  it('ids, names and references as the requests gave them', async () => {
    await run()
    expect(adobe.sources.current('s-1')).toStrictEqual({
      id: 's-1',
      etag: '"s-1-r1"',
      name: 'Incidents to AEP (source)',
      createdAt: T0,
      state: 'enabled',
      baseConnectionId: BASE_ID,
      tableName: 'incidents',
      columns: undefined
    })
    expect(adobe.targets.current('t-1')).toMatchObject({ datasetId: DATASET_ID })
    expect(adobe.flows.current('f-1')).toMatchObject({ etag: '"f-1-r2"', state: 'enabled' })
  })
})

/** The dataflow as this run last saw it (its state in the look-up, the settle or the read after publishing). */
const seen = (state: string) => ({ dataflowId: 'f-1', state })

describe('waitFor', () => {
  /** A published dataflow, then the clock and the logs as a wait starts. */
  async function published(state = 'enabled'): Promise<void> {
    await run()
    if (state !== 'enabled') adobe.flows.setState('f-1', state)
    adobe.reads.length = 0
    logs.length = 0
  }

  /** After `n` sleeps, `then` runs (Flow Service moving on meanwhile). */
  function afterSleeps(n: number, then: () => void): void {
    const sleep = deps.sleep
    deps = {
      ...deps,
      sleep: async ms => {
        await sleep(ms)
        if (sleeps.length === n) then()
      }
    }
  }

  it("'enabled': a dataflow this run last saw enabled is not read again", async () => {
    await published()
    expect(await waitFor('enabled', seen('enabled'), 10_000, deps)).toStrictEqual({ state: 'enabled' })
    expect([adobe.reads, sleeps]).toEqual([[], []])
    expect(logs).toEqual(['Dataflow f-1 is enabled'])
  })

  it("'none': returns at once, reading nothing", async () => {
    await published()
    expect(await waitFor('none', seen('initializing'), 10_000, deps)).toBeUndefined()
    expect(adobe.reads).toEqual([])
  })

  it("'enabled': polls once a second until the dataflow is enabled", async () => {
    await published('initializing')
    afterSleeps(2, () => adobe.flows.setState('f-1', 'enabled'))
    expect(await waitFor('enabled', seen('initializing'), 10_000, deps)).toStrictEqual({ state: 'enabled' })
    expect(sleeps).toEqual([1000, 1000])
    expect(adobe.reads).toEqual(['GET flows/f-1', 'GET flows/f-1', 'GET flows/f-1'])
    expect(logs).toEqual(['Dataflow f-1 is enabled'])
  })

  it("'first-run': waits for the oldest run to end, and returns it", async () => {
    await published()
    const running: Run = { id: 'r-1', status: 'inProgress', createdAt: T0 + 1, errors: [] }
    afterSleeps(1, () => {
      adobe.addRun('f-1', { id: 'r-2', status: 'success', createdAt: T0 + 2, recordsWritten: 1 })
      adobe.addRun('f-1', running)
    })
    afterSleeps(3, () => adobe.runsOf.set('f-1', [{ ...running, status: 'success', recordsWritten: 42 }]))
    expect(await waitFor('first-run', seen('initializing'), 60_000, deps)).toStrictEqual({
      state: 'enabled',
      run: { id: 'r-1', status: 'success', createdAt: T0 + 1, recordsWritten: 42, errors: [] }
    })
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(logs).toEqual([
      'Dataflow f-1 is enabled',
      'The first run of dataflow f-1 (r-1) ended: success, 42 records written'
    ])
  })

  it("'enabled': a dataflow that shows no state is taken as enabled", async () => {
    await published()
    adobe.flows.touch('f-1', { state: undefined })
    expect(await waitFor('enabled', seen('initializing'), 10_000, deps)).toStrictEqual({ state: 'enabled' })
    expect(sleeps).toEqual([])
    expect(adobe.reads).toEqual(['GET flows/f-1'])
    expect(logs).toEqual(['Dataflow f-1 is enabled'])
  })

  // Adobe spells them success (monitor.md) and Failed (sort-and-filter.md): compared without regard to case.
  it.each(['success', 'Failed', 'failed', 'partialSuccess', 'cancelled', 'canceled', 'error', 'SUCCESS'])(
    "'first-run': a run %s has ended",
    async status => {
      await published()
      adobe.addRun('f-1', { id: 'r-1', status, createdAt: T0 })
      expect(await waitFor('first-run', seen('initializing'), 60_000, deps)).toStrictEqual({
        state: 'enabled',
        run: { id: 'r-1', status, createdAt: T0, errors: [] }
      })
      expect(sleeps).toEqual([])
    }
  )

  it("'first-run': any other status is waited on (unknown, queued, one Flow Service may add)", async () => {
    await published()
    adobe.addRun('f-1', { id: 'r-1', status: 'unknown', createdAt: T0 })
    afterSleeps(1, () => adobe.runsOf.set('f-1', [{ id: 'r-1', status: 'queued', createdAt: T0, errors: [] }]))
    afterSleeps(2, () => adobe.runsOf.set('f-1', [{ id: 'r-1', status: 'processing', createdAt: T0, errors: [] }]))
    afterSleeps(3, () => adobe.runsOf.set('f-1', [{ id: 'r-1', status: 'partialSuccess', createdAt: T0, errors: [] }]))
    expect(await waitFor('first-run', seen('initializing'), 60_000, deps)).toMatchObject({
      run: { status: 'partialSuccess' }
    })
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(adobe.reads.filter(r => r === 'LIST runs flowId==f-1')).toHaveLength(4)
  })

  it("'first-run': a failed run ends the wait too; runs without a time count as the oldest", async () => {
    await published()
    adobe.addRun('f-1', { id: 'r-2', status: 'success', createdAt: T0 })
    adobe.addRun('f-1', { id: 'r-1', status: 'Failed' })
    expect(await waitFor('first-run', seen('initializing'), 60_000, deps)).toStrictEqual({
      state: 'enabled',
      run: { id: 'r-1', status: 'Failed', errors: [] }
    })
    expect(logs.at(-1)).toBe('The first run of dataflow f-1 (r-1) ended: Failed, 0 records written')
  })

  it("'enabled', the dataflow a draft: fails at once, since a draft never becomes enabled by itself", async () => {
    await published('draft')
    const error = await rejection(waitFor('enabled', seen('initializing'), 3_000, deps))
    expect(error.message).toBe(
      'Dataflow f-1 is still a draft (state draft) after it was published: it will not run. Publish it in Experience Platform, or run again with "if-exists" update.'
    )
    expect(sleeps).toEqual([])
  })

  it.each([
    ['enabled', 'initializing', [], 'still initializing, not enabled'],
    ['first-run', 'enabled', [], 'its first run has not started'],
    ['first-run', 'enabled', [{ id: 'r-1', status: 'pending' }], 'its first run r-1 is still pending'],
    ['first-run', 'enabled', [{ id: 'r-1', status: 'unknown' }], 'its first run r-1 is still unknown']
  ] as const)("'%s', the dataflow %s: times out naming wait-timeout-seconds", async (wait, state, runs, what) => {
    await published(state)
    for (const each of runs) adobe.addRun('f-1', each)
    const error = await rejection(waitFor(wait, seen('initializing'), 3_000, deps))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(
      `Waited 3 s for dataflow f-1: ${what}. Raise "wait-timeout-seconds", or set "wait" to none; the dataflow itself is in place.`
    )
    expect(sleeps).toEqual([1000, 1000, 1000])
  })

  it.each(['disabled', 'deleted'])('a %s dataflow fails at once', async state => {
    await published()
    if (state === 'deleted') adobe.flows.items.delete('f-1')
    else adobe.flows.setState('f-1', state)
    const error = await rejection(waitFor('first-run', seen('initializing'), 60_000, deps))
    expect(error.message).toBe(
      `Dataflow f-1 is ${state}; it will not run. Enable it in Experience Platform, or delete it and run again.`
    )
    expect(sleeps).toEqual([])
  })

  it('a cancelled job stops waiting', async () => {
    await published()
    afterSleeps(1, () => {
      signal = 'SIGINT'
    })
    const error = await rejection(waitFor('first-run', seen('initializing'), 60_000, deps))
    expect(error.message).toBe(CANCELLED)
    expect(sleeps).toEqual([1000])
  })
})

describe('a replacement and its end states', () => {
  it('the chain it replaces cannot be deleted: the step fails naming the new dataflow and what to delete', async () => {
    await run()
    adobe.failNext('DELETE flows/f-1', flowServiceError('delete dataflow f-1', '1100', 400, 'no'))
    const error = await rejection(run({ table: 'contacts' }))
    expect(error.message).toBe(
      'The new dataflow f-2 is live, but the chain it replaces could not be deleted: Could not delete dataflow f-1: HTTP 400, code 1100-400: no (request id req-1)\nNext step: delete dataflow f-1 and its connections s-1, t-1 (Sources > Dataflows), then run again.'
    )
  })
})

describe('run statuses of the OpenAPI', () => {
  it.each(['PARTIAL_SUCCESS', 'PARTIAL_FAILURE', 'COMPLETED'])("'first-run': %s has ended", async status => {
    await run()
    adobe.addRun('f-1', { id: 'r-1', status, createdAt: T0 })
    const done = await waitFor('first-run', seen('initializing'), 60_000, deps)
    expect(done?.run?.status).toBe(status)
  })
})
