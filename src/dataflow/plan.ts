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
  SourceColumn,
  SourceConnection,
  SourceRequest,
  SourceTable,
  TargetConnection,
  TargetRequest,
  Transformation
} from '../adobe/flow-service.js'
import { decide } from '../converge/decide.js'
import { closest } from './closest.js'
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
  /** What explore showed of the source; undefined when the base connection could not be explored. */
  readonly explored?: Explored
  /** Every field path of the dataset's schema; undefined when the Schema Registry has no such schema. */
  readonly schemaPaths?: readonly string[]
}

/** What explore showed of the source: its tables, and the columns of the table the inputs name. */
export interface Explored {
  readonly tables: readonly SourceTable[]
  /** Undefined when no table matches the input (the plan then fails naming it). */
  readonly columns: readonly SourceColumn[] | undefined
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
  /** POSTed once every other part exists (as a draft, then published, where the flow spec offers drafts) and settled. */
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
  | { readonly why: 'unknown-table'; readonly table: string; readonly closest: readonly string[] }
  | { readonly why: 'not-explored'; readonly baseConnectionId: string }
  | { readonly why: 'replace-with-delete'; readonly flowId: string; readonly changes: readonly string[] }
  | { readonly why: 'once-after-start'; readonly flowId: string; readonly startTime: string }
  | { readonly why: 'ambiguous-table'; readonly table: string; readonly paths: readonly string[] }
  | {
      readonly why: 'unknown-columns'
      readonly input: 'columns' | 'delta-column'
      readonly table: string
      readonly names: readonly string[]
      readonly closest: readonly string[]
    }
  | {
      readonly why: 'unknown-mapping-sources'
      readonly table: string
      readonly sources: readonly string[]
      readonly closest: readonly string[]
    }
  | {
      readonly why: 'unknown-mapping-destinations'
      readonly schemaId: string
      readonly destinations: readonly string[]
      readonly closest: readonly string[]
    }

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

/**
 * The chain a changed table, columns or dataset replaces: Flow Service does not apply such a change
 * to a live dataflow (update-dataflows.md), so a new source connection, target connection and
 * dataflow are made, and these are deleted once the new dataflow is live.
 */
export interface Replaced {
  readonly flow: Flow
  readonly source: SourceConnection
  readonly target: TargetConnection
  /** What differs: table, columns, dataset. */
  readonly changes: readonly ('table' | 'columns' | 'dataset')[]
  /** The ids of every object of these names at the look-up: the new ones settle among later ones only. */
  readonly existing: {
    readonly flows: readonly string[]
    readonly sources: readonly string[]
    readonly targets: readonly string[]
  }
}

/** A plan that ends with a dataflow: what becomes of each object of the chain. */
export interface ChainPlan extends PlanSubject {
  readonly intent: 'create' | 'update' | 'unchanged' | 'replace'
  /** With intent `replace`: the chain the new one replaces. */
  readonly replaces?: Replaced
  /** A dry run without a base connection: the source (table, columns, mapping sources) was not explored. */
  readonly unexplored?: true
  /** The Schema Registry has no schema of this id: the mapping's destinations were not checked. */
  readonly schemaNotFound?: string
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
  const { base, dataset, flowSpec, table, columns } = checked

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
  const unexplored = {
    ...(config.baseConnectionId === '' ? ({ unexplored: true } as const) : {}),
    ...(found.schemaPaths === undefined ? { schemaNotFound: dataset.schemaId } : {})
  }
  const chain = (intent: ChainPlan['intent'], parts: Omit<ChainPlan, keyof PlanSubject | 'intent'>): ChainPlan => ({
    intent,
    ...unexplored,
    name,
    sandboxName,
    dryRun,
    ...parts
  })
  const desired = mappingRequest(config.mapping, dataset)
  const shape = flowShape(config)

  const [oldSource] = sources
  const [oldTarget] = targets
  if (flow !== undefined && oldSource !== undefined && oldTarget !== undefined && mode === 'update') {
    const changes = chainChanges(config, { table, dataset }, oldSource, oldTarget)
    if (changes.length > 0) {
      // A dataflow is never moved to another base connection, replaced or not.
      if (oldSource.baseConnectionId !== undefined && oldSource.baseConnectionId !== base.id) {
        return fail({
          why: 'other-base-connection',
          source: oldSource,
          readsFrom: oldSource.baseConnectionId,
          baseConnectionId: base.id
        })
      }
      // The post step would delete the new chain, and the old one would be gone too.
      if (config.deleteOnCompletion) return fail({ why: 'replace-with-delete', flowId: flow.id, changes })
      const replaced = {
        flow,
        source: oldSource,
        target: oldTarget,
        changes,
        // Everything of these names at the look-up (orphans of an earlier replacement too): the new
        // objects settle among those made from now on, and never adopt one reading other inputs.
        existing: {
          flows: found.flows.map(f => f.id),
          sources: found.sources.map(s => s.id),
          targets: found.targets.map(t => t.id)
        }
      }
      const kept = sourcePart(config, { base, table, columns }, [], mode)
      if ('why' in kept) return fail(kept)
      const newTarget = targetPart(config, dataset, [])
      if ('why' in newTarget) return fail(newTarget)
      return chain('replace', {
        replaces: replaced,
        source: kept,
        target: newTarget,
        mapping: replacementMapping(flow, found.mapping, dataset, config, desired),
        flow: { kind: 'create', name, flowSpec, shape }
      })
    }
  }

  const source = sourcePart(config, { base, table, columns }, sources, mode)
  if ('why' in source) return fail(source)
  const target = targetPart(config, dataset, targets, flow !== undefined && mode === 'reuse')
  if ('why' in target) return fail(target)

  if (flow === undefined) {
    return chain('create', {
      source,
      target,
      mapping: { kind: 'create', request: desired },
      flow: { kind: 'create', name, flowSpec, shape }
    })
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
  // Flow Service refuses a change to `once` once the start time has passed (sources-errors.md, 1403-400).
  const toOnce = shape.frequency === 'once' && scheduleText(flow.scheduleParams.frequency) !== 'once'
  if (changes.includes('schedule') && toOnce && hasStarted(flow, now)) {
    return fail({ why: 'once-after-start', flowId: flow.id, startTime: String(flow.scheduleParams.startTime) })
  }
  const publish = needsPublishing(flow)
  const writes = changes.length > 0 || publish || source.kind !== 'reuse' || target.kind !== 'reuse'
  return chain(writes ? 'update' : 'unchanged', {
    source,
    target,
    mapping,
    flow: { kind: changes.length > 0 ? 'update' : 'reuse', found: flow, changes, shape, publish }
  })
}

/** What a live dataflow's connections read and write that the inputs change: each needs a new chain. */
function chainChanges(
  config: DataflowConfig,
  { table, dataset }: { table: string; dataset: Dataset },
  source: SourceConnection,
  target: TargetConnection
): ('table' | 'columns' | 'dataset')[] {
  const changes: ('table' | 'columns' | 'dataset')[] = []
  if (source.tableName !== undefined && source.tableName !== table) changes.push('table')
  if (!sameList(source.columns ?? [], config.columns)) changes.push('columns')
  if (target.datasetId !== undefined && target.datasetId !== dataset.id) changes.push('dataset')
  return changes
}

/**
 * The new chain's mapping set: the old dataflow's, as it is or in a new version, while the dataset
 * (so the schema) stays; a new one for another dataset.
 */
function replacementMapping(
  flow: Flow,
  mapping: MappingSet | undefined,
  dataset: Dataset,
  config: DataflowConfig,
  desired: MappingSetRequest
): MappingPart {
  const current = currentMapping(flow)
  if (current === undefined || mapping === undefined || mapping.schemaId !== dataset.schemaId)
    return { kind: 'create', request: desired }
  return samePairs(mapping.pairs, config.mapping)
    ? { kind: 'reuse', id: current.id, version: current.version }
    : { kind: 'update', id: current.id, version: current.version, request: desired }
}

/** What the inputs name, as Adobe's answers show it. */
interface Checked {
  readonly base: Connection
  readonly dataset: Dataset
  readonly flowSpec: FlowSpec
  /** The table's path, as explore lists it (the input may have named it by its name). */
  readonly table: string
  /** The columns named in `columns`, as explore describes them; [] = all. */
  readonly columns: readonly SourceColumn[]
}

/** A dry run for a new environment has no base connection to plan on yet. */
const NO_BASE_CONNECTION: Connection = { id: '', etag: '', name: '' }

/** Inputs that Adobe's answers show to be wrong, found before any write; else what they name. */
function checkInputs(config: DataflowConfig, found: ChainFound): DataflowFailure | Checked {
  const { dataset, flowSpec } = found
  const base = config.baseConnectionId === '' ? NO_BASE_CONNECTION : found.base
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
  const source = checkSource(config, found.explored)
  if ('why' in source) return source
  const destinations = checkDestinations(config, dataset, found.schemaPaths)
  if (destinations !== undefined) return destinations
  return { base, dataset, flowSpec, ...source }
}

/**
 * The table the `table` input names: its path as explore lists it, or its name when exactly one
 * table has it. The look-up explores the table this finds.
 */
export function matchTable(tables: readonly SourceTable[], input: string): SourceTable | DataflowFailure {
  const byPath = tables.find(table => table.path === input)
  if (byPath !== undefined) return byPath
  const byName = tables.filter(table => table.name === input)
  const [only, ...others] = byName
  if (only !== undefined && others.length === 0) return only
  if (only !== undefined) return { why: 'ambiguous-table', table: input, paths: byName.map(table => table.path) }
  const names = tables.flatMap(table => (table.name === table.path ? [table.path] : [table.path, table.name]))
  return { why: 'unknown-table', table: input, closest: closest(input, names) }
}

/** The table, the columns and the mapping's sources, against what explore shows of the source. */
function checkSource(
  config: DataflowConfig,
  explored: Explored | undefined
): DataflowFailure | Pick<Checked, 'table' | 'columns'> {
  // Not explored: a dry run for a new environment takes the inputs as given; a real run cannot.
  if (explored === undefined) {
    return config.baseConnectionId === ''
      ? { table: config.table, columns: [] }
      : { why: 'not-explored', baseConnectionId: config.baseConnectionId }
  }
  const table = matchTable(explored.tables, config.table)
  if ('why' in table) return table
  const known = explored.columns ?? []
  const names = known.map(column => column.name)
  const missing = (wanted: readonly string[]): string[] => wanted.filter(name => !names.includes(name))
  const unknownColumns = missing(config.columns)
  if (unknownColumns.length > 0) {
    return unknown('columns', table.path, unknownColumns, names)
  }
  if (config.deltaColumn !== '' && missing([config.deltaColumn]).length > 0) {
    return unknown('delta-column', table.path, [config.deltaColumn], names)
  }
  const sources = missing(config.mapping.map(pair => pair.source))
  if (sources.length > 0) {
    return { why: 'unknown-mapping-sources', table: table.path, sources, closest: closest(sources[0] ?? '', names) }
  }
  const columns = config.columns.flatMap(name => known.filter(column => column.name === name))
  return { table: table.path, columns }
}

function unknown(
  input: 'columns' | 'delta-column',
  table: string,
  names: readonly string[],
  known: readonly string[]
): DataflowFailure {
  return { why: 'unknown-columns', input, table, names, closest: closest(names[0] ?? '', known) }
}

/** Every mapping destination must be a field of the dataset's schema (when the Schema Registry showed it). */
function checkDestinations(
  config: DataflowConfig,
  dataset: Dataset,
  schemaPaths: readonly string[] | undefined
): DataflowFailure | undefined {
  if (schemaPaths === undefined) return undefined
  const destinations = config.mapping.map(pair => pair.destination).filter(path => !schemaPaths.includes(path))
  if (destinations.length === 0) return undefined
  return {
    why: 'unknown-mapping-destinations',
    schemaId: dataset.schemaId,
    destinations,
    closest: closest(destinations[0] ?? '', schemaPaths)
  }
}

type Mode = 'update' | 'reuse'

function sourcePart(
  config: DataflowConfig,
  { base, table, columns }: Pick<Checked, 'base' | 'table' | 'columns'>,
  found: readonly SourceConnection[],
  mode: Mode
): Part<SourceConnection, SourceRequest> | DataflowFailure {
  // Columns as Adobe's tutorials send them: explore's {name, type, xdm} of each column named.
  const request: SourceRequest = {
    name: sourceName(config.name),
    baseConnectionId: base.id,
    data: { format: 'tabular' },
    params: { tableName: table, ...(columns.length > 0 ? { columns } : {}) },
    connectionSpec: { id: base.connectionSpecId ?? '', version: base.connectionSpecVersion ?? CONNECTION_SPEC_VERSION }
  }
  if (found.length > 1) return duplicates('source connections', request.name, found)
  const [source] = found
  if (source === undefined) return { kind: 'create', request }
  if (source.baseConnectionId !== undefined && source.baseConnectionId !== base.id) {
    return { why: 'other-base-connection', source, readsFrom: source.baseConnectionId, baseConnectionId: base.id }
  }
  const changes: string[] = []
  if (source.tableName !== table) changes.push('table')
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
  found: readonly TargetConnection[],
  /** if-exists reuse with a dataflow: its target is taken as it is, whatever it writes to. */
  asItIs = false
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
  if (!asItIs && target.datasetId !== undefined && target.datasetId !== dataset.id) {
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
  return (
    shape.startTime !== undefined && String(flow.scheduleParams.startTime) !== shape.startTime && hasStarted(flow, now)
  )
}

/** A published dataflow whose start time has passed. */
function hasStarted(flow: Flow, now: number): boolean {
  const started = Number(flow.scheduleParams.startTime)
  return Number.isFinite(started) && started * 1000 <= now && !needsPublishing(flow)
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
