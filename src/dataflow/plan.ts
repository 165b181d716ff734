// The dataflow chain's decision, free of I/O: given the inputs and what the look-up found, what
// becomes of each object (source connection, target connection, mapping set, dataflow). The run
// carries this plan out; the dry run, the log and the job summary describe the same plan.
import { Dataset } from '../adobe/catalog.js'
import { PatchOperation } from '../adobe/collection.js'
import { MappingSet, MappingSetRequest } from '../adobe/data-prep.js'
import {
  Connection,
  DATA_LAKE_SPEC_ID,
  Flow,
  FlowSpec,
  SourceConnection,
  SourceRequest,
  TargetConnection,
  TargetRequest,
  Transformation
} from '../adobe/flow-service.js'
import { decide } from '../converge/decide.js'
import { DataflowConfig, MappingPair } from './inputs.js'
import { SOURCE_CONNECTION_SUFFIX, TARGET_CONNECTION_SUFFIX } from './names.js'

/** What the look-up read: everything the plan compares, before any write. */
export interface ChainFound {
  readonly base: Connection | undefined
  readonly dataset: Dataset | undefined
  readonly flowSpec: FlowSpec | undefined
  /** Dataflows of this name. */
  readonly flows: readonly Flow[]
  /** Source connections of the source's name, and the dataflow's own source when it has another name. */
  readonly sources: readonly SourceConnection[]
  readonly targets: readonly TargetConnection[]
  /** The mapping set version the dataflow uses now. */
  readonly mapping: MappingSet | undefined
}

/** One object of the chain: made, taken as it is, or changed in place (with what changes, for the log). */
export type Part<T, R> =
  | { readonly kind: 'create'; readonly request: R }
  | { readonly kind: 'reuse'; readonly found: T }
  | {
      readonly kind: 'update'
      readonly found: T
      readonly operations: readonly PatchOperation[]
      readonly changes: readonly string[]
    }

export type MappingPart =
  | { readonly kind: 'create'; readonly request: MappingSetRequest }
  | { readonly kind: 'reuse'; readonly id: string; readonly version: number }
  /** A new version of the same mapping set (Data Prep keeps every version). */
  | { readonly kind: 'update'; readonly id: string; readonly version: number; readonly request: MappingSetRequest }

/** The dataflow's schedule and Copy step as the inputs ask; `startTime` is settled at run time. */
export interface FlowShape {
  readonly frequency: string
  readonly interval: string | undefined
  /** Epoch seconds as a string; undefined: now at run time (a create), or kept as it is (an update). */
  readonly startTime: string | undefined
  readonly copy: Transformation | undefined
}

export type FlowPart =
  /** POSTed as a draft once every other part exists, settled, then published. */
  | { readonly kind: 'create'; readonly name: string; readonly flowSpec: FlowSpec; readonly shape: FlowShape }
  | {
      readonly kind: 'reuse' | 'update'
      readonly found: Flow
      /** What the PATCH changes: the schedule, the Copy step, the mapping version; empty for a reuse. */
      readonly changes: readonly ('schedule' | 'copy' | 'mapping')[]
      readonly shape: FlowShape
      /** A draft left by a cancelled run: published now. */
      readonly publish: boolean
    }

/** Why a plan fails, as a fact; describe.ts words it, naming the input to change. */
export type DataflowFailure =
  | { readonly why: 'no-base-connection'; readonly id: string }
  | { readonly why: 'base-connection-not-enabled'; readonly id: string; readonly state: string }
  | { readonly why: 'no-dataset'; readonly id: string }
  | { readonly why: 'no-flow-spec'; readonly name: string }
  | {
      readonly why: 'flow-spec-refuses-source'
      readonly flowSpecName: string
      readonly connectionSpecId: string
      readonly baseConnectionId: string
    }
  | {
      readonly why: 'interval-too-small'
      readonly interval: number
      readonly minimum: number
      readonly frequency: string
      readonly flowSpecName: string
    }
  | { readonly why: 'duplicates'; readonly what: string; readonly name: string; readonly ids: readonly string[] }
  | { readonly why: 'exists'; readonly id: string }
  | { readonly why: 'connection-gone'; readonly flowId: string; readonly side: 'source' | 'target' }
  | {
      readonly why: 'other-base-connection'
      readonly source: SourceConnection
      readonly readsFrom: string
      readonly baseConnectionId: string
    }
  | {
      readonly why: 'other-dataset'
      readonly target: TargetConnection
      readonly writesTo: string
      readonly datasetId: string
    }
  | { readonly why: 'start-time-passed'; readonly flowId: string; readonly startTime: string }

interface PlanSubject {
  readonly name: string
  readonly sandboxName: string
  readonly dryRun: boolean
}

/** A plan that fails before anything is written. */
export interface FailedPlan extends PlanSubject {
  readonly intent: 'fail'
  readonly failure: DataflowFailure
}

/** A plan that ends with a dataflow: what becomes of each object of the chain. */
export interface ChainPlan extends PlanSubject {
  readonly intent: 'create' | 'update' | 'unchanged'
  readonly source: Part<SourceConnection, SourceRequest>
  readonly target: Part<TargetConnection, TargetRequest>
  readonly mapping: MappingPart
  readonly flow: FlowPart
}

export type DataflowPlan = FailedPlan | ChainPlan

export const sourceName = (name: string): string => `${name}${SOURCE_CONNECTION_SUFFIX}`
export const targetName = (name: string): string => `${name}${TARGET_CONNECTION_SUFFIX}`

const CONNECTION_SPEC_VERSION = '1.0'
/** The schema's full form, as every tutorial names it in the target connection and the mapping set. */
const XED_FULL = 'application/vnd.adobe.xed-full+json;version=1'

/** `now`: epoch ms, to tell a start time that has passed (Adobe does not move one). */
export function makeDataflowPlan(config: DataflowConfig, found: ChainFound, now = Date.now()): DataflowPlan {
  const { name, sandboxName, dryRun } = config
  const fail = (failure: DataflowFailure): FailedPlan => ({ intent: 'fail', failure, name, sandboxName, dryRun })
  const checked = checkInputs(config, found)
  if ('why' in checked) return fail(checked)
  const { base, dataset, flowSpec } = checked

  const flowDecision = decide(config.ifExists, found.flows)
  if (flowDecision.kind === 'fail') {
    return fail(
      flowDecision.why === 'duplicates'
        ? { why: 'duplicates', what: 'dataflows', name, ids: found.flows.map(f => f.id) }
        : { why: 'exists', id: flowDecision.matches[0]?.id ?? '' }
    )
  }
  const flow = flowDecision.kind === 'create' ? undefined : flowDecision.match

  // The dataflow's own connections when it exists; otherwise those a cancelled run may have left.
  const sources = flow ? found.sources.filter(s => s.id === flow.sourceConnectionIds[0]) : found.sources
  const targets = flow ? found.targets.filter(t => t.id === flow.targetConnectionIds[0]) : found.targets
  if (flow && (sources.length === 0 || targets.length === 0)) {
    return fail({ why: 'connection-gone', flowId: flow.id, side: sources.length === 0 ? 'source' : 'target' })
  }
  const mode = config.ifExists === 'fail' ? 'update' : config.ifExists

  const source = sourcePart(config, base, sources, mode)
  if ('why' in source) return fail(source)
  const target = targetPart(config, dataset, targets)
  if ('why' in target) return fail(target)

  const desired = mappingRequest(config.mapping, dataset)
  const shape = flowShape(config)
  if (flow === undefined) {
    return {
      intent: 'create',
      name,
      sandboxName,
      dryRun,
      source,
      target,
      mapping: { kind: 'create', request: desired },
      flow: { kind: 'create', name, flowSpec, shape }
    }
  }

  const current = currentMapping(flow)
  const mappingChanged =
    found.mapping === undefined ||
    found.mapping.schemaId !== dataset.schemaId ||
    !samePairs(found.mapping.pairs, config.mapping)
  const mapping: MappingPart =
    mode === 'update' && mappingChanged && current !== undefined
      ? { kind: 'update', id: current.id, version: current.version, request: desired }
      : mode === 'update' && current === undefined
        ? { kind: 'create', request: desired }
        : { kind: 'reuse', id: current?.id ?? '', version: current?.version ?? 0 }
  const changes: ('schedule' | 'copy' | 'mapping')[] = []
  if (mode === 'update') {
    if (scheduleDiffers(flow, shape)) changes.push('schedule')
    if (copyDiffers(flow, shape)) changes.push('copy')
    if (mapping.kind !== 'reuse') changes.push('mapping')
  }
  if (changes.includes('schedule') && startTimeMoves(flow, shape, now)) {
    return fail({ why: 'start-time-passed', flowId: flow.id, startTime: String(flow.scheduleParams.startTime) })
  }
  const publish = needsPublishing(flow)
  const writes = changes.length > 0 || publish || source.kind !== 'reuse' || target.kind !== 'reuse'
  return {
    intent: writes ? 'update' : 'unchanged',
    name,
    sandboxName,
    dryRun,
    source,
    target,
    mapping,
    flow: { kind: changes.length > 0 ? 'update' : 'reuse', found: flow, changes, shape, publish }
  }
}

/** Inputs that Adobe's answers show to be wrong, found before any write; else what they found. */
function checkInputs(
  config: DataflowConfig,
  { base, dataset, flowSpec }: ChainFound
): DataflowFailure | { base: Connection; dataset: Dataset; flowSpec: FlowSpec } {
  if (base === undefined) return { why: 'no-base-connection', id: config.baseConnectionId }
  if (base.state !== undefined && base.state !== 'enabled')
    return { why: 'base-connection-not-enabled', id: base.id, state: base.state }
  if (dataset === undefined) return { why: 'no-dataset', id: config.datasetId }
  if (flowSpec === undefined) return { why: 'no-flow-spec', name: config.flowSpecName }
  const takes = flowSpec.sourceConnectionSpecIds
  if (base.connectionSpecId !== undefined && takes.length > 0 && !takes.includes(base.connectionSpecId)) {
    return {
      why: 'flow-spec-refuses-source',
      flowSpecName: flowSpec.name,
      connectionSpecId: base.connectionSpecId,
      baseConnectionId: base.id
    }
  }
  const minimum = flowSpec.minimumInterval(config.frequency)
  if (config.frequency !== 'once' && config.interval < minimum) {
    return {
      why: 'interval-too-small',
      interval: config.interval,
      minimum,
      frequency: config.frequency,
      flowSpecName: flowSpec.name
    }
  }
  return { base, dataset, flowSpec }
}

type Mode = 'update' | 'reuse'

function sourcePart(
  config: DataflowConfig,
  base: Connection,
  found: readonly SourceConnection[],
  mode: Mode
): Part<SourceConnection, SourceRequest> | DataflowFailure {
  const request: SourceRequest = {
    name: sourceName(config.name),
    baseConnectionId: base.id,
    data: { format: 'tabular' },
    params: { tableName: config.table, ...(config.columns.length > 0 ? { columns: config.columns } : {}) },
    connectionSpec: { id: base.connectionSpecId ?? '', version: base.connectionSpecVersion ?? CONNECTION_SPEC_VERSION }
  }
  if (found.length > 1) return duplicates('source connections', request.name, found)
  const [source] = found
  if (source === undefined) return { kind: 'create', request }
  if (source.baseConnectionId !== undefined && source.baseConnectionId !== base.id) {
    return { why: 'other-base-connection', source, readsFrom: source.baseConnectionId, baseConnectionId: base.id }
  }
  const changes: string[] = []
  if (source.tableName !== config.table) changes.push('table')
  if (!sameList(source.columns ?? [], config.columns)) changes.push('columns')
  if (mode === 'reuse' || changes.length === 0) return { kind: 'reuse', found: source }
  return {
    kind: 'update',
    found: source,
    operations: [{ op: 'replace', path: '/params', value: request.params }],
    changes
  }
}

function targetPart(
  config: DataflowConfig,
  dataset: Dataset,
  found: readonly TargetConnection[]
): Part<TargetConnection, TargetRequest> | DataflowFailure {
  const request: TargetRequest = {
    name: targetName(config.name),
    data: { schema: { id: dataset.schemaId, version: XED_FULL } },
    params: { dataSetId: dataset.id },
    connectionSpec: { id: DATA_LAKE_SPEC_ID, version: CONNECTION_SPEC_VERSION }
  }
  if (found.length > 1) return duplicates('target connections', request.name, found)
  const [target] = found
  if (target === undefined) return { kind: 'create', request }
  if (target.datasetId !== undefined && target.datasetId !== dataset.id) {
    return { why: 'other-dataset', target, writesTo: target.datasetId, datasetId: dataset.id }
  }
  return { kind: 'reuse', found: target }
}

function duplicates(what: string, name: string, found: readonly { id: string }[]): DataflowFailure {
  return { why: 'duplicates', what, name, ids: found.map(f => f.id) }
}

export function mappingRequest(pairs: readonly MappingPair[], dataset: Dataset): MappingSetRequest {
  return {
    outputSchema: { schemaRef: { id: dataset.schemaId, contentType: XED_FULL } },
    mappings: pairs.map(({ source, destination }) => ({ sourceType: 'ATTRIBUTE', source, destination }))
  }
}

function flowShape(config: DataflowConfig): FlowShape {
  return {
    frequency: config.frequency,
    interval: config.frequency === 'once' ? undefined : String(config.interval),
    startTime: config.startTime === undefined ? undefined : String(config.startTime),
    copy:
      config.deltaColumn === '' ? undefined : { name: 'Copy', params: { deltaColumn: { name: config.deltaColumn } } }
  }
}

export interface ScheduleParams {
  readonly startTime: number
  readonly frequency: string
  readonly interval?: string
}

/** The schedule a dataflow gets: the inputs', with the start time of now (a create) or as it was. */
export function scheduleParams(shape: FlowShape, startTime: string): ScheduleParams {
  // Typed as the OpenAPI's ScheduleSpecDTO has them: startTime an integer, interval a string.
  return {
    startTime: Number(shape.startTime ?? startTime),
    frequency: shape.frequency,
    ...(shape.interval === undefined ? {} : { interval: shape.interval })
  }
}

/** A new start time given for a dataflow whose start time has passed. */
function startTimeMoves(flow: Flow, shape: FlowShape, now: number): boolean {
  const started = Number(flow.scheduleParams.startTime)
  return (
    shape.startTime !== undefined &&
    Number.isFinite(started) &&
    String(flow.scheduleParams.startTime) !== shape.startTime &&
    started * 1000 <= now &&
    !needsPublishing(flow)
  )
}

/** States of a published dataflow; Adobe does not document how a draft shows, so anything else is tried. */
const PUBLISHED_STATES = new Set(['enabled', 'disabled', 'initializing'])

export function needsPublishing(flow: Flow): boolean {
  return flow.state !== undefined && !PUBLISHED_STATES.has(flow.state)
}

/** Flow Service echoes the schedule as it was sent, strings or numbers: its fields are compared as text. */
export function scheduleText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

function scheduleDiffers(flow: Flow, shape: FlowShape): boolean {
  const now = flow.scheduleParams
  return (
    scheduleText(now.frequency) !== shape.frequency ||
    (shape.interval !== undefined && scheduleText(now.interval) !== shape.interval) ||
    (shape.startTime !== undefined && scheduleText(now.startTime) !== shape.startTime)
  )
}

function copyDiffers(flow: Flow, shape: FlowShape): boolean {
  const copy = flow.transformations.find(t => t.name === 'Copy')
  const column = (copy?.params.deltaColumn as { name?: unknown } | undefined)?.name
  const wanted = (shape.copy?.params.deltaColumn as { name: string } | undefined)?.name
  return (typeof column === 'string' && column !== '' ? column : undefined) !== wanted
}

/** The mapping set and version in the dataflow's Mapping transformation (the version is a string there). */
export function currentMapping(flow: Flow): { id: string; version: number } | undefined {
  const params = flow.transformations.find(t => t.name === 'Mapping')?.params
  const version = Number(params?.mappingVersion)
  return typeof params?.mappingId === 'string' && Number.isInteger(version)
    ? { id: params.mappingId, version }
    : undefined
}

/** The order of pairs does not matter to Data Prep. */
function samePairs(a: readonly MappingPair[], b: readonly MappingPair[]): boolean {
  const key = (pairs: readonly MappingPair[]): string =>
    JSON.stringify(pairs.map(p => [p.source, p.destination]).sort())
  return key(a) === key(b)
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i])
}
