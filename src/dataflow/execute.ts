// Carries a dataflow plan out, object by object, in dependency order: source connection, target
// connection, mapping set, dataflow (a draft until every part exists, then published), then waits
// as asked. Each create converges like the base connection's: lost answers are looked for, and
// overlapping runs settle on the oldest object of each name.
import { ENTRY, seeEntry } from '../access/hints.js'
import { Collection, Named, PatchOperation, Recover, Written } from '../adobe/collection.js'
import { Adobe } from '../adobe/connect.js'
import { AdobeApiError, isNotFound } from '../adobe/errors.js'
import { Flow } from '../adobe/flow-service.js'
import { createOnce, ExecutorDeps, patchLatest, POLL_MS, settle } from '../converge/create.js'
import { readSettled } from '../converge/look-up.js'
import { deleteWhenFree } from '../converge/teardown.js'
import { ActionError } from '../runner/errors.js'
import { recorderOf } from '../runner/job-state.js'
import { together } from '../runner/together.js'
import { DataflowResult, failureMessage, WaitResult } from './describe.js'
import { DataflowConfig } from './inputs.js'
import { ChainKind, DATAFLOW_INPUT } from './names.js'
import {
  ChainFound,
  ChainPlan,
  currentMapping,
  DataflowPlan,
  FlowPart,
  FlowShape,
  MappingPart,
  matchTable,
  needsPublishing,
  Part,
  Replaced,
  scheduleParams,
  scheduleText,
  sourceName,
  targetName
} from './plan.js'

export interface DataflowDeps extends ExecutorDeps<ChainKind> {
  readonly adobe: Adobe
}

/**
 * Everything the plan compares, read before any write: the base connection, the dataset, the flow
 * spec, and the chain's objects by name (with the mapping version the dataflow uses). Two objects
 * of one name may be overlapping runs settling at this moment (each deletes its loser at once), so
 * before they count as duplicates the chain is read again, a second apart.
 */
export async function lookUpChain(
  adobe: Adobe,
  config: DataflowConfig,
  sleep: (ms: number) => Promise<void>
): Promise<ChainFound> {
  return readSettled(() => readChain(adobe, config), hasDuplicates, sleep)
}

function hasDuplicates({ flows, sources, targets }: ChainFound): boolean {
  return flows.length > 1 || (flows.length === 0 && (sources.length > 1 || targets.length > 1))
}

/** The requests readChain sends at once: so many platform connections are opened ahead. */
export const LOOK_UP_WAVE = 8

async function readChain(adobe: Adobe, config: DataflowConfig): Promise<ChainFound> {
  const { flowService, catalog, dataPrep, schemaRegistry } = adobe
  const base = config.baseConnectionId
  // Everything below goes out at once (LOOK_UP_WAVE requests, on connections opened while the token
  // was fetched); what needs an answer of the first wave follows in a second.
  // The table is explored by the input as a path at once; by its name only when that was no path.
  // A dry run for a new environment has no base connection yet: nothing to read or explore.
  const none = Promise.resolve(undefined)
  const [found, dataset, flowSpec, flows, sources, targets, tables, byPath] = await together(
    base === '' ? none : flowService.connections.get(base),
    catalog.dataset(config.datasetId),
    flowService.flowSpec(config.flowSpecName),
    flowService.flows.findByName(config.name),
    flowService.sources.findByName(sourceName(config.name)),
    flowService.targets.findByName(targetName(config.name)),
    base === '' ? none : unlessRefused(flowService.explore(base)),
    base === '' ? none : unlessRefused(flowService.exploreTable(base, config.table))
  )
  const [flow] = flows
  const single = flows.length === 1 ? flow : undefined
  const current = single === undefined ? undefined : currentMapping(single)
  const table = tables === undefined ? undefined : matchTable(tables, config.table)
  const byName = table !== undefined && !('why' in table) && table.path !== config.table ? table.path : undefined
  const [ownSources, ownTargets, mapping, schemaPaths, columns] = await together(
    own(sources, single?.sourceConnectionIds[0], id => flowService.sources.get(id)),
    own(targets, single?.targetConnectionIds[0], id => flowService.targets.get(id)),
    current === undefined ? none : dataPrep.mappingSet(current.id, current.version),
    dataset === undefined ? none : schemaRegistry.fieldPaths(dataset.schemaId),
    byName === undefined ? Promise.resolve(byPath) : unlessRefused(flowService.exploreTable(base, byName))
  )
  return {
    base: found,
    dataset,
    flowSpec,
    flows,
    sources: ownSources,
    targets: ownTargets,
    mapping,
    schemaPaths,
    explored: tables === undefined ? undefined : { tables, columns }
  }
}

/** The dataflow's own connection, whatever its name now, beside those found by name. */
async function own<T extends { id: string }>(
  found: T[],
  id: string | undefined,
  get: (id: string) => Promise<T | undefined>
): Promise<T[]> {
  if (id === undefined || found.some(o => o.id === id)) return found
  const item = await get(id)
  return item === undefined ? found : [...found, item]
}

/**
 * An explore Flow Service refuses (the base connection does not exist, a path that is no table)
 * is no answer; the plan then says what is wrong. Anything else (rejected credentials, a failing
 * service) stands.
 */
async function unlessRefused<T>(explore: Promise<T>): Promise<T | undefined> {
  try {
    return await explore
  } catch (error) {
    if (isNotFound(error) || (error instanceof AdobeApiError && isNotATable(error))) return undefined
    throw error
  }
}

/**
 * Flow Service's answer to explore of an object that is not a table of the source: 1330 (sources
 * catalogue, "No columns were found for table …"); any other refusal stands.
 */
function isNotATable(error: AdobeApiError): boolean {
  return error.details.code?.startsWith('1330') === true && error.details.operation.startsWith('explore table')
}

export async function executeDataflow(plan: DataflowPlan, deps: DataflowDeps): Promise<DataflowResult> {
  if (plan.intent === 'fail') throw new ActionError(failureMessage(plan))
  const { source, target, mapping, flow, replaces } = plan
  let wrote = false
  let adopted = false
  const part = async <T extends Named, R>(
    kind: ChainKind,
    collection: Collection<T, R>,
    step: Part<T, R>,
    existing: readonly string[] | undefined
  ) => {
    const done = await carryOut(kind, collection, step, deps, existing)
    wrote ||= done.wrote
    adopted ||= step.kind === 'create' && !done.wrote
    return done.id
  }
  // The mapping set, source and target connection need nothing of each other: written at once,
  // each create then settling on its own. Only when the plan could not check the mapping against
  // the schema (none found) is Data Prep its judge: then the mapping set goes first, so that a
  // mapping it refuses stops the run before anything is written to Flow Service.
  stopIfCancelled(deps)
  const alone = plan.schemaNotFound !== undefined
  const first = alone ? await writeMapping(mapping, deps, 'Nothing was written to Flow Service.') : undefined
  stopIfCancelled(deps)
  const [mapped, sourceId, targetId] = await together(
    first === undefined ? writeMapping(mapping, deps, besideMapping(plan)) : Promise.resolve(first),
    part('source', deps.adobe.flowService.sources, source, replaces?.existing.sources),
    part('target', deps.adobe.flowService.targets, target, replaces?.existing.targets)
  )
  stopIfCancelled(deps)
  const made = await carryOutFlow(plan, flow, { sourceId, targetId, ...mapped }, deps)
  // The mapping the dataflow ends with: this run's, unless another run's dataflow won.
  const used = made.created || flow.kind !== 'create' ? fromMapped(mapped) : currentOrMapped(made.flow, mapped)
  // A mapping set this run wrote counts only when the dataflow uses it (another run's may have won).
  wrote ||= mapping.kind !== 'reuse' && used.mappingId === mapped.id && used.mappingVersion === mapped.version
  // The new dataflow is live: the chain it replaces goes, the dataflow first (it uses the connections).
  if (replaces !== undefined) await retire(replaces, made.flow.id, deps)
  return {
    outcome:
      replaces !== undefined ? 'replaced' : made.created ? 'created' : wrote || made.wrote ? 'updated' : 'unchanged',
    dataflowId: made.flow.id,
    sourceConnectionId: sourceId,
    targetConnectionId: targetId,
    ...used,
    state: made.flow.state ?? 'enabled',
    adopted: adopted || (flow.kind === 'create' && !made.created)
  }
}

function stopIfCancelled(deps: DataflowDeps): void {
  const signal = deps.cancelled?.()
  if (signal !== undefined)
    throw new ActionError(`The job was cancelled (${signal}); stopped before the next part of the chain.`)
}

/**
 * Deletes the chain a new one replaced, in dependency order. Another run replacing it at the same
 * time may have deleted a part already (false: gone).
 */
async function retire(replaced: Replaced, newFlowId: string, deps: DataflowDeps): Promise<void> {
  const { flows, targets, sources } = deps.adobe.flowService
  const parts: [Collection<Named, unknown>, Named][] = [
    [flows, replaced.flow],
    [targets, replaced.target],
    [sources, replaced.source]
  ]
  for (const [collection, old] of parts) {
    try {
      const deleted = await deleteWhenFree(() => collection.delete(old.id), deps.sleep)
      deps.log.info(
        `${deleted ? 'Deleted' : 'Already gone:'} the replaced ${collection.what} ${old.id} ("${old.name}")`
      )
    } catch (error) {
      const old = `${replaced.flow.id} and its connections ${replaced.source.id}, ${replaced.target.id}`
      throw new ActionError(
        `The new dataflow ${newFlowId} is live, but the chain it replaces could not be deleted: ${firstLine(error)}\nNext step: delete dataflow ${old} (Sources > Dataflows), then run again.`
      )
    }
  }
}

/** An error's first line: its own next step gives way to the one the caller writes. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

const fromMapped = (mapped: { id: string; version: number }) => ({
  mappingId: mapped.id,
  mappingVersion: mapped.version
})

/** The mapping of a dataflow another run created: its own, or (none shown) the one it was given. */
function currentOrMapped(
  flow: Flow,
  mapped: { id: string; version: number }
): { mappingId: string; mappingVersion: number } {
  const current = currentMapping(flow)
  return current === undefined ? fromMapped(mapped) : { mappingId: current.id, mappingVersion: current.version }
}

async function carryOut<T extends Named, R>(
  kind: ChainKind,
  collection: Collection<T, R>,
  step: Part<T, R>,
  deps: DataflowDeps,
  existing?: readonly string[]
): Promise<{ id: string; wrote: boolean }> {
  switch (step.kind) {
    case 'reuse':
      deps.log.info(`Reusing ${collection.what} ${step.found.id} ("${step.found.name}")`)
      return { id: step.found.id, wrote: false }
    case 'update': {
      const written = await patch(collection, step.found, () => step.operations, deps)
      deps.log.info(`Updated ${collection.what} ${written.id} ("${step.found.name}"): ${step.changes.join(', ')}`)
      return { id: written.id, wrote: true }
    }
    case 'create': {
      const name = (step.request as { name: string }).name
      const made = await createSettled(
        kind,
        collection,
        name,
        recover => collection.create(step.request, recover),
        deps,
        existing
      )
      return { id: made.id, wrote: made.ours }
    }
  }
}

/**
 * POSTs, then settles with runs that created the same name at the same time: the oldest wins, and
 * a run whose object lost deletes its own and goes on with the winner. `ours`: this run made the
 * object that stays (proven by its own answer); `found`: that object as listed, when it is.
 */
async function createSettled<T extends Named>(
  kind: ChainKind,
  collection: Collection<T, unknown>,
  name: string,
  post: (recover: Recover) => Promise<Written>,
  deps: DataflowDeps,
  existing: readonly string[] = []
): Promise<{ id: string; ours: boolean; found?: T }> {
  const record = recorderOf(deps.record, kind)
  // The plan found none of this name, or (a replacement) only what it replaces: whatever else
  // appears is new, and runs settle among the new ones only.
  const before = existing
  const find = async (): Promise<T[]> => (await collection.findByName(name)).filter(o => !before.includes(o.id))
  const { written, proven, pending, landsBy } = await createOnce(
    {
      what: collection.what,
      unproven: 'reports it as reused',
      pending: { name, sentAt: deps.now(), before, waitMs: deps.commitWaitMs },
      record,
      find,
      serverClockOffsetMs: () => deps.adobe.flowService.serverClockOffsetMs,
      post
    },
    deps
  )
  if (proven) deps.log.info(`Created ${collection.what} ${written.id} ("${name}")`)
  const { winner, lost } = await settle(
    {
      what: collection.what,
      name,
      written,
      proven,
      find,
      remove: id => collection.delete(id),
      record,
      pending,
      landsBy
    },
    deps
  )
  if (lost && winner !== undefined) return { id: winner.id, ours: false, found: winner }
  return { id: written.id, ours: proven, found: winner }
}

function patch<T extends Named>(
  collection: Collection<T, unknown>,
  found: T,
  operations: (current: T) => readonly PatchOperation[],
  deps: DataflowDeps
): Promise<Written> {
  return patchLatest(
    {
      what: collection.what,
      found,
      get: id => collection.get(id),
      patch: (id, etag, changes) => collection.patch(id, etag, changes),
      operations
    },
    deps.log
  )
}

/** What a refused mapping leaves of the writes that went out beside it, for the message. */
function besideMapping({ source, target, intent }: ChainPlan): string {
  if (source.kind === 'reuse' && target.kind === 'reuse') return 'Nothing was written to Flow Service.'
  const flow = intent === 'create' ? 'The dataflow was not created' : 'The dataflow was left as it is'
  return `${flow}; a run with the mapping corrected goes on with the connections this run wrote.`
}

/** `written`: what the run wrote beside the mapping set, said when Data Prep refuses it. */
async function writeMapping(
  mapping: MappingPart,
  deps: DataflowDeps,
  written: string
): Promise<{ id: string; version: number }> {
  try {
    return await writeMappingSet(mapping, deps)
  } catch (error) {
    if (!(error instanceof AdobeApiError && error.status === 400)) throw error
    const first = firstLine(error)
    throw new ActionError(
      `"${DATAFLOW_INPUT.mapping}": Data Prep refused the mapping: ${first}\nNext step: check each "source" and "destination" in the mapping file; every destination must be a path of the XDM schema of "${DATAFLOW_INPUT.datasetId}". ${written}${seeEntry(ENTRY.mappingRefused)}`
    )
  }
}

async function writeMappingSet(mapping: MappingPart, deps: DataflowDeps): Promise<{ id: string; version: number }> {
  switch (mapping.kind) {
    case 'reuse':
      return { id: mapping.id, version: mapping.version }
    case 'create': {
      const written = await deps.adobe.dataPrep.writeMappingSet(mapping.request)
      deps.log.info(`Created mapping set ${written.id} (version ${written.version})`)
      return written
    }
    case 'update': {
      const written = await deps.adobe.dataPrep.writeMappingSet(mapping.request, mapping.id)
      deps.log.info(`Wrote version ${written.version} of mapping set ${written.id} (was version ${mapping.version})`)
      return written
    }
  }
}

interface Parts {
  readonly sourceId: string
  readonly targetId: string
  readonly id: string
  readonly version: number
}

async function carryOutFlow(
  plan: ChainPlan,
  step: FlowPart,
  parts: Parts,
  deps: DataflowDeps
): Promise<{ flow: Flow; created: boolean; wrote: boolean }> {
  const { flows } = deps.adobe.flowService
  // mappingVersion a string, as the OpenAPI's TransformationSpecDTO and the flow spec type it.
  const mappingStep = { name: 'Mapping', params: { mappingId: parts.id, mappingVersion: String(parts.version) } }
  if (step.kind === 'create') {
    const startTime = String(Math.floor(deps.now() / 1000))
    const request = {
      name: step.name,
      flowSpec: { id: step.flowSpec.id, version: step.flowSpec.version },
      sourceConnectionIds: [parts.sourceId],
      targetConnectionIds: [parts.targetId],
      transformations: [...(step.shape.copy ? [step.shape.copy] : []), mappingStep],
      scheduleParams: scheduleParams(step.shape, startTime)
    }
    // A draft is not live: a chain that stops half-way never ingests. Draft mode only where the
    // flow spec offers it (draft.md); otherwise the dataflow is created as it is.
    const { draftMode } = step.flowSpec
    const made = await createSettled(
      'flow',
      flows,
      step.name,
      recover => flows.create(request, recover, { draft: draftMode }),
      deps,
      plan.replaces?.existing.flows
    )
    // This run's own draft is published whatever state Flow Service shows a draft in; another
    // run's winner only when it is not published yet.
    const publish = draftMode && (made.ours || (made.found !== undefined && needsPublishing(made.found)))
    // Not published: the settling look-up listed the dataflow just now, as a read would show it.
    const listed = made.found?.id === made.id ? made.found : undefined
    const flow = publish ? await published(made.id, deps) : (listed ?? (await read(made.id, deps)))
    return { flow, created: made.ours, wrote: made.ours }
  }

  let wrote = false
  if (step.kind === 'update') {
    const written = await patch(
      flows,
      step.found,
      current => flowOperations(current, step, mappingStep, deps.now()),
      deps
    )
    deps.log.info(`Updated dataflow ${written.id} ("${plan.name}"): ${step.changes.join(', ')}`)
    wrote = true
  } else {
    deps.log.info(`Reusing dataflow ${step.found.id} ("${plan.name}")`)
  }
  // Not published: as the look-up read it (a PATCH of its schedule or steps leaves its state).
  const flow = step.publish ? await published(step.found.id, deps) : step.found
  return { flow, created: false, wrote: wrote || step.publish }
}

/** The PATCH for the changes the plan found, against the dataflow as it is now (indexes may move). */
function flowOperations(
  flow: Flow,
  step: Extract<FlowPart, { kind: 'reuse' | 'update' }>,
  mapping: { name: string; params: Record<string, unknown> },
  now: number
): PatchOperation[] {
  const operations: PatchOperation[] = []
  if (step.changes.includes('schedule')) operations.push(...scheduleOperations(flow, step.shape, now))
  const index = (name: string): number => flow.transformations.findIndex(t => t.name === name)
  if (step.changes.includes('mapping')) {
    const at = index('Mapping')
    operations.push(
      at < 0
        ? { op: 'add', path: `/transformations/${flow.transformations.length}`, value: mapping }
        : { op: 'replace', path: `/transformations/${at}`, value: mapping }
    )
  }
  if (step.changes.includes('copy')) {
    const at = index('Copy')
    // Another run may have removed it already (the 412 path reads the dataflow again). The
    // OpenAPI's PatchInstruction requires a value: the list is replaced without it, not `remove`d.
    if (step.shape.copy === undefined) {
      if (at >= 0) {
        const kept = flow.transformations.filter(t => t.name !== 'Copy')
        const withMapping = kept.map(t => (t.name === 'Mapping' && step.changes.includes('mapping') ? mapping : t))
        return [
          ...operations.filter(o => !o.path.startsWith('/transformations')),
          { op: 'replace', path: '/transformations', value: withMapping }
        ]
      }
    } else if (at < 0) operations.push({ op: 'add', path: '/transformations/0', value: step.shape.copy })
    else operations.push({ op: 'replace', path: `/transformations/${at}`, value: step.shape.copy })
  }
  return operations
}

/**
 * One operation per schedule field that changes (`/scheduleParams/frequency`, as Adobe's update
 * guide patches it), keeping the start time unless the inputs give one.
 */
function scheduleOperations(flow: Flow, shape: FlowShape, now: number): PatchOperation[] {
  const current = flow.scheduleParams
  // A dataflow without a start time gets now, as a new one would.
  const wanted = scheduleParams(shape, scheduleText(current.startTime) ?? String(Math.floor(now / 1000)))
  // A field to drop (interval, for once): the schedule is replaced whole, as every operation carries a value.
  if (wanted.interval === undefined && scheduleText(current.interval) !== undefined) {
    return [{ op: 'replace', path: '/scheduleParams', value: wanted }]
  }
  const operations: PatchOperation[] = []
  for (const field of ['startTime', 'frequency', 'interval'] as const) {
    const path = `/scheduleParams/${field}`
    const had = scheduleText(current[field])
    const value = wanted[field]
    if (value === undefined) continue
    if (had === undefined) operations.push({ op: 'add', path, value })
    else if (had !== String(value)) operations.push({ op: 'replace', path, value })
  }
  return operations
}

/**
 * Publishes a draft (this run's, or one a cancelled run left), then reads the dataflow as it now
 * is: still a draft, it never runs, and the run says so. A publish refused because the dataflow is
 * no longer a draft (1422, or 1444 "not in expected state": another run, or this run's first
 * publish whose answer was lost, published it) is as good, when the read shows it published.
 */
async function published(id: string, deps: DataflowDeps): Promise<Flow> {
  let refused: AdobeApiError | undefined
  try {
    await deps.adobe.flowService.flows.act(id, 'publish')
    deps.log.info(`Published dataflow ${id}`)
  } catch (error) {
    const code = error instanceof AdobeApiError ? error.details.code : undefined
    if (!(error instanceof AdobeApiError) || !(code?.startsWith('1422') || code?.startsWith('1444'))) throw error
    refused = error
  }
  const flow = await read(id, deps)
  if (refused !== undefined && needsPublishing(flow)) throw refused
  if (needsPublishing(flow)) throw draftError(flow.id, flow.state ?? 'draft')
  return flow
}

async function read(id: string, deps: DataflowDeps): Promise<Flow> {
  const flow = await deps.adobe.flowService.flows.get(id)
  if (flow === undefined) throw new ActionError(`Dataflow ${id} disappeared while this run was building it: run again.`)
  return flow
}

function draftError(flowId: string, state: string): ActionError {
  return new ActionError(
    `Dataflow ${flowId} is still a draft (state ${state}) after it was published: it will not run. Publish it in Experience Platform, or run again with "${DATAFLOW_INPUT.ifExists}" update.`
  )
}

/**
 * Waits until the dataflow is enabled, or until its first run has ended, polling once a second up
 * to `wait-timeout-seconds`. `state`: the dataflow's state as this run last read it (its look-up,
 * its settling look-up or the read after publishing it); when that is `enabled`, no read repeats it.
 */
export async function waitFor(
  wait: 'none' | 'enabled' | 'first-run',
  { dataflowId: flowId, state: known }: { dataflowId: string; state: string },
  timeoutMs: number,
  deps: DataflowDeps
): Promise<WaitResult | undefined> {
  if (wait === 'none') return undefined
  const deadline = deps.now() + timeoutMs
  if (known !== 'enabled') await untilEnabled(flowId, deadline, timeoutMs, deps)
  deps.log.info(`Dataflow ${flowId} is enabled`)
  const state = 'enabled'
  if (wait === 'enabled') return { state }
  for (;;) {
    stopIfCancelled(deps)
    const [first] = [...(await deps.adobe.flowService.runs(flowId))].sort(
      (a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0)
    )
    if (first !== undefined && hasEnded(first.status)) {
      deps.log.info(
        `The first run of dataflow ${flowId} (${first.id}) ended: ${first.status}, ${first.recordsWritten ?? 0} records written`
      )
      return { state, run: first }
    }
    if (deps.now() >= deadline) {
      throw timedOut(
        flowId,
        first === undefined ? 'its first run has not started' : `its first run ${first.id} is still ${first.status}`,
        timeoutMs
      )
    }
    await deps.sleep(POLL_MS)
  }
}

async function untilEnabled(flowId: string, deadline: number, timeoutMs: number, deps: DataflowDeps): Promise<void> {
  for (;;) {
    stopIfCancelled(deps)
    const flow = await deps.adobe.flowService.flows.get(flowId)
    // A dataflow without a state is taken as enabled, as a base connection without one is.
    const state = flow === undefined ? 'deleted' : (flow.state ?? 'enabled')
    if (state === 'enabled') return
    // A draft never becomes enabled by itself: no use waiting for it.
    if (flow !== undefined && needsPublishing(flow)) throw draftError(flowId, state)
    if (state === 'disabled' || state === 'deleted') {
      throw new ActionError(
        `Dataflow ${flowId} is ${state}; it will not run. Enable it in Experience Platform, or delete it and run again.`
      )
    }
    if (deps.now() >= deadline) throw timedOut(flowId, `still ${state}, not enabled`, timeoutMs)
    await deps.sleep(POLL_MS)
  }
}

/**
 * Whether a run has ended: every status but those of a run still going, compared without regard to
 * case or underscores. Adobe spells the ends `success` (monitor.md), `Failed` (sort-and-filter.md)
 * and, in the OpenAPI's StatusDTO, `PARTIAL_SUCCESS`, `PARTIAL_FAILURE`, `COMPLETED`; a status none
 * of them documents (`unknown`, a new one) is waited on rather than taken as an end.
 */
function hasEnded(status: string): boolean {
  return ENDED.has(status.toLowerCase().replace(/_/g, ''))
}

const ENDED = new Set([
  'success',
  'failed',
  'partialsuccess',
  'partialfailure',
  'completed',
  'cancelled',
  'canceled',
  'error'
])

function timedOut(flowId: string, what: string, timeoutMs: number): ActionError {
  return new ActionError(
    `Waited ${Math.round(timeoutMs / 1000)} s for dataflow ${flowId}: ${what}. Raise "${DATAFLOW_INPUT.waitTimeoutSeconds}", or set "${DATAFLOW_INPUT.wait}" to none; the dataflow itself is in place.`
  )
}
