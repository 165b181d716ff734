// The dataflow decision, free of I/O: what becomes of each part of the chain for every state the
// look-up may find, every input Adobe's answers show to be wrong, and the words for each plan
// (the dry run's lines and outputs, the outputs after a run, the job summary).
import { describe, expect, it } from '@jest/globals'

import { MappingSet } from '../../src/adobe/data-prep.js'
import {
  Connection,
  DATA_LAKE_SPEC_ID,
  Flow,
  SourceConnection,
  TargetConnection
} from '../../src/adobe/flow-service.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import {
  DataflowResult,
  dryRunOutcome,
  dryRunOutputs,
  failureMessage,
  planLines,
  runOutputs,
  summary
} from '../../src/dataflow/describe.js'
import { DataflowConfig } from '../../src/dataflow/inputs.js'
import {
  ChainFound,
  ChainPlan,
  currentMapping,
  DataflowPlan,
  FlowShape,
  makeDataflowPlan,
  scheduleParams
} from '../../src/dataflow/plan.js'
import { dataflowConfig, PAIRS } from '../fixtures/dataflow-config.js'
import {
  BASE,
  BASE_ID,
  column,
  DATASET,
  DATASET_ID,
  FLOW_SPEC,
  FLOW_SPEC_ID,
  SCHEMA_CONTENT_TYPE,
  SCHEMA_ID,
  SCHEMA_PATHS,
  TABLES
} from '../fixtures/fake-adobe.js'

const NAME = 'Incidents to AEP'
const SOURCE_NAME = 'Incidents to AEP (source)'
const TARGET_NAME = 'Incidents to AEP (target)'
/** 2025-01-31T06:00:00Z */
const START = '1738303200'

const SOURCE: SourceConnection = {
  id: 's-1',
  etag: '"s-1-r1"',
  name: SOURCE_NAME,
  createdAt: 1_000,
  state: 'enabled',
  baseConnectionId: BASE_ID,
  tableName: 'incidents'
}
const TARGET: TargetConnection = {
  id: 't-1',
  etag: '"t-1-r1"',
  name: TARGET_NAME,
  createdAt: 1_000,
  state: 'enabled',
  datasetId: DATASET_ID,
  schemaId: SCHEMA_ID
}
const MAPPING: MappingSet = { id: 'm-1', version: 2, schemaId: SCHEMA_ID, pairs: PAIRS }
const MAPPING_STEP = { name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: '2' } }
const COPY_STEP = { name: 'Copy', params: { deltaColumn: { name: 'updated' } } }
const FLOW: Flow = {
  id: 'f-1',
  etag: '"f-1-r3"',
  name: NAME,
  createdAt: 1_000,
  state: 'enabled',
  flowSpecId: FLOW_SPEC_ID,
  sourceConnectionIds: ['s-1'],
  targetConnectionIds: ['t-1'],
  transformations: [MAPPING_STEP],
  scheduleParams: { startTime: START, frequency: 'hour', interval: '1' }
}

/** What explore shows of the source: its tables, and the columns of incidents (the default table). */
const EXPLORED = {
  tables: [...TABLES].map(([path, { name }]) => ({ name, path })),
  columns: TABLES.get('incidents')?.columns
}

/** Nothing of the chain yet: a first run. */
const NONE: ChainFound = {
  base: BASE,
  dataset: DATASET,
  flowSpec: FLOW_SPEC,
  flows: [],
  sources: [],
  targets: [],
  mapping: undefined,
  explored: EXPLORED,
  schemaPaths: SCHEMA_PATHS
}
/** The same, explored for the contacts table. */
const CONTACTS = { ...EXPLORED, columns: TABLES.get('contacts')?.columns }
/** The chain as a first run with the default inputs leaves it. */
const BUILT: ChainFound = { ...NONE, flows: [FLOW], sources: [SOURCE], targets: [TARGET], mapping: MAPPING }

const HOURLY: FlowShape = { frequency: 'hour', interval: '1', startTime: undefined, copy: undefined }

/** A minute before the dataflow's start time (START), which has not passed then. */
const BEFORE_START = Number(START) * 1000 - 60_000
/** An hour after it: the dataflow has started. */
const AFTER_START = Number(START) * 1000 + 3_600_000

/** Either plan, its parts and failure read alike (a part absent where the plan has none). */
type AnyPlan = Pick<DataflowPlan, 'intent' | 'name' | 'sandboxName' | 'dryRun'> &
  Partial<Pick<ChainPlan, 'source' | 'target' | 'mapping' | 'flow' | 'replaces'>> & { failure?: string }

/** The plan, with a failure as the run words it (failureMessage). */
const plan = (found: ChainFound, overrides: Partial<DataflowConfig> = {}, now?: number): AnyPlan =>
  worded(makeDataflowPlan(dataflowConfig(overrides), found, now))
const worded = (made: DataflowPlan): AnyPlan =>
  made.intent === 'fail' ? { ...made, failure: failureMessage(made) } : made
/** The plan as the describer takes it. */
const raw = (found: ChainFound, overrides: Partial<DataflowConfig> = {}, now?: number): DataflowPlan =>
  makeDataflowPlan(dataflowConfig(overrides), found, now)
const withFlow = (changes: Partial<Flow>): ChainFound => ({ ...BUILT, flows: [{ ...FLOW, ...changes }] })

describe('makeDataflowPlan: a first run', () => {
  it('creates every part, with the exact request bodies', () => {
    expect(plan(NONE)).toStrictEqual({
      intent: 'create',
      name: NAME,
      sandboxName: 'prod',
      dryRun: false,
      source: {
        kind: 'create',
        request: {
          name: SOURCE_NAME,
          baseConnectionId: BASE_ID,
          data: { format: 'tabular' },
          params: { tableName: 'incidents' },
          connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC_ID, version: '1.0' }
        }
      },
      target: {
        kind: 'create',
        request: {
          name: TARGET_NAME,
          data: { schema: { id: SCHEMA_ID, version: SCHEMA_CONTENT_TYPE } },
          params: { dataSetId: DATASET_ID },
          connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' }
        }
      },
      mapping: {
        kind: 'create',
        request: {
          outputSchema: { schemaRef: { id: SCHEMA_ID, contentType: SCHEMA_CONTENT_TYPE } },
          mappings: [
            { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
            { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' }
          ]
        }
      },
      flow: { kind: 'create', name: NAME, flowSpec: FLOW_SPEC, shape: HOURLY }
    })
  })

  it('sends columns, a start time and a Copy step only when given', () => {
    const given = plan(NONE, {
      columns: ['id', 'subject', 'updated'],
      frequency: 'minute',
      interval: 15,
      startTime: Number(START),
      deltaColumn: 'updated',
      dryRun: true
    })
    expect(given.dryRun).toBe(true)
    expect(given.source).toStrictEqual({
      kind: 'create',
      request: expect.objectContaining({
        params: { tableName: 'incidents', columns: ['id', 'subject', 'updated'].map(name => column(name)) }
      })
    })
    expect(given.flow).toStrictEqual({
      kind: 'create',
      name: NAME,
      flowSpec: FLOW_SPEC,
      shape: { frequency: 'minute', interval: '15', startTime: START, copy: COPY_STEP }
    })
  })

  it('once has no interval, and no minimum to meet', () => {
    expect(plan(NONE, { frequency: 'once', interval: 1 }).flow).toMatchObject({
      kind: 'create',
      shape: { frequency: 'once', interval: undefined }
    })
  })

  it('a base connection without a spec id gives the source an empty one, of version 1.0', () => {
    const base: Connection = { id: BASE_ID, etag: '"b-1"', name: 'Oracle' }
    expect(plan({ ...NONE, base }).source).toMatchObject({
      kind: 'create',
      request: { connectionSpec: { id: '', version: '1.0' } }
    })
  })

  it("the source takes the version of the base connection's connection spec", () => {
    const base: Connection = { ...BASE, connectionSpecVersion: '2.1' }
    expect(plan({ ...NONE, base }).source).toMatchObject({
      kind: 'create',
      request: { connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC_ID, version: '2.1' } }
    })
    const unversioned: Connection = { ...BASE, connectionSpecVersion: undefined }
    expect(plan({ ...NONE, base: unversioned }).source).toMatchObject({
      request: { connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC_ID, version: '1.0' } }
    })
  })

  it("the target's schema and the mapping set name the schema's full form, whatever the dataset", () => {
    const other = { id: DATASET_ID, schemaId: 'https://ns.adobe.com/acme/schemas/other' }
    const first = plan({ ...NONE, dataset: other })
    const full = 'application/vnd.adobe.xed-full+json;version=1'
    expect(first.target).toMatchObject({ request: { data: { schema: { id: other.schemaId, version: full } } } })
    expect(first.mapping).toMatchObject({
      request: { outputSchema: { schemaRef: { id: other.schemaId, contentType: full } } }
    })
  })
})

describe('makeDataflowPlan: a re-run', () => {
  it('with identical inputs reuses every part and changes nothing', () => {
    expect(plan(BUILT)).toStrictEqual({
      intent: 'unchanged',
      name: NAME,
      sandboxName: 'prod',
      dryRun: false,
      source: { kind: 'reuse', found: SOURCE },
      target: { kind: 'reuse', found: TARGET },
      mapping: { kind: 'reuse', id: 'm-1', version: 2 },
      flow: { kind: 'reuse', found: FLOW, changes: [], shape: HOURLY, publish: false }
    })
  })

  it('reads the schedule as Flow Service echoes it (numbers) and the pairs in any order', () => {
    const found: ChainFound = {
      ...withFlow({ scheduleParams: { startTime: Number(START), frequency: 'hour', interval: 1 } }),
      mapping: { ...MAPPING, pairs: [...PAIRS].reverse() }
    }
    expect(plan(found).intent).toBe('unchanged')
  })

  it.each(['update', 'reuse'] as const)('with if-exists %s and nothing changed: unchanged', ifExists => {
    expect(plan(BUILT, { ifExists }).intent).toBe('unchanged')
  })
})

describe('makeDataflowPlan: a changed mapping', () => {
  const more = [...PAIRS, { source: 'status', destination: '_acme.status' }]

  it('writes a new version of the same mapping set, and points the dataflow at it', () => {
    const changed = plan(BUILT, { mapping: more })
    expect(changed.intent).toBe('update')
    expect(changed.mapping).toStrictEqual({
      kind: 'update',
      id: 'm-1',
      version: 2,
      request: {
        outputSchema: { schemaRef: { id: SCHEMA_ID, contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
        mappings: [
          { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
          { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' },
          { sourceType: 'ATTRIBUTE', source: 'status', destination: '_acme.status' }
        ]
      }
    })
    expect(changed.flow).toStrictEqual({
      kind: 'update',
      found: FLOW,
      changes: ['mapping'],
      shape: HOURLY,
      publish: false
    })
    expect(changed.source).toStrictEqual({ kind: 'reuse', found: SOURCE })
    expect(changed.target).toStrictEqual({ kind: 'reuse', found: TARGET })
  })

  it('a pair with another destination is a change', () => {
    const moved = [PAIRS[0], { source: 'subject', destination: '_acme.title' }]
    expect(plan(BUILT, { mapping: moved }).mapping?.kind).toBe('update')
  })

  it("a mapping set written for another schema than the dataset's is a change", () => {
    expect(
      plan({ ...BUILT, mapping: { ...MAPPING, schemaId: 'https://ns.adobe.com/acme/schemas/old' } }).mapping
    ).toMatchObject({ kind: 'update', id: 'm-1', version: 2 })
  })

  it('a mapping set version Data Prep no longer has is written again', () => {
    expect(plan({ ...BUILT, mapping: undefined }).mapping).toMatchObject({ kind: 'update', id: 'm-1', version: 2 })
  })

  it('a dataflow without a Mapping step gets a new mapping set', () => {
    const changed = plan({ ...withFlow({ transformations: [] }), mapping: undefined })
    expect(changed.mapping).toStrictEqual({
      kind: 'create',
      request: {
        outputSchema: { schemaRef: { id: SCHEMA_ID, contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
        mappings: [
          { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
          { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' }
        ]
      }
    })
    expect(changed.flow).toMatchObject({ kind: 'update', changes: ['mapping'] })
  })

  it('with if-exists reuse: reused as it is', () => {
    const kept = plan(BUILT, { mapping: more, ifExists: 'reuse' })
    expect(kept.intent).toBe('unchanged')
    expect(kept.mapping).toStrictEqual({ kind: 'reuse', id: 'm-1', version: 2 })
    expect(kept.flow).toMatchObject({ kind: 'reuse', changes: [] })
  })

  it('with if-exists reuse and no Mapping step: nothing to name', () => {
    expect(
      plan({ ...withFlow({ transformations: [] }), mapping: undefined }, { ifExists: 'reuse' }).mapping
    ).toStrictEqual({ kind: 'reuse', id: '', version: 0 })
  })
})

describe('makeDataflowPlan: a changed schedule', () => {
  it.each<[string, Partial<DataflowConfig>, FlowShape]>([
    ['frequency', { frequency: 'day' }, { ...HOURLY, frequency: 'day' }],
    ['interval', { interval: 2 }, { ...HOURLY, interval: '2' }],
    ['start-time, not reached yet', { startTime: Number(START) + 3600 }, { ...HOURLY, startTime: '1738306800' }],
    ['once', { frequency: 'once' }, { ...HOURLY, frequency: 'once', interval: undefined }]
  ])('%s', (_what, overrides, shape) => {
    const changed = plan(BUILT, overrides, BEFORE_START)
    expect(changed.intent).toBe('update')
    expect(changed.flow).toStrictEqual({ kind: 'update', found: FLOW, changes: ['schedule'], shape, publish: false })
  })

  it('start-time absent: the dataflow keeps its start time, which is not compared', () => {
    expect(plan(withFlow({ scheduleParams: { startTime: '1', frequency: 'hour', interval: '1' } })).intent).toBe(
      'unchanged'
    )
  })

  it('start-time given and equal: no change', () => {
    expect(plan(BUILT, { startTime: Number(START) }).intent).toBe('unchanged')
  })

  it('a schedule without a frequency is a change', () => {
    expect(plan(withFlow({ scheduleParams: {} })).flow).toMatchObject({ changes: ['schedule'] })
  })

  it('with if-exists reuse: not compared', () => {
    expect(plan(BUILT, { frequency: 'day', ifExists: 'reuse' }).flow).toMatchObject({ kind: 'reuse', changes: [] })
  })
})

describe('makeDataflowPlan: a start time that has passed', () => {
  const PASSED = `"start-time": dataflow "Incidents to AEP" (f-1) started at ${START} (epoch seconds), which has passed, and Flow Service does not move a start time that has passed. Leave "start-time" out to keep it, or delete the dataflow to start it anew.`

  it('a new start time fails the plan, naming "start-time"', () => {
    expect(plan(BUILT, { startTime: Number(START) + 86_400 }, AFTER_START)).toStrictEqual({
      intent: 'fail',
      failure: PASSED,
      name: NAME,
      sandboxName: 'prod',
      dryRun: false
    })
    // Flow Service echoes it as a number too.
    const numeric = withFlow({ scheduleParams: { startTime: Number(START), frequency: 'hour', interval: '1' } })
    expect(plan(numeric, { startTime: Number(START) + 86_400 }, AFTER_START).failure).toBe(PASSED)
  })

  it('the very second it starts counts as passed; the millisecond before does not', () => {
    const moved = { startTime: Number(START) + 86_400 }
    expect(plan(BUILT, moved, Number(START) * 1000).failure).toBe(PASSED)
    expect(plan(BUILT, moved, Number(START) * 1000 - 1).flow).toMatchObject({ kind: 'update', changes: ['schedule'] })
  })

  it('the same start time, or none, with another change: the change is made, the start time kept', () => {
    for (const startTime of [Number(START), undefined]) {
      expect(plan(BUILT, { startTime, frequency: 'day' }, AFTER_START).flow).toStrictEqual({
        kind: 'update',
        found: FLOW,
        changes: ['schedule'],
        shape: { ...HOURLY, frequency: 'day', startTime: startTime === undefined ? undefined : START },
        publish: false
      })
    }
  })

  it('a draft has not started: its start time is moved', () => {
    const draft = { ...FLOW, state: 'draft' }
    expect(plan({ ...BUILT, flows: [draft] }, { startTime: Number(START) + 86_400 }, AFTER_START).flow).toMatchObject({
      kind: 'update',
      changes: ['schedule'],
      shape: { startTime: '1738389600' },
      publish: true
    })
  })

  it('a start time that is not a number is not held against the dataflow', () => {
    const odd = withFlow({ scheduleParams: { startTime: 'soon', frequency: 'hour', interval: '1' } })
    expect(plan(odd, { startTime: Number(START) }, AFTER_START).flow).toMatchObject({
      kind: 'update',
      changes: ['schedule'],
      shape: { startTime: START }
    })
  })

  it('under if-exists reuse: not compared, so no failure', () => {
    expect(plan(BUILT, { startTime: Number(START) + 86_400, ifExists: 'reuse' }, AFTER_START).intent).toBe('unchanged')
  })

  it('now defaults to the clock: a start time of 2025 has passed', () => {
    expect(plan(BUILT, { startTime: Number(START) + 86_400 }).failure).toBe(PASSED)
  })
})

describe('makeDataflowPlan: the delta column (the Copy step)', () => {
  it('added', () => {
    const changed = plan(BUILT, { deltaColumn: 'updated' })
    expect(changed.flow).toStrictEqual({
      kind: 'update',
      found: FLOW,
      changes: ['copy'],
      shape: { ...HOURLY, copy: COPY_STEP },
      publish: false
    })
  })

  it('removed', () => {
    const found = withFlow({ transformations: [COPY_STEP, MAPPING_STEP] })
    expect(plan(found).flow).toMatchObject({ kind: 'update', changes: ['copy'], shape: { copy: undefined } })
  })

  it('changed', () => {
    const found = withFlow({ transformations: [COPY_STEP, MAPPING_STEP] })
    expect(plan(found, { deltaColumn: 'modified' }).flow).toMatchObject({
      kind: 'update',
      changes: ['copy'],
      shape: { copy: { name: 'Copy', params: { deltaColumn: { name: 'modified' } } } }
    })
  })

  it('the same: no change', () => {
    const found = withFlow({ transformations: [COPY_STEP, MAPPING_STEP] })
    expect(plan(found, { deltaColumn: 'updated' }).intent).toBe('unchanged')
  })

  it('a Copy step without a column counts as none', () => {
    const found = withFlow({ transformations: [{ name: 'Copy', params: { deltaColumn: { name: '' } } }, MAPPING_STEP] })
    expect(plan(found).intent).toBe('unchanged')
  })

  it('schedule, Copy step and mapping at once, in that order', () => {
    const changed = plan(BUILT, { frequency: 'day', deltaColumn: 'updated', mapping: [PAIRS[0]] })
    expect(changed.flow).toMatchObject({ kind: 'update', changes: ['schedule', 'copy', 'mapping'] })
  })
})

describe('makeDataflowPlan: the source table and columns', () => {
  it('a changed table under if-exists update: a new chain replaces the live one (Adobe does not apply it in place)', () => {
    const changed = plan({ ...BUILT, explored: CONTACTS }, { table: 'contacts' })
    expect(changed).toMatchObject({
      intent: 'replace',
      replaces: { flow: FLOW, source: SOURCE, target: TARGET, changes: ['table'] },
      source: { kind: 'create', request: { name: SOURCE_NAME, params: { tableName: 'contacts' } } },
      target: { kind: 'create', request: { name: TARGET_NAME, params: { dataSetId: DATASET_ID } } },
      mapping: { kind: 'reuse', id: 'm-1', version: 2 },
      flow: { kind: 'create', name: NAME, flowSpec: FLOW_SPEC }
    })
  })

  it('columns added, then table and columns changed: each a replacement; the same columns again change nothing', () => {
    expect(plan(BUILT, { columns: ['id', 'subject'] })).toMatchObject({
      intent: 'replace',
      replaces: { changes: ['columns'] },
      source: {
        kind: 'create',
        request: { params: { tableName: 'incidents', columns: ['id', 'subject'].map(name => column(name)) } }
      }
    })
    const found: ChainFound = { ...BUILT, sources: [{ ...SOURCE, columns: ['id', 'subject'] }] }
    expect(plan({ ...found, explored: CONTACTS }, { table: 'contacts', columns: ['subject', 'id'] })).toMatchObject({
      intent: 'replace',
      replaces: { changes: ['table', 'columns'] }
    })
    expect(plan(found, { columns: ['id', 'subject'] }).intent).toBe('unchanged')
    expect(plan(found)).toMatchObject({ intent: 'replace', replaces: { changes: ['columns'] } })
  })

  it('under if-exists reuse: reused as it is', () => {
    const kept = plan(BUILT, { table: 'contacts', columns: ['id'], ifExists: 'reuse' })
    expect(kept.intent).toBe('unchanged')
    expect(kept.source).toStrictEqual({ kind: 'reuse', found: SOURCE })
  })

  it('under if-exists fail with no dataflow yet: a source left behind is updated', () => {
    const found: ChainFound = { ...NONE, sources: [SOURCE] }
    expect(plan(found, { table: 'contacts', ifExists: 'fail' }).source).toMatchObject({
      kind: 'update',
      changes: ['table']
    })
  })
})

describe('makeDataflowPlan: what is there already', () => {
  it('if-exists fail with a dataflow: fails naming "if-exists"', () => {
    expect(plan(BUILT, { ifExists: 'fail' })).toStrictEqual({
      intent: 'fail',
      failure: 'Dataflow "Incidents to AEP" already exists in sandbox prod (f-1) and "if-exists" is fail.',
      name: NAME,
      sandboxName: 'prod',
      dryRun: false
    })
  })

  it('two dataflows of the name', () => {
    const found: ChainFound = { ...BUILT, flows: [FLOW, { ...FLOW, id: 'f-2' }] }
    expect(plan(found).failure).toBe(
      '2 dataflows are named "Incidents to AEP" in sandbox prod (f-1, f-2): delete the extra ones, or choose another "name".'
    )
  })

  it('many dataflows of the name: 10 ids, then how many more', () => {
    const flows = Array.from({ length: 12 }, (_, i) => ({ ...FLOW, id: `f-${i + 1}` }))
    const ids = flows.slice(0, 10).map(f => f.id)
    expect(plan({ ...BUILT, flows }).failure).toBe(
      `12 dataflows are named "Incidents to AEP" in sandbox prod (${ids.join(', ')} and 2 more): delete the extra ones, or choose another "name".`
    )
  })

  it('two source connections of the name', () => {
    const found: ChainFound = { ...NONE, sources: [SOURCE, { ...SOURCE, id: 's-2' }] }
    expect(plan(found)).toMatchObject({
      intent: 'fail',
      failure:
        '2 source connections are named "Incidents to AEP (source)" in sandbox prod (s-1, s-2): delete the extra ones, or choose another "name".'
    })
  })

  it('two target connections of the name', () => {
    const found: ChainFound = { ...NONE, targets: [TARGET, { ...TARGET, id: 't-2' }] }
    expect(plan(found).failure).toBe(
      '2 target connections are named "Incidents to AEP (target)" in sandbox prod (t-1, t-2): delete the extra ones, or choose another "name".'
    )
  })

  it('with a dataflow, only its own connections count: others of the name are no duplicates', () => {
    const found: ChainFound = {
      ...BUILT,
      sources: [SOURCE, { ...SOURCE, id: 's-9' }],
      targets: [{ ...TARGET, id: 't-9' }, TARGET]
    }
    expect(plan(found)).toMatchObject({
      intent: 'unchanged',
      source: { kind: 'reuse', found: SOURCE },
      target: { kind: 'reuse', found: TARGET }
    })
  })

  it.each([
    ['source', { ...BUILT, sources: [] }],
    ['target', { ...BUILT, targets: [{ ...TARGET, id: 't-9' }] }]
  ])('a dataflow whose %s connection is gone', (what, found) => {
    expect(plan(found).failure).toBe(
      `Dataflow "Incidents to AEP" (f-1) uses a ${what} connection that no longer exists: delete the dataflow, then run again.`
    )
  })

  it('a source connection reading another base connection', () => {
    const found: ChainFound = { ...BUILT, sources: [{ ...SOURCE, baseConnectionId: 'other-base' }] }
    expect(plan(found).failure).toBe(
      `Source connection "Incidents to AEP (source)" (s-1) reads from base connection other-base, not ${BASE_ID}: the action does not move a dataflow to another base connection. Delete the chain, or choose another "name".`
    )
  })

  it('a target connection writing to another dataset', () => {
    const found: ChainFound = { ...NONE, targets: [{ ...TARGET, datasetId: 'otherdataset' }] }
    expect(plan(found).failure).toBe(
      `Target connection "Incidents to AEP (target)" (t-1) writes to dataset otherdataset, not ${DATASET_ID}: the action does not move a dataflow to another dataset. Delete the chain, or choose another "name".`
    )
  })

  it('connections that do not say what they read or write are taken as ours', () => {
    const found: ChainFound = {
      ...BUILT,
      sources: [{ ...SOURCE, baseConnectionId: undefined }],
      targets: [{ ...TARGET, datasetId: undefined }]
    }
    expect(plan(found).intent).toBe('unchanged')
  })
})

describe('makeDataflowPlan: a half-built chain (a cancelled run)', () => {
  it('a source only: reused, the rest created', () => {
    const half = plan({ ...NONE, sources: [SOURCE] })
    expect(half).toMatchObject({
      intent: 'create',
      source: { kind: 'reuse', found: SOURCE },
      target: { kind: 'create' },
      mapping: { kind: 'create' },
      flow: { kind: 'create', name: NAME }
    })
  })

  it('source and target: both reused', () => {
    const half = plan({ ...NONE, sources: [SOURCE], targets: [TARGET] })
    expect(half).toMatchObject({
      intent: 'create',
      source: { kind: 'reuse', found: SOURCE },
      target: { kind: 'reuse', found: TARGET },
      mapping: {
        kind: 'create',
        request: {
          outputSchema: { schemaRef: { id: SCHEMA_ID, contentType: 'application/vnd.adobe.xed-full+json;version=1' } },
          mappings: [
            { sourceType: 'ATTRIBUTE', source: 'id', destination: '_acme.incidentId' },
            { sourceType: 'ATTRIBUTE', source: 'subject', destination: '_acme.subject' }
          ]
        }
      },
      flow: { kind: 'create' }
    })
  })

  it('a draft dataflow: published', () => {
    const draft = { ...FLOW, state: 'draft' }
    expect(plan({ ...BUILT, flows: [draft] })).toMatchObject({
      intent: 'update',
      flow: { kind: 'reuse', found: draft, changes: [], publish: true }
    })
    expect(plan({ ...BUILT, flows: [draft] }, { frequency: 'day' }).flow).toMatchObject({
      kind: 'update',
      changes: ['schedule'],
      publish: true
    })
  })

  it('a dataflow in a state of any other name (Adobe does not document how a draft shows): published', () => {
    for (const state of ['inactive-draft', 'inactive', 'Draft']) {
      expect(plan(withFlow({ state }))).toMatchObject({ intent: 'update', flow: { kind: 'reuse', publish: true } })
    }
  })

  it.each(['enabled', 'disabled', 'initializing'])('a dataflow %s is published already: not published', state => {
    expect(plan(withFlow({ state }))).toMatchObject({ intent: 'unchanged', flow: { kind: 'reuse', publish: false } })
  })

  it('a dataflow that shows no state: not published', () => {
    expect(plan(withFlow({ state: undefined }))).toMatchObject({
      intent: 'unchanged',
      flow: { kind: 'reuse', publish: false }
    })
  })
})

describe("makeDataflowPlan: inputs that Adobe's answers show to be wrong", () => {
  it.each<[string, Partial<ChainFound>, Partial<DataflowConfig>, string]>([
    [
      'no base connection',
      { base: undefined },
      {},
      `"base-connection-id": no base connection ${BASE_ID} in sandbox prod. Use the base-connection-id output of the base connection action, run against the same sandbox.`
    ],
    [
      'a base connection that is not enabled',
      { base: { ...BASE, state: 'disabled' } },
      {},
      `"base-connection-id": base connection ${BASE_ID} is disabled, not enabled: fix its credentials (the base connection action with if-exists: update), then run again.`
    ],
    [
      'an unknown dataset',
      { dataset: undefined },
      {},
      `"dataset-id": Catalog has no dataset ${DATASET_ID} in sandbox prod. Copy the id from the dataset's page in Experience Platform.`
    ],
    [
      'an unknown flow spec',
      { flowSpec: undefined },
      { flowSpecName: 'CRMToAEPX' },
      '"flow-spec-name": Flow Service has no flow spec named "CRMToAEPX" in sandbox prod. Leave it out for CRMToAEP.'
    ],
    [
      "a flow spec that does not take the base connection's spec",
      { base: { ...BASE, connectionSpecId: 'other-spec' } },
      {},
      `"flow-spec-name": flow spec "CRMToAEP" does not take sources of connection spec other-spec (that of base connection ${BASE_ID}).`
    ],
    [
      "an interval below the flow spec's minimum",
      {},
      { frequency: 'minute', interval: 14 },
      '"interval": 14 is below the minimum of flow spec "CRMToAEP" for frequency minute: at least 15.'
    ]
  ])('%s', (_what, found, overrides, failure) => {
    for (const chain of [NONE, BUILT]) {
      expect(plan({ ...chain, ...found }, overrides)).toStrictEqual({
        intent: 'fail',
        failure,
        name: NAME,
        sandboxName: 'prod',
        dryRun: false
      })
    }
  })

  it('the first problem is the one named', () => {
    expect(plan({ ...NONE, base: undefined, dataset: undefined, flowSpec: undefined }).failure).toMatch(
      /^"base-connection-id": /
    )
  })

  it('the minimum comes from the flow spec, per frequency', () => {
    const strict = { ...FLOW_SPEC, minimumInterval: (frequency: string) => (frequency === 'hour' ? 3 : 1) }
    expect(plan({ ...NONE, flowSpec: strict }, { interval: 2 }).failure).toBe(
      '"interval": 2 is below the minimum of flow spec "CRMToAEP" for frequency hour: at least 3.'
    )
    expect(plan({ ...NONE, flowSpec: strict }, { interval: 3 }).intent).toBe('create')
    expect(plan(NONE, { frequency: 'minute', interval: 15 }).intent).toBe('create')
  })

  it('a base connection without a state or a spec id is not held against it', () => {
    expect(plan({ ...NONE, base: { id: BASE_ID, etag: '"b-1"', name: 'Oracle' } }).intent).toBe('create')
  })

  it('a flow spec that lists no source connection specs takes any base connection', () => {
    const open = { ...FLOW_SPEC, sourceConnectionSpecIds: [] }
    expect(plan({ ...NONE, flowSpec: open, base: { ...BASE, connectionSpecId: 'other-spec' } })).toMatchObject({
      intent: 'create',
      source: { kind: 'create', request: { connectionSpec: { id: 'other-spec', version: '1.0' } } }
    })
  })
})

describe('helpers', () => {
  it('scheduleParams: the start time given, or the one passed', () => {
    expect(scheduleParams(HOURLY, '5')).toStrictEqual({ startTime: 5, frequency: 'hour', interval: '1' })
    expect(scheduleParams({ ...HOURLY, startTime: START, frequency: 'once', interval: undefined }, '5')).toStrictEqual({
      startTime: Number(START),
      frequency: 'once'
    })
  })

  it('currentMapping: the Mapping step, its version a string or a number', () => {
    expect(currentMapping(FLOW)).toStrictEqual({ id: 'm-1', version: 2 })
    const numeric = { ...FLOW, transformations: [{ name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: 3 } }] }
    expect(currentMapping(numeric)).toStrictEqual({ id: 'm-1', version: 3 })
    const broken = {
      ...FLOW,
      transformations: [{ name: 'Mapping', params: { mappingId: 'm-1', mappingVersion: 'x' } }]
    }
    expect(currentMapping(broken)).toBeUndefined()
    expect(currentMapping({ ...FLOW, transformations: [] })).toBeUndefined()
  })
})

describe('planLines, dryRunOutcome, dryRunOutputs', () => {
  it('a first run', () => {
    const first = raw(NONE)
    expect(planLines(first)).toEqual([
      'source connection "Incidents to AEP (source)": create',
      'target connection "Incidents to AEP (target)": create',
      'mapping set: create (2 mappings)',
      'dataflow "Incidents to AEP": create as a draft, then publish (hour every 1)'
    ])
    expect(dryRunOutcome(first)).toBe('would-create')
    expect(dryRunOutputs(first)).toStrictEqual({ outcome: 'would-create' })
  })

  it('a first run, once', () => {
    expect(planLines(raw(NONE, { frequency: 'once' })).at(-1)).toBe(
      'dataflow "Incidents to AEP": create as a draft, then publish (once)'
    )
  })

  it('a re-run that changes nothing', () => {
    const same = raw(BUILT)
    expect(planLines(same)).toEqual([
      'source connection "Incidents to AEP (source)": reuse s-1',
      'target connection "Incidents to AEP (target)": reuse t-1',
      'mapping set: reuse m-1 version 2',
      'dataflow "Incidents to AEP": reuse f-1'
    ])
    expect(dryRunOutcome(same)).toBe('unchanged')
    expect(dryRunOutputs(same)).toStrictEqual({
      outcome: 'unchanged',
      'source-connection-id': 's-1',
      'target-connection-id': 't-1',
      'dataflow-id': 'f-1',
      state: 'enabled',
      'mapping-id': 'm-1',
      'mapping-version': '2'
    })
  })

  it('a new mapping version', () => {
    const changed = raw(BUILT, { mapping: [...PAIRS, { source: 'status', destination: '_acme.status' }] })
    expect(planLines(changed)).toEqual([
      'source connection "Incidents to AEP (source)": reuse s-1',
      'target connection "Incidents to AEP (target)": reuse t-1',
      'mapping set: new version of m-1 (now version 2; 3 mappings)',
      'dataflow "Incidents to AEP": update f-1 (mapping)'
    ])
    expect(dryRunOutcome(changed)).toBe('would-update')
    // The mapping's id stays, its version does not: neither is an output before the run.
    expect(dryRunOutputs(changed)).toStrictEqual({
      outcome: 'would-update',
      'source-connection-id': 's-1',
      'target-connection-id': 't-1',
      'dataflow-id': 'f-1',
      state: 'enabled'
    })
  })

  it('a changed source: a replacement, said so', () => {
    const changed = raw(
      { ...BUILT, explored: CONTACTS },
      {
        mapping: [...PAIRS, { source: 'status', destination: '_acme.status' }],
        table: 'contacts',
        columns: ['id', 'subject', 'status']
      }
    )
    expect(planLines(changed)).toEqual([
      'source connection "Incidents to AEP (source)": create',
      'target connection "Incidents to AEP (target)": create',
      'mapping set: new version of m-1 (now version 2; 3 mappings)',
      'dataflow "Incidents to AEP": create as a draft, then publish (hour every 1)',
      'then delete the dataflow it replaces, f-1, and its connections s-1 and t-1 (table, columns changed: Flow Service does not apply that to a live dataflow)'
    ])
    expect(dryRunOutcome(changed)).toBe('would-replace')
    // The replaced ids are gone after the run: none is an output.
    expect(dryRunOutputs(changed)).toStrictEqual({ outcome: 'would-replace' })
  })

  it('a draft to publish, with and without changes', () => {
    const draft = { ...FLOW, state: 'draft' }
    expect(planLines(raw({ ...BUILT, flows: [draft] })).at(-1)).toBe(
      'dataflow "Incidents to AEP": reuse f-1, then publish the draft'
    )
    const changed = raw({ ...BUILT, flows: [draft] }, { frequency: 'day', deltaColumn: 'updated' })
    expect(planLines(changed).at(-1)).toBe(
      'dataflow "Incidents to AEP": update f-1 (schedule, copy), then publish the draft'
    )
    expect(dryRunOutputs(changed)).toMatchObject({ outcome: 'would-update', state: 'draft' })
  })

  it('a half-built chain: only what exists is an output', () => {
    const half = raw({ ...NONE, sources: [SOURCE] })
    expect(planLines(half).slice(0, 2)).toEqual([
      'source connection "Incidents to AEP (source)": reuse s-1',
      'target connection "Incidents to AEP (target)": create'
    ])
    expect(dryRunOutputs(half)).toStrictEqual({ outcome: 'would-create', 'source-connection-id': 's-1' })
  })

  it('a dataflow without a state has no state output', () => {
    expect(dryRunOutputs(raw(withFlow({ state: undefined })))).not.toHaveProperty('state')
  })

  it('a failure', () => {
    const failed = raw(BUILT, { ifExists: 'fail' })
    expect(planLines(failed)).toEqual([
      'would fail: Dataflow "Incidents to AEP" already exists in sandbox prod (f-1) and "if-exists" is fail.'
    ])
    expect(dryRunOutcome(failed)).toBe('would-fail')
    expect(dryRunOutputs(failed)).toStrictEqual({ outcome: 'would-fail' })
  })
})

const RESULT: DataflowResult = {
  outcome: 'created',
  dataflowId: 'f-1',
  sourceConnectionId: 's-1',
  targetConnectionId: 't-1',
  mappingId: 'm-1',
  mappingVersion: 0,
  state: 'draft',
  adopted: false
}

describe('runOutputs', () => {
  it('without a wait: the result as it is', () => {
    expect(runOutputs(RESULT, undefined)).toStrictEqual({
      'dataflow-id': 'f-1',
      'source-connection-id': 's-1',
      'target-connection-id': 't-1',
      'mapping-id': 'm-1',
      'mapping-version': '0',
      state: 'draft',
      outcome: 'created'
    })
  })

  it('after waiting until enabled: the state waited for', () => {
    expect(runOutputs(RESULT, { state: 'enabled' })).toMatchObject({ state: 'enabled' })
    expect(runOutputs(RESULT, { state: 'enabled' })).not.toHaveProperty('run-status')
  })

  it('after the first run: its status and records', () => {
    const run = { id: 'r-1', status: 'success', createdAt: 5, recordsWritten: 42, errors: [] }
    expect(runOutputs(RESULT, { state: 'enabled', run })).toStrictEqual({
      'dataflow-id': 'f-1',
      'source-connection-id': 's-1',
      'target-connection-id': 't-1',
      'mapping-id': 'm-1',
      'mapping-version': '0',
      state: 'enabled',
      outcome: 'created',
      'run-status': 'success',
      'records-written': '42'
    })
    expect(runOutputs(RESULT, { state: 'enabled', run: { id: 'r-1', status: 'Failed', errors: [] } })).toMatchObject({
      'run-status': 'failed',
      'records-written': '0'
    })
  })
})

describe('summary', () => {
  it('the plan and the outputs, as a list and a table', () => {
    expect(summary(raw(BUILT), dryRunOutputs(raw(BUILT)))).toStrictEqual({
      heading: 'Dataflow "Incidents to AEP" in sandbox prod',
      lines: [
        'source connection "Incidents to AEP (source)": reuse s-1',
        'target connection "Incidents to AEP (target)": reuse t-1',
        'mapping set: reuse m-1 version 2',
        'dataflow "Incidents to AEP": reuse f-1'
      ],
      table: [
        ['output', 'value'],
        ['outcome', 'unchanged'],
        ['source-connection-id', 's-1'],
        ['target-connection-id', 't-1'],
        ['dataflow-id', 'f-1'],
        ['state', 'enabled'],
        ['mapping-id', 'm-1'],
        ['mapping-version', '2']
      ]
    })
  })

  it('a dry run that fails: its reason, the texts as they are (the summary writer escapes them)', () => {
    const name = 'A|B `x` \\ y'
    const failed = raw(BUILT, { name, ifExists: 'fail', dryRun: true })
    expect(summary(failed, { outcome: 'would-fail', note: 'one|two' })).toStrictEqual({
      heading: 'Dataflow "A|B `x` \\ y" in sandbox prod (dry run)',
      lines: ['would fail: Dataflow "A|B `x` \\ y" already exists in sandbox prod (f-1) and "if-exists" is fail.'],
      table: [
        ['output', 'value'],
        ['outcome', 'would-fail'],
        ['note', 'one|two']
      ]
    })
  })
})

describe('makeDataflowPlan: what explore and the Schema Registry show (checked before any write)', () => {
  const failure = (found: ChainFound, overrides: Partial<DataflowConfig> = {}): string | undefined =>
    plan(found, overrides).failure

  it('takes the table by its path, or by its name when exactly one table has it', () => {
    const named = {
      tables: [
        { name: 'Incidents', path: 'incidents' },
        { name: 'Archive', path: 'old_incidents' },
        { name: 'Archive', path: 'older_incidents' }
      ],
      columns: TABLES.get('incidents')?.columns
    }
    expect(plan({ ...NONE, explored: named }, { table: 'Incidents' }).source).toMatchObject({
      request: { params: { tableName: 'incidents' } }
    })
    expect(failure({ ...NONE, explored: named }, { table: 'Archive' })).toBe(
      '"table": 2 tables are named "Archive" (paths old_incidents, older_incidents): give the table\'s path instead.'
    )
  })

  it('an unknown table fails naming "table", with the closest names explore listed', () => {
    expect(failure({ ...NONE, explored: { ...EXPLORED, columns: undefined } }, { table: 'incident' })).toBe(
      '"table": the source has no table "incident" (by path or name); closest: incidents, contacts. Explore lists the source\'s tables: GET /connections/{id}/explore?objectType=root.'
    )
  })

  it('an unknown column in "columns" or "delta-column" fails naming the input', () => {
    expect(failure(NONE, { columns: ['id', 'subjekt'] })).toBe(
      '"columns": table "incidents" has no column "subjekt"; closest: subject, status, id.'
    )
    expect(failure(NONE, { deltaColumn: 'updatedAt' })).toBe(
      '"delta-column": table "incidents" has no column "updatedAt"; closest: updated, modified, status.'
    )
  })

  it('a mapping source that is not a column of the table fails naming "mapping"', () => {
    expect(failure(NONE, { mapping: [PAIRS[0], { source: 'titel', destination: '_acme.title' }] })).toBe(
      '"mapping": table "incidents" has no column "titel", named as a source; closest: id, status, updated.'
    )
  })

  it('a mapping destination that is not a field of the dataset\'s schema fails naming "mapping"', () => {
    expect(failure(NONE, { mapping: [PAIRS[0], { source: 'subject', destination: '_acme.subjekt' }] })).toBe(
      `"mapping": the schema of "dataset-id" (${SCHEMA_ID}) has no field "_acme.subjekt", named as a destination; closest: _acme.subject, _acme.status, _acme.title.`
    )
    // Without the schema (the Schema Registry has none), Data Prep judges it at the write.
    expect(
      plan({ ...NONE, schemaPaths: undefined }, { mapping: [{ source: 'subject', destination: '_acme.subjekt' }] })
        .intent
    ).toBe('create')
  })

  it('a dry run without a base connection plans the whole chain, and says what it could not check', () => {
    const dry = makeDataflowPlan(dataflowConfig({ baseConnectionId: '', dryRun: true }), {
      ...NONE,
      base: undefined,
      explored: undefined
    })
    expect(dry).toMatchObject({ intent: 'create', unexplored: true })
    expect(planLines(dry).at(-1)).toBe(
      'not checked: the table, the columns, the mapping\'s sources, and whether the flow spec takes the source (explore needs a base connection; "base-connection-id" is empty in this dry run)'
    )
    expect(dryRunOutcome(dry)).toBe('would-create')
  })

  it('a flow spec that no longer lists Oracle Service Cloud says Adobe retired the source, and names Data Landing Zone', () => {
    const newest = { ...FLOW_SPEC, sourceConnectionSpecIds: ['other-spec'], draftMode: true }
    expect(failure({ ...NONE, flowSpec: newest })).toMatch(
      /^"flow-spec-name": flow spec "CRMToAEP" does not take sources of connection spec ba5126ec-c9ac-11eb-b8bc-0242ac130003 \(that of base connection [^)]+\)\. Adobe deprecated the Oracle Service Cloud source .*Data Landing Zone/
    )
  })

  it('a flow spec without draft mode: the dataflow is created as it is, not as a draft', () => {
    const noDraft = raw({ ...NONE, flowSpec: { ...FLOW_SPEC, draftMode: false } })
    expect(planLines(noDraft).at(-1)).toBe('dataflow "Incidents to AEP": create (hour every 1)')
  })
})

describe('makeDataflowPlan: another dataset', () => {
  it('replaces the chain, with a new mapping set for the new schema', () => {
    const other = { id: '6a1e2d3c4b5a69788f9e0d1c', name: 'Other', schemaId: 'https://ns.adobe.com/acme/schemas/other' }
    const changed = plan({ ...BUILT, dataset: other }, { datasetId: other.id })
    expect(changed).toMatchObject({
      intent: 'replace',
      replaces: { changes: ['dataset'] },
      target: {
        kind: 'create',
        request: { params: { dataSetId: other.id }, data: { schema: { id: other.schemaId } } }
      },
      mapping: { kind: 'create', request: { outputSchema: { schemaRef: { id: other.schemaId } } } }
    })
  })
})

describe('makeDataflowPlan: what a replacement may not do, and what a plan says it did not check', () => {
  const explored = { ...BUILT, explored: CONTACTS }

  it('with delete-on-completion, a replacement is refused: the post step would delete the new chain too', () => {
    expect(plan(explored, { table: 'contacts', deleteOnCompletion: true }).failure).toBe(
      '"delete-on-completion": dataflow "Incidents to AEP" (f-1) would be replaced (table changed), and the post step would then delete the new chain too, leaving none. Replace it in a run without "delete-on-completion", or give this job another "name".'
    )
  })

  it('a replacement never moves the dataflow to another base connection', () => {
    const elsewhere = { ...explored, sources: [{ ...SOURCE, baseConnectionId: 'other-base' }] }
    expect(plan(elsewhere, { table: 'contacts' }).failure).toMatch(
      /^Source connection "Incidents to AEP \(source\)" \(s-1\) reads from base connection other-base, not /
    )
  })

  it('under if-exists reuse, another dataset changes nothing', () => {
    const other = { ...DATASET, id: '6a1e2d3c4b5a69788f9e0d1c', schemaId: SCHEMA_ID }
    expect(plan({ ...BUILT, dataset: other }, { datasetId: other.id, ifExists: 'reuse' })).toMatchObject({
      intent: 'unchanged',
      target: { kind: 'reuse', found: TARGET }
    })
  })

  it('the objects a replacement settles among: those made after the look-up (orphans of the name are not adopted)', () => {
    const orphan = { ...SOURCE, id: 's-9', tableName: 'contacts' }
    const replacing = plan({ ...explored, sources: [SOURCE, orphan] }, { table: 'contacts' })
    expect(replacing.replaces?.existing).toEqual({ flows: ['f-1'], sources: ['s-1', 's-9'], targets: ['t-1'] })
  })

  it('a change to once after the start time has passed fails naming "frequency" (Flow Service refuses it, 1403)', () => {
    expect(plan(BUILT, { frequency: 'once' }, AFTER_START).failure).toBe(
      `"frequency": dataflow "Incidents to AEP" (f-1) started at ${START} (epoch seconds), and Flow Service no longer changes the frequency of a dataflow whose start time has passed to once. Keep its frequency, or delete the dataflow to make a new one.`
    )
    expect(plan(BUILT, { frequency: 'once' }, BEFORE_START).intent).toBe('update')
  })

  it('a real run whose base connection could not be explored fails naming base-connection-id', () => {
    expect(plan({ ...NONE, explored: undefined }).failure).toMatch(
      /^"base-connection-id": Flow Service could not explore base connection d1b0c3a2-1111-4222-8333-944455556666/
    )
  })

  it('a schema the Schema Registry does not have: the destinations are left to Data Prep, and the plan says so', () => {
    const unchecked = raw({ ...NONE, schemaPaths: undefined })
    expect(unchecked).toMatchObject({ intent: 'create', schemaNotFound: SCHEMA_ID })
    expect(planLines(unchecked).at(-1)).toBe(
      `not checked: the mapping's destinations (the Schema Registry has no schema ${SCHEMA_ID}; Data Prep checks them when the mapping set is written)`
    )
  })
})
