// Flow Service: base, source and target connections and dataflows as collections of one kind
// (collection.ts), and what else the actions read of it: connection specs, flow specs, runs, and
// explore. `FlowService` is what the actions need; `FlowServiceClient` is the one that talks to Adobe.
import { HttpResponse } from '../http/transport.js'
import {
  Collection,
  FlowServiceCollection,
  Named,
  readNamed,
  stringOf,
  stringsOf,
  UNFILTERED_PAGE
} from './collection.js'
import { notDocumented, readJsonObject, safe } from './errors.js'
import { FLOW_SERVICE_PATH, idSegment, Platform } from './platform.js'

/** The data lake: where a source's records land, in a dataset. */
export const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c'

export type AuthParamValue = string | number | boolean

export interface ConnectionRequest {
  readonly name: string
  readonly description?: string
  readonly auth: { readonly specName: string; readonly params: Readonly<Record<string, AuthParamValue>> }
  readonly connectionSpec: { readonly id: string; readonly version: string }
}

/** A base connection as the actions need it; its credentials are never kept. */
export interface Connection extends Named {
  readonly connectionSpecId?: string
  readonly connectionSpecVersion?: string
}

export interface SourceConnection extends Named {
  readonly baseConnectionId?: string
  readonly tableName?: string
  readonly columns?: readonly string[]
}

export interface TargetConnection extends Named {
  readonly datasetId?: string
  readonly schemaId?: string
}

export interface Transformation {
  readonly name: string
  readonly params: Readonly<Record<string, unknown>>
}

export interface Flow extends Named {
  /** Its last run's start as the dataflow shows it (`lastRunDetails.startedAtUTC`), epoch ms. */
  readonly lastRunAt?: number
  readonly flowSpecId?: string
  readonly sourceConnectionIds: readonly string[]
  readonly targetConnectionIds: readonly string[]
  readonly transformations: readonly Transformation[]
  readonly scheduleParams: Readonly<Record<string, unknown>>
}

/** A table of a source, as explore lists it (explore/tabular.md): its `path` is what requests name. */
export interface SourceTable {
  readonly name: string
  readonly path: string
}

/** A column of a source table, as explore describes it and a source connection sends it. */
export interface SourceColumn {
  readonly name: string
  readonly type: string
  readonly xdm: Readonly<Record<string, unknown>>
  /** Given by explore for some types (date-time), and sent back as it is (table-dataflow-template.md). */
  readonly 'meta:xdmType'?: string
}

export interface SourceRequest {
  readonly name: string
  readonly baseConnectionId: string
  readonly data: { readonly format: 'tabular' }
  readonly params: { readonly tableName: string; readonly columns?: readonly SourceColumn[] }
  readonly connectionSpec: { readonly id: string; readonly version: string }
}

export interface TargetRequest {
  readonly name: string
  readonly data: { readonly schema: { readonly id: string; readonly version: string } }
  readonly params: { readonly dataSetId: string }
  readonly connectionSpec: { readonly id: string; readonly version: string }
}

export interface FlowRequest {
  readonly name: string
  readonly flowSpec: { readonly id: string; readonly version: string }
  readonly sourceConnectionIds: readonly string[]
  readonly targetConnectionIds: readonly string[]
  readonly transformations: readonly Transformation[]
  /** ScheduleSpecDTO: startTime an integer (epoch seconds), interval a string. */
  readonly scheduleParams: { readonly startTime: number; readonly frequency: string; readonly interval?: string }
}

export interface FlowSpec {
  readonly id: string
  readonly version: string
  readonly name: string
  readonly sourceConnectionSpecIds: readonly string[]
  /** `attributes.isDraftModeSupported` (draft.md): a dataflow may be created with `?mode=draft`. */
  readonly draftMode: boolean
  /** The smallest interval the schedule allows, per frequency (from the spec's schedule schema). */
  readonly minimumInterval: (frequency: string) => number
}

export interface Run {
  readonly id: string
  /** `metrics.statusSummary.status` as Flow Service spells it: `success`, `Failed`, … (monitor.md, sort-and-filter.md). */
  readonly status: string
  readonly createdAt?: number
  /** `metrics.durationSummary`, epoch ms. */
  readonly startedAt?: number
  readonly completedAt?: number
  /** `metrics.recordSummary`: input, output and failed record counts. */
  readonly recordsRead?: number
  readonly recordsWritten?: number
  readonly recordsFailed?: number
  /** `metrics.statusSummary.errors`: Adobe's code and message of each. */
  readonly errors: readonly { readonly code?: string; readonly message?: string }[]
}

export interface FlowService {
  readonly connections: Collection<Connection, ConnectionRequest>
  readonly sources: Collection<SourceConnection, SourceRequest>
  readonly targets: Collection<TargetConnection, TargetRequest>
  readonly flows: Collection<Flow, FlowRequest>
  /** The source's tables, as Flow Service reaches them with the stored credentials; throws Adobe's error when it cannot. */
  explore(connectionId: string): Promise<SourceTable[]>
  /** The columns of one table, by its path. */
  exploreTable(connectionId: string, path: string): Promise<SourceColumn[]>
  connectionSpecExists(id: string): Promise<boolean>
  /** The flow spec of this name, if there is one. */
  flowSpec(name: string): Promise<FlowSpec | undefined>
  runs(flowId: string): Promise<Run[]>
  /** The runs of a dataflow that started after `since` (epoch ms), in pages of up to 1,000. */
  runsSince(flowId: string, since: number): Promise<Run[]>
  /** How far Flow Service's clock is ahead of ours (negative: behind), to within a second. */
  readonly serverClockOffsetMs: number | undefined
}

export class FlowServiceClient implements FlowService {
  readonly connections: Collection<Connection, ConnectionRequest>
  readonly sources: Collection<SourceConnection, SourceRequest>
  readonly targets: Collection<TargetConnection, TargetRequest>
  readonly flows: Collection<Flow, FlowRequest>
  private readonly base: string

  constructor(private readonly platform: Platform) {
    this.base = `${platform.settings.platformUrl}${FLOW_SERVICE_PATH}`
    const collection = <T extends Named, R>(path: string, what: string, read: (raw: unknown) => T) =>
      new FlowServiceCollection<T, R>(platform, this.base, path, what, read)
    this.connections = new FlowServiceCollection(
      platform,
      this.base,
      'connections',
      'base connection',
      readConnection,
      () => 'look up existing base connections'
    )
    this.sources = collection('sourceConnections', 'source connection', readSource)
    this.targets = collection('targetConnections', 'target connection', readTarget)
    this.flows = collection('flows', 'dataflow', readFlow)
  }

  /** Read from the Date header of the platform's latest answer (whole seconds). */
  get serverClockOffsetMs(): number | undefined {
    return this.platform.serverClockOffsetMs
  }

  async explore(connectionId: string): Promise<SourceTable[]> {
    const operation = (id: string): string => `explore base connection ${id}`
    return this.platform.call(
      {
        operation: operation(connectionId),
        method: 'GET',
        url: `${this.base}/connections/${idSegment(connectionId, 'flow-service', operation)}/explore?objectType=root`
      },
      { read: readTables }
    )
  }

  async exploreTable(connectionId: string, path: string): Promise<SourceColumn[]> {
    const query = `objectType=table&object=${encodeURIComponent(path)}`
    const operation = (id: string): string => `explore table "${path}" of base connection ${id}`
    return this.platform.call(
      {
        operation: operation(connectionId),
        method: 'GET',
        url: `${this.base}/connections/${idSegment(connectionId, 'flow-service', operation)}/explore?${query}`
      },
      { read: readColumns }
    )
  }

  async connectionSpecExists(id: string): Promise<boolean> {
    const found = await this.platform.callUnlessNotFound(
      {
        operation: `read connection spec ${id}`,
        method: 'GET',
        url: `${this.base}/connectionSpecs/${encodeURIComponent(id)}`
      },
      { read: () => true }
    )
    return found ?? false
  }

  /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
  async flowSpec(name: string): Promise<FlowSpec | undefined> {
    const all = `${this.base}/flowSpecs`
    const url = name.includes(',') ? all : `${all}?property=${encodeURIComponent(`name==${name}`)}`
    const specs = await this.platform.list(`look up flow spec "${name}"`, url, this.base, readFlowSpec)
    return specs.find(spec => spec.name === name)
  }

  runs(flowId: string): Promise<Run[]> {
    return this.listRuns(flowId, [`flowId==${flowId}`])
  }
  runsSince(flowId: string, since: number): Promise<Run[]> {
    // Filtered on Flow Service's side as sort-and-filter.md filters runs by time (the run's start),
    // in as large pages as it gives.
    const filters = [`flowId==${flowId}`, `metrics.durationSummary.startedAtUTC>${Math.floor(since)}`]
    return this.listRuns(flowId, filters, [`limit=${UNFILTERED_PAGE}`])
  }

  private listRuns(flowId: string, filters: readonly string[], more: readonly string[] = []): Promise<Run[]> {
    const query = [...filters.map(f => `property=${encodeURIComponent(f)}`), ...more].join('&')
    return this.platform.list(`read the runs of dataflow ${flowId}`, `${this.base}/runs?${query}`, this.base, readRun)
  }
}

function readConnection(raw: unknown): Connection {
  const { named, item } = readNamed(raw, 'connection')
  const spec = item.connectionSpec as { id?: unknown; version?: unknown } | undefined
  return {
    ...named,
    connectionSpecId: stringOf(spec?.id),
    connectionSpecVersion: stringOf(spec?.version)
  }
}

function readSource(raw: unknown): SourceConnection {
  const { named, item } = readNamed(raw, 'source connection')
  const params = (item.params ?? {}) as Record<string, unknown>
  return {
    ...named,
    baseConnectionId: stringOf(item.baseConnectionId),
    // The older tutorial's params.path names the table too.
    tableName: stringOf(params.tableName) ?? stringOf(params.path),
    // Columns are sent as explore's {name, type, xdm} objects (older answers hold names): read by name.
    columns: Array.isArray(params.columns)
      ? params.columns.flatMap(c => stringOf(c) ?? stringOf((c as { name?: unknown } | null)?.name) ?? [])
      : undefined
  }
}

function readTarget(raw: unknown): TargetConnection {
  const { named, item } = readNamed(raw, 'target connection')
  const params = (item.params ?? {}) as Record<string, unknown>
  const schema = ((item.data ?? {}) as { schema?: { id?: unknown } }).schema
  return { ...named, datasetId: stringOf(params.dataSetId), schemaId: stringOf(schema?.id) }
}

function readFlow(raw: unknown): Flow {
  const { named, item } = readNamed(raw, 'dataflow')
  const transformations = Array.isArray(item.transformations)
    ? item.transformations.map(t => {
        const { name, params } = (t ?? {}) as { name?: unknown; params?: unknown }
        return { name: stringOf(name) ?? '', params: (params ?? {}) as Record<string, unknown> }
      })
    : []
  const lastRun = (item.lastRunDetails as { startedAtUTC?: unknown } | undefined)?.startedAtUTC
  return {
    ...named,
    ...(typeof lastRun === 'number' && { lastRunAt: lastRun }),
    flowSpecId: stringOf((item.flowSpec as { id?: unknown } | undefined)?.id),
    sourceConnectionIds: stringsOf(item.sourceConnectionIds),
    targetConnectionIds: stringsOf(item.targetConnectionIds),
    transformations,
    scheduleParams: (item.scheduleParams ?? {}) as Record<string, unknown>
  }
}

function readFlowSpec(raw: unknown): FlowSpec {
  const item = (raw ?? {}) as Record<string, unknown>
  if (typeof item.id !== 'string' || typeof item.name !== 'string')
    throw notDocumented('a flow spec without id or name')
  const schedule = (item.scheduleSpec as { spec?: Record<string, unknown> } | undefined)?.spec
  return {
    id: item.id,
    version: stringOf(item.version) ?? '1.0',
    name: item.name,
    sourceConnectionSpecIds: stringsOf(item.sourceConnectionSpecIds),
    draftMode: (item.attributes as { isDraftModeSupported?: unknown } | undefined)?.isDraftModeSupported === true,
    minimumInterval: frequency => intervalMinimum(schedule, frequency)
  }
}

/**
 * The schedule schema says the minimum in conditions on the frequency, nested as in the newest
 * tutorial's CRMToAEP spec: `if once … else (if minute then interval ≥ 15 else interval ≥ 1)`.
 * Without such a schema, the same rule applies.
 */
function intervalMinimum(schedule: Record<string, unknown> | undefined, frequency: string): number {
  return minimumIn(schedule, frequency, 0) ?? (frequency === 'minute' ? 15 : 1)
}

/** Nested conditions deeper than this are not followed (the answer is not trusted to end). */
const MAX_SCHEMA_DEPTH = 8

/** The interval's minimum for `frequency` in a schema: its own, or the one of the branch its condition takes. */
function minimumIn(schema: unknown, frequency: string, depth: number): number | undefined {
  if (typeof schema !== 'object' || schema === null || depth > MAX_SCHEMA_DEPTH) return undefined
  const node = schema as {
    properties?: { interval?: { minimum?: unknown } }
    if?: { properties?: { frequency?: { const?: unknown } } }
    then?: unknown
    else?: unknown
  }
  const own = node.properties?.interval?.minimum
  const condition = node.if?.properties?.frequency?.const
  const branch =
    typeof condition === 'string'
      ? minimumIn(frequency === condition ? node.then : node.else, frequency, depth + 1)
      : undefined
  const found = [own, branch].filter((n): n is number => typeof n === 'number')
  return found.length === 0 ? undefined : Math.max(...found)
}

function readRun(raw: unknown): Run {
  const item = (raw ?? {}) as Record<string, unknown>
  if (typeof item.id !== 'string') throw notDocumented('a run without id')
  const metrics = (item.metrics ?? {}) as {
    statusSummary?: { status?: unknown; errors?: unknown }
    recordSummary?: { inputRecordCount?: unknown; outputRecordCount?: unknown; failedRecordCount?: unknown }
    durationSummary?: { startedAtUTC?: unknown; completedAtUTC?: unknown }
  }
  const count = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)
  const written = metrics.recordSummary?.outputRecordCount
  const errors = Array.isArray(metrics.statusSummary?.errors) ? metrics.statusSummary.errors : []
  return {
    id: item.id,
    status: stringOf(metrics.statusSummary?.status) ?? 'unknown',
    createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
    startedAt: count(metrics.durationSummary?.startedAtUTC) ?? count(item.createdAt),
    completedAt: count(metrics.durationSummary?.completedAtUTC),
    recordsRead: count(metrics.recordSummary?.inputRecordCount),
    recordsWritten: typeof written === 'number' ? written : undefined,
    recordsFailed: count(metrics.recordSummary?.failedRecordCount),
    errors: errors.flatMap(raw => {
      const error = (raw ?? {}) as Record<string, unknown>
      const code = safe(stringOf(error.code), 100)
      const message = safe(stringOf(error.message))
      return code === undefined && message === undefined ? [] : [{ code, message }]
    })
  }
}

/** Explore's root: a JSON array of objects; the tables among them (explore/tabular.md). */
function readTables(response: HttpResponse): SourceTable[] {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    throw notDocumented('not JSON')
  }
  if (!Array.isArray(body)) throw notDocumented('explore did not answer a list')
  return body.flatMap(raw => {
    const item = (raw ?? {}) as Record<string, unknown>
    const path = stringOf(item.path)
    if (path === undefined || (item.type !== undefined && item.type !== 'table')) return []
    return [{ name: stringOf(item.name) ?? path, path }]
  })
}

/** Explore of one table: `{schema: {columns: [{name, type, xdm}]}}` (explore/tabular.md). */
function readColumns(response: HttpResponse): SourceColumn[] {
  const schema = readJsonObject(response).schema as { columns?: unknown } | undefined
  if (!Array.isArray(schema?.columns)) throw notDocumented('no schema.columns')
  return schema.columns.map(raw => {
    const column = (raw ?? {}) as Record<string, unknown>
    const name = stringOf(column.name)
    const type = stringOf(column.type)
    // Sent back as they are in the source connection: nothing is made up for a column explore left bare.
    if (name === undefined || type === undefined || typeof column.xdm !== 'object' || column.xdm === null)
      throw notDocumented('a column without name, type or xdm')
    const xdmType = stringOf(column['meta:xdmType'])
    return {
      name,
      type,
      ...(xdmType === undefined ? {} : { 'meta:xdmType': xdmType }),
      xdm: column.xdm as Record<string, unknown>
    }
  })
}
