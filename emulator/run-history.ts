// Run histories for tests of the monitor: dataflows seeded without the dataflow action (seedFlow),
// and the runs Flow Service would have recorded for them (seedRuns): successes, failures with
// Adobe's error shapes, partial ingestions, runs still going, and none at all where one was due.
import { randomUUID } from 'node:crypto'

import { DATA_LAKE_SPEC_ID } from './chain-seed.js'
import type { RequestContext } from './context.js'
import { DATA_PREP_BASE } from './data-prep.js'
import type { EmuResponse } from './errors.js'
import { FLOW_BASE, type FlowConfig } from './flow-service.js'
import { renderFlow, renderRun, settleFlows } from './flows.js'
import { parseQuery } from './query.js'
import { ORACLE_SERVICE_CLOUD_SPEC } from './specs.js'
import { newEtag, type RunRecord, type Store } from './store.js'
import type {
  EmulatorClient,
  FlowRun,
  RunError,
  SeedConnectionInit,
  SeedFlowInit,
  SeedRun,
  StoredConnection,
  StoredFlow
} from './types.js'

/**
 * Run errors as Adobe documents them, `{code, message}`: CONNECTOR-1001-500 and CONNECTOR-2001-500
 * from the flow run notifications guide (help/sources/notifications.md, "Failure"), and the
 * CONNECTOR-2001-500 wording of monitor.md's example run ("Error occurred at promotion activity.").
 */
export const RUN_ERRORS = Object.freeze({
  copy: Object.freeze({ code: 'CONNECTOR-1001-500', message: 'Error in copying the data from Source.' }),
  processing: Object.freeze({
    code: 'CONNECTOR-2001-500',
    message: 'Error in processing (parsing, validation or transformation) the copied data.'
  }),
  promotion: Object.freeze({ code: 'CONNECTOR-2001-500', message: 'Error occurred at promotion activity.' })
}) satisfies Record<string, RunError>

const RUN_KEYS = new Set(['startedAt', 'completedAt', 'status', 'records', 'errors', 'createdAt'])
const STATUSES = ['success', 'Failed', 'inProgress']

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isCount = isTime

/** A seeded run checked against what Adobe's documents show a run to be; a RangeError naming the problem otherwise. */
function readSeedRun(run: SeedRun, at: string, now: number): Omit<RunRecord, keyof FlowItemScope> {
  const fail = (problem: string): never => {
    throw new RangeError(`${at}: ${problem}`)
  }
  const extra = Object.keys(run).find(k => !RUN_KEYS.has(k))
  if (extra !== undefined) fail(`unknown field "${extra}" (a seeded run takes ${[...RUN_KEYS].join(', ')})`)
  const { startedAt, completedAt, status, records, errors, createdAt } = run
  // Adobe's documents spell run statuses success (monitor.md), Failed (sort-and-filter.md); nothing else is guessed at.
  if (!STATUSES.includes(status)) {
    fail(
      `status must be 'success', 'Failed' or 'inProgress' (as Adobe spells run statuses), got ${JSON.stringify(status)}; ` +
        'a partial ingestion is a success with failed records and errors (monitor.md)'
    )
  }
  if (!isTime(startedAt)) fail('startedAt must be epoch milliseconds')
  if (startedAt > now)
    fail(`startedAt ${startedAt} is after the emulator's clock (${now}): a run that has not started is not listed`)
  const created = createdAt ?? startedAt
  if (!isTime(created) || created > now)
    fail(`createdAt must be epoch milliseconds at or before the emulator's clock (${now})`)
  if (status === 'inProgress') {
    if (completedAt !== undefined) fail('a run still in progress has no completedAt')
    if (records !== undefined || errors !== undefined) fail('a run still in progress has no records or errors yet')
  } else if (!isTime(completedAt) || completedAt < startedAt) {
    fail(`a run that ended (${status}) needs completedAt, epoch milliseconds at or after startedAt`)
  }
  const counts = { input: records?.input ?? 0, output: records?.output ?? 0, failed: records?.failed ?? 0 }
  const countKey = Object.keys(records ?? {}).find(k => !['input', 'output', 'failed'].includes(k))
  if (countKey !== undefined) fail(`unknown record count "${countKey}" (input, output, failed)`)
  if (![counts.input, counts.output, counts.failed].every(isCount)) fail('record counts must be non-negative integers')
  const read: RunError[] = []
  for (const [index, error] of (errors ?? []).entries()) {
    if (typeof error !== 'object' || error === null) fail(`errors[${index}] must be {code, message}`)
    const keys = Object.keys(error).sort().join(',')
    // monitor.md's run-level errors are {code, message}; recordCount appears only in an activity's extensions.
    if (
      keys !== 'code,message' ||
      typeof error.code !== 'string' ||
      typeof error.message !== 'string' ||
      error.code === ''
    ) {
      fail(`errors[${index}] must be {code, message}, two strings, as monitor.md shows a run's errors`)
    }
    read.push({ code: error.code, message: error.message })
  }
  return {
    id: randomUUID(),
    etag: newEtag(),
    createdAt: created,
    startedAt,
    ...(completedAt !== undefined ? { completedAt } : {}),
    outcome: status === 'Failed' ? 'Failed' : 'success',
    counts,
    errors: read
  }
}

/** What a run takes from its flow. */
type FlowItemScope = Pick<RunRecord, 'flowId' | 'flowSpec' | 'imsOrgId' | 'sandboxName' | 'sandboxId' | 'reads'>

/** `seedRuns`: the runs, all checked before any is kept; the flow's runs are the seeded ones from then on. */
export function seedRuns(store: Store, config: FlowConfig, flowId: string, runs: readonly SeedRun[]): FlowRun[] {
  settleFlows(store, config)
  const flow = store.flows.get(flowId)
  if (!flow) throw new RangeError(`seedRuns: no flow ${flowId}`)
  const now = config.now()
  const reads = store.flowReads.get(flow.id)
  const records: RunRecord[] = runs.map((run, index) => ({
    ...readSeedRun(run, `seedRuns(${flowId})[${index}]`, now),
    flowId: flow.id,
    flowSpec: structuredClone(flow.flowSpec),
    imsOrgId: flow.imsOrgId,
    sandboxName: flow.sandboxName,
    sandboxId: flow.sandboxId,
    ...(reads ? { reads: structuredClone(reads) } : {})
  }))
  store.seededFlows.add(flow.id)
  for (const record of records) store.runs.set(record.id, record)
  return records.sort((a, b) => b.startedAt - a.startedAt).map(r => renderRun(r, now))
}

export interface SeedFlowDeps {
  store: Store
  config: FlowConfig
  clients: readonly EmulatorClient[]
  tokenLifetimeSeconds: number
  /** The emulator's router: each object is made as a client's request would make it. */
  route: (ctx: RequestContext) => EmuResponse
  seedConnection: (init: SeedConnectionInit) => StoredConnection
}

/** `seedFlow`: base connection (unless given), source and target connections, mapping set and flow, through the handlers. */
export function seedFlow(deps: SeedFlowDeps, init: SeedFlowInit): StoredFlow {
  const { store, config } = deps
  const now = config.now()
  const sandboxName = init.sandboxName ?? config.sandboxes[0] ?? 'prod'
  const client = init.orgId === undefined ? deps.clients[0] : deps.clients.find(c => c.orgId === init.orgId)
  const orgId = init.orgId ?? client?.orgId
  if (orgId === undefined) throw new Error('seedFlow: the emulator has no clients configured')
  const clientId = client?.clientId ?? deps.clients[0]?.clientId ?? 'seed'
  if (init.createdAt !== undefined && (!isTime(init.createdAt) || init.createdAt > now)) {
    throw new RangeError(`seedFlow: createdAt must be epoch milliseconds at or before the emulator's clock (${now})`)
  }
  if (init.state !== undefined && init.state !== 'enabled' && init.state !== 'disabled') {
    throw new RangeError(`seedFlow: state must be 'enabled' or 'disabled', got ${JSON.stringify(init.state)}`)
  }

  const table = init.tableName === undefined ? config.tables[0] : config.tables.find(t => t.path === init.tableName)
  if (!table) throw new RangeError(`seedFlow: the source has no table ${init.tableName ?? '(no tables)'}`)
  const dataset =
    init.dataSetId === undefined
      ? store.datasets.find(d => (d.sandboxName ?? sandboxName) === sandboxName)
      : store.dataset(init.dataSetId, sandboxName)
  const destination = dataset?.paths[0]
  if (!dataset || destination === undefined) {
    throw new RangeError(`seedFlow: no dataset ${init.dataSetId ?? ''} with schema paths in sandbox ${sandboxName}`)
  }
  const given =
    init.baseConnectionId === undefined ? undefined : store.connection(init.baseConnectionId, orgId, sandboxName)
  if (init.baseConnectionId !== undefined && !given) {
    throw new RangeError(`seedFlow: no base connection ${init.baseConnectionId} in ${orgId}/${sandboxName}`)
  }
  const baseSpecId = given?.connectionSpec.id ?? ORACLE_SERVICE_CLOUD_SPEC.id
  const spec = store.activeFlowSpecs().find(s => s.sourceConnectionSpecIds.includes(baseSpecId))
  if (!spec) throw new RangeError(`seedFlow: no flow spec takes sources of connection spec ${baseSpecId}`)

  // Everything seeded so far goes again when a step is refused: a refused seedFlow leaves nothing behind.
  const undo: (() => void)[] = []
  const base =
    given ??
    deps.seedConnection({
      name: `${init.name} account`,
      sandboxName,
      orgId,
      ...(init.createdAt !== undefined ? { createdAt: init.createdAt } : {})
    })
  if (!given) undo.push(() => store.connections.delete(base.id))
  const token = store.issueToken(clientId, orgId, deps.tokenLifetimeSeconds)
  try {
    const send = (method: string, path: string, body: unknown): Record<string, unknown> => {
      const q = path.indexOf('?')
      const rawQuery = q === -1 ? '' : path.slice(q + 1)
      const ctx: RequestContext = {
        method,
        pathname: q === -1 ? path : path.slice(0, q),
        rawQuery,
        query: parseQuery(rawQuery),
        headers: {
          authorization: `Bearer ${token}`,
          'x-api-key': clientId,
          'x-gw-ims-org-id': orgId,
          'x-sandbox-name': sandboxName,
          'content-type': 'application/json'
        },
        body: JSON.stringify(body),
        requestId: randomUUID()
      }
      const answer = deps.route(ctx)
      if (answer.status >= 300) {
        throw new Error(`seedFlow: ${method} ${path} answered ${answer.status} ${answer.body ?? ''}`)
      }
      const made = JSON.parse(answer.body ?? '{}') as Record<string, unknown>
      const id = String(made['id'])
      const collection = path.slice(path.lastIndexOf('/') + 1)
      const records = {
        sourceConnections: store.sourceConnections,
        targetConnections: store.targetConnections,
        mappingSets: store.mappingSets,
        flows: store.flows
      }[collection]
      undo.push(() => records?.delete(id))
      return made
    }
    const source = send('POST', `${FLOW_BASE}/sourceConnections`, {
      name: `${init.name} source`,
      baseConnectionId: base.id,
      connectionSpec: { id: base.connectionSpec.id, version: base.connectionSpec.version },
      data: { format: 'tabular' },
      params: { tableName: table.path }
    })
    const target = send('POST', `${FLOW_BASE}/targetConnections`, {
      name: `${init.name} target`,
      connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' },
      data: { schema: { id: dataset.schemaRef.id, version: '1.0' } },
      params: { dataSetId: dataset.id }
    })
    const column = table.columns.find(c => c.xdm.format === 'date-time') ?? table.columns[0]
    const mapping = send('POST', `${DATA_PREP_BASE}/mappingSets`, {
      outputSchema: { schemaRef: dataset.schemaRef },
      mappings: [{ sourceType: 'ATTRIBUTE', source: column?.name ?? 'id', destination }]
    })
    // A flow scheduled once holds no Copy step (sources-errors.md 1369: no delta column with once).
    const once = init.scheduleParams['frequency'] === 'once'
    const flow = send('POST', `${FLOW_BASE}/flows`, {
      name: init.name,
      ...(init.description !== undefined ? { description: init.description } : {}),
      flowSpec: { id: spec.id, version: spec.version },
      sourceConnectionIds: [source['id']],
      targetConnectionIds: [target['id']],
      transformations: [
        ...(once ? [] : [{ name: 'Copy', params: { deltaColumn: { name: column?.name ?? 'updated' } } }]),
        { name: 'Mapping', params: { mappingId: mapping['id'], mappingVersion: '0' } }
      ],
      scheduleParams: init.scheduleParams
    })
    const stored = store.flows.get(String(flow['id'])) as StoredFlow
    // Made elsewhere, earlier: in the state asked for, with no run but the ones seedRuns gives.
    store.seededFlows.add(stored.id)
    store.flowTimes.set(stored.id, init.state === 'disabled' ? {} : { enabledAt: stored.createdAt })
    stored.state = init.state ?? 'enabled'
    if (init.createdAt !== undefined) {
      const at = init.createdAt
      for (const item of [
        stored,
        store.sourceConnections.get(String(source['id'])),
        store.targetConnections.get(String(target['id']))
      ]) {
        if (item) Object.assign(item, { createdAt: at, updatedAt: at })
      }
      if (stored.lastOperation) Object.assign(stored.lastOperation, { started: at, updated: at })
      for (const version of store.mappingSets.get(String(mapping['id']))?.versions ?? []) {
        Object.assign(version, { createdDate: at, modifiedDate: at })
      }
      store.flowTimes.set(stored.id, init.state === 'disabled' ? {} : { enabledAt: at })
    }
    return renderFlow(store, config, stored)
  } catch (error) {
    for (const step of undo.reverse()) step()
    throw error
  } finally {
    store.tokens.delete(token)
  }
}
