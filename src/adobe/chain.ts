// The rest of the ingestion chain after the base connection: Flow Service's source and target
// connections, flow specs, flows and runs; Data Prep's mapping sets; Catalog's datasets. `Chain` is
// what the dataflow executor needs; `ChainClient` is the one that talks to Adobe.
import { HttpResponse } from '../http/transport.js'
import { notDocumented, readJsonObject } from './errors.js'
import { PatchOperation, readWritten, Recover, Written } from './flow-service.js'
import { FLOW_SERVICE_PATH, Platform, PlatformRequest, readItems } from './platform.js'

export const DATA_PREP_PATH = '/data/foundation/conversion'
export const CATALOG_PATH = '/data/foundation/catalog'
/** The data lake: where a source's records land, in a dataset. */
export const DATA_LAKE_SPEC_ID = 'c604ff05-7f1a-43c0-8e18-33bf874cb11c'

/** What every object of the chain that is found by name has. */
export interface Named {
  readonly id: string
  readonly etag: string
  readonly name: string
  /** Flow Service's clock, epoch ms. */
  readonly createdAt?: number
  readonly state?: string
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
  readonly flowSpecId?: string
  readonly sourceConnectionIds: readonly string[]
  readonly targetConnectionIds: readonly string[]
  readonly transformations: readonly Transformation[]
  readonly scheduleParams: Readonly<Record<string, unknown>>
}

export interface SourceRequest {
  readonly name: string
  readonly baseConnectionId: string
  readonly data: { readonly format: 'tabular' }
  readonly params: { readonly tableName: string; readonly columns?: readonly string[] }
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

export interface MappingSetRequest {
  readonly outputSchema: { readonly schemaRef: { readonly id: string; readonly contentType: string } }
  readonly mappings: readonly {
    readonly sourceType: 'ATTRIBUTE'
    readonly source: string
    readonly destination: string
  }[]
}

export interface MappingSet {
  readonly id: string
  readonly version: number
  readonly schemaId?: string
  readonly pairs: readonly { readonly source: string; readonly destination: string }[]
}

export interface Dataset {
  readonly id: string
  readonly name?: string
  readonly schemaId: string
}

export interface FlowSpec {
  readonly id: string
  readonly version: string
  readonly name: string
  readonly sourceConnectionSpecIds: readonly string[]
  /** The smallest interval the schedule allows, per frequency (from the spec's schedule schema). */
  readonly minimumInterval: (frequency: string) => number
}

export interface BaseConnectionInfo {
  readonly id: string
  readonly connectionSpecId?: string
  readonly connectionSpecVersion?: string
  readonly state?: string
}

export interface Run {
  readonly id: string
  readonly status: string
  readonly createdAt?: number
  readonly recordsWritten?: number
}

/** Source connections, target connections and flows: found by name, and written alike. */
export interface Collection<T extends Named, R> {
  /** "source connection", for messages. */
  readonly what: string
  findByName(name: string): Promise<T[]>
  get(id: string): Promise<T | undefined>
  create(request: R, recover: Recover, draft?: boolean): Promise<Written>
  patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written>
  /** False when it was already gone. */
  delete(id: string): Promise<boolean>
}

export type FlowAction = 'publish' | 'enable' | 'disable'

export interface Chain {
  baseConnection(id: string): Promise<BaseConnectionInfo | undefined>
  dataset(id: string): Promise<Dataset | undefined>
  flowSpec(name: string): Promise<FlowSpec | undefined>
  readonly sources: Collection<SourceConnection, SourceRequest>
  readonly targets: Collection<TargetConnection, TargetRequest>
  readonly flows: Collection<Flow, FlowRequest> & { act(id: string, action: FlowAction): Promise<void> }
  mappingSet(id: string, version: number): Promise<MappingSet | undefined>
  /** POST, or PUT of a new version of `id`; the answer's id and version. */
  writeMappingSet(request: MappingSetRequest, id?: string): Promise<{ id: string; version: number }>
  runs(flowId: string): Promise<Run[]>
  readonly serverClockOffsetMs: number | undefined
}

export class ChainClient implements Chain {
  readonly sources: Collection<SourceConnection, SourceRequest>
  readonly targets: Collection<TargetConnection, TargetRequest>
  readonly flows: Collection<Flow, FlowRequest> & { act(id: string, action: FlowAction): Promise<void> }
  private readonly flowBase: string

  constructor(private readonly platform: Platform) {
    this.flowBase = `${platform.settings.platformUrl}${FLOW_SERVICE_PATH}`
    this.sources = new FlowServiceCollection(
      platform,
      this.flowBase,
      'sourceConnections',
      'source connection',
      readSource
    )
    this.targets = new FlowServiceCollection(
      platform,
      this.flowBase,
      'targetConnections',
      'target connection',
      readTarget
    )
    this.flows = new FlowServiceCollection(platform, this.flowBase, 'flows', 'dataflow', readFlow)
  }

  get serverClockOffsetMs(): number | undefined {
    return this.platform.serverClockOffsetMs
  }

  baseConnection(id: string): Promise<BaseConnectionInfo | undefined> {
    return this.platform.callUnlessNotFound(
      { operation: `read base connection ${id}`, method: 'GET', url: `${this.flowBase}/connections/${enc(id)}` },
      {
        read: response => {
          const [item] = readItems(response, raw => raw as Record<string, unknown>).items
          if (item === undefined || typeof item.id !== 'string') throw notDocumented('no base connection in the list')
          const spec = item.connectionSpec as { version?: unknown } | undefined
          return {
            id: item.id,
            connectionSpecId: specIdOf(item),
            connectionSpecVersion: stringOf(spec?.version),
            state: stringOf(item.state)
          }
        }
      }
    )
  }

  dataset(id: string): Promise<Dataset | undefined> {
    const url = `${this.platform.settings.platformUrl}${CATALOG_PATH}/dataSets/${enc(id)}`
    return this.platform.callUnlessNotFound(
      { operation: `read dataset ${id} from Catalog`, method: 'GET', url },
      {
        read: response => {
          // Catalog keys the answer by the dataset's id.
          const item = readJsonObject(response)[id] as Record<string, unknown> | undefined
          if (item === undefined) return undefined // an empty answer: no such dataset
          const ref = item?.schemaRef as { id?: unknown } | undefined
          if (typeof ref?.id !== 'string') throw notDocumented('a dataset without schemaRef.id')
          return {
            id,
            name: stringOf(item?.name),
            schemaId: ref.id
          }
        }
      }
    )
  }

  /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
  async flowSpec(name: string): Promise<FlowSpec | undefined> {
    const all = `${this.flowBase}/flowSpecs`
    const url = name.includes(',') ? all : `${all}?property=${encodeURIComponent(`name==${name}`)}`
    const specs = await this.platform.list(`look up flow spec "${name}"`, url, this.flowBase, readFlowSpec)
    return specs.find(spec => spec.name === name)
  }

  mappingSet(id: string, version: number): Promise<MappingSet | undefined> {
    const url = `${this.platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets/${enc(id)}?version=${version}`
    return this.platform.callUnlessNotFound(
      { operation: `read mapping set ${id} version ${version}`, method: 'GET', url },
      { read: readMappingSet }
    )
  }

  writeMappingSet(request: MappingSetRequest, id?: string): Promise<{ id: string; version: number }> {
    const base = `${this.platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets`
    return this.platform.call(
      {
        operation: id === undefined ? 'create the mapping set' : `write a new version of mapping set ${id}`,
        method: id === undefined ? 'POST' : 'PUT',
        url: id === undefined ? base : `${base}/${enc(id)}`,
        body: JSON.stringify(request)
      },
      {
        read: response => {
          const { id: written, version } = readJsonObject(response)
          if (typeof written !== 'string' || typeof version !== 'number') throw notDocumented('no id and version')
          return { id: written, version }
        }
      }
    )
  }

  runs(flowId: string): Promise<Run[]> {
    const url = `${this.flowBase}/runs?property=${encodeURIComponent(`flowId==${flowId}`)}`
    return this.platform.list(`read the runs of dataflow ${flowId}`, url, this.flowBase, readRun)
  }
}

class FlowServiceCollection<T extends Named, R> implements Collection<T, R> {
  private readonly base: string

  constructor(
    private readonly platform: Platform,
    private readonly flowBase: string,
    path: string,
    readonly what: string,
    private readonly read: (raw: unknown) => T
  ) {
    this.base = `${flowBase}/${path}`
  }

  /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
  async findByName(name: string): Promise<T[]> {
    const url = name.includes(',') ? this.base : `${this.base}?property=${encodeURIComponent(`name==${name}`)}`
    const items = await this.platform.list(`look up ${this.what}s named "${name}"`, url, this.flowBase, this.read)
    return items.filter(item => item.name === name)
  }

  get(id: string): Promise<T | undefined> {
    return this.platform.callUnlessNotFound(
      { operation: `read ${this.what} ${id}`, method: 'GET', url: `${this.base}/${enc(id)}` },
      {
        read: response => {
          const { items } = readItems(response, this.read)
          const [item] = items
          if (items.length !== 1 || item === undefined) throw notDocumented('not a one-item list')
          return item
        }
      }
    )
  }

  create(request: R, recover: Recover, draft = false): Promise<Written> {
    return this.platform.call(
      {
        operation: `create the ${this.what}`,
        method: 'POST',
        url: draft ? `${this.base}?mode=draft` : this.base,
        body: JSON.stringify(request)
      },
      { read: readWritten, recover }
    )
  }

  patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written> {
    return this.platform.call(
      {
        operation: `update ${this.what} ${id}`,
        method: 'PATCH',
        url: `${this.base}/${enc(id)}`,
        body: JSON.stringify(operations),
        headers: { 'If-Match': etag }
      },
      { read: readWritten }
    )
  }

  async delete(id: string): Promise<boolean> {
    const request: PlatformRequest = {
      operation: `delete ${this.what} ${id}`,
      method: 'DELETE',
      url: `${this.base}/${enc(id)}`
    }
    return (await this.platform.callUnlessNotFound(request, { read: () => true })) ?? false
  }

  /** publish, enable, disable: a body-less POST, which the gateway still wants labelled as JSON. */
  act(id: string, action: FlowAction): Promise<void> {
    return this.platform.call(
      {
        operation: `${action} ${this.what} ${id}`,
        method: 'POST',
        url: `${this.base}/${enc(id)}/action?op=${action}`,
        body: '{}'
      },
      // The answer's {id, etag} is not needed: the dataflow is read again afterwards.
      { read: () => undefined }
    )
  }
}

function enc(id: string): string {
  return encodeURIComponent(id)
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function specIdOf(item: Record<string, unknown>): string | undefined {
  return stringOf((item.connectionSpec as { id?: unknown } | undefined)?.id)
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function readNamed(raw: unknown, what: string): { named: Named; item: Record<string, unknown> } {
  const item = (raw ?? {}) as Record<string, unknown>
  const etag = typeof item.etag === 'string' ? item.etag : item.version
  if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
    throw notDocumented(`a ${what} without id, name or etag`)
  }
  const named: Named = {
    id: item.id,
    etag,
    name: item.name,
    createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
    state: stringOf(item.state)
  }
  return { named, item }
}

function readSource(raw: unknown): SourceConnection {
  const { named, item } = readNamed(raw, 'source connection')
  const params = (item.params ?? {}) as Record<string, unknown>
  return {
    ...named,
    baseConnectionId: stringOf(item.baseConnectionId),
    // The older tutorial's params.path names the table too.
    tableName: stringOf(params.tableName) ?? stringOf(params.path),
    // The newest tutorial sends columns as {name, type, xdm} objects; this action sends names.
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
  return {
    ...named,
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

function readMappingSet(response: HttpResponse): MappingSet {
  const body = readJsonObject(response)
  if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
    throw notDocumented('a mapping set without id, version or mappings')
  }
  // Data Prep's older answers name the schema at the top (schemaRef, xdmSchema) and the pairs
  // sourceAttribute / destinationXdmPath; the current ones outputSchema.schemaRef and source / destination.
  const schemaRef = (body.outputSchema as { schemaRef?: { id?: unknown } } | undefined)?.schemaRef
  const olderRef = body.schemaRef as { id?: unknown } | undefined
  return {
    id: body.id,
    version: body.version,
    schemaId: stringOf(schemaRef?.id) ?? stringOf(olderRef?.id) ?? stringOf(body.xdmSchema),
    pairs: body.mappings.map(m => {
      const pair = (m ?? {}) as Record<string, unknown>
      return {
        source: stringOf(pair.source) ?? stringOf(pair.sourceAttribute) ?? '',
        destination: stringOf(pair.destination) ?? stringOf(pair.destinationXdmPath) ?? ''
      }
    })
  }
}

function readRun(raw: unknown): Run {
  const item = (raw ?? {}) as Record<string, unknown>
  if (typeof item.id !== 'string') throw notDocumented('a run without id')
  const metrics = (item.metrics ?? {}) as {
    statusSummary?: { status?: unknown }
    recordSummary?: { outputRecordCount?: unknown }
  }
  const written = metrics.recordSummary?.outputRecordCount
  return {
    id: item.id,
    status: stringOf(metrics.statusSummary?.status) ?? 'unknown',
    createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
    recordsWritten: typeof written === 'number' ? written : undefined
  }
}
