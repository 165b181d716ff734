// Dataflows (`/flows`) and their runs (`/runs`): create (or draft), publish, enable, disable, update
// and delete. A flow's state and its first run follow the emulator's clock, worked out whenever
// Flow Service is asked (settleFlows), so no timer keeps the process alive and tests are deterministic.
import { randomUUID } from 'node:crypto'

import {
  copy,
  type Fail,
  fail,
  isObject,
  parseObjectBody,
  type PatchOp,
  preparePatch,
  type Result,
  unknownPatchPath
} from './body.js'
import {
  applyText,
  type ChainConfig,
  changed,
  created,
  newItemBase,
  oneItem,
  readAction,
  readMode,
  readSpecRef,
  readText,
  scopeKey,
  sourceTableName,
  touch,
  unknownKey
} from './chain.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, noContent } from './errors.js'
import type { Scope } from './gateway.js'
import { type Listing, listPage } from './listing.js'
import { validateAgainstSchema } from './specs.js'
import { newEtag, type RunRecord, scopedGet, scopedValues, type Store } from './store.js'
import type {
  FlowReads,
  FlowRun,
  FlowSpec,
  FlowTransformation,
  MappingSetVersion,
  RunStatus,
  StoredFlow,
  StoredSourceConnection,
  StoredTargetConnection
} from './types.js'

/** How a validation problem is answered: 1100 on create, 1455 on PATCH. */
type Problem = (reason: string, rid: string) => EmuResponse

const FLOW_KEYS = new Set([
  'name',
  'description',
  'flowSpec',
  'sourceConnectionIds',
  'targetConnectionIds',
  'transformations',
  'scheduleParams'
])

export function handleFlows(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  id: string | undefined,
  sub: string | undefined
): EmuResponse {
  const rid = ctx.requestId
  const m = ctx.method
  const find = (): StoredFlow | undefined =>
    id === undefined ? undefined : scopedGet(store.flows, id, scope.caller.orgId, scope.sandboxName)
  if (id === undefined) {
    if (m === 'GET') {
      const all = scopedValues(store.flows, scope.caller.orgId, scope.sandboxName)
      const listing = { collection: 'flows', fields: { name: (f: StoredFlow) => f.name } }
      return listPage(ctx, store, config, scopeKey(scope), all, listing, f => renderFlow(store, config, f))
    }
    if (m === 'POST') return createFlow(ctx, store, config, scope)
  } else if (sub === undefined) {
    if (m === 'PATCH') return patchFlow(ctx, store, config, scope, find)
    const found = find()
    if (!found) return flowErrors.notFound(rid)
    if (m === 'GET') return oneItem(found, renderFlow(store, config, found))
    if (m === 'DELETE') {
      store.flows.delete(found.id)
      store.flowTimes.delete(found.id)
      store.flowReads.delete(found.id)
      store.seededFlows.delete(found.id)
      for (const run of [...store.runs.values()]) if (run.flowId === found.id) store.runs.delete(run.id)
      return noContent()
    }
  } else if (sub === 'action' && m === 'POST') {
    return flowAction(ctx, store, config, scope, find)
  }
  return flowErrors.notFound(rid)
}

// --- POST /flows ---

function createFlow(ctx: RequestContext, store: Store, config: ChainConfig, scope: Scope): EmuResponse {
  const rid = ctx.requestId
  const mode = readMode(ctx)
  if (!mode.ok) return mode.response
  const parsed = parseObjectBody(ctx)
  if (!parsed.ok) return parsed.response
  const body = parsed.body
  if ('state' in body) return flowErrors.stateNotAllowed(rid)
  const extra = unknownKey(body, FLOW_KEYS, rid)
  if (extra) return extra.response
  const text = readText(body, rid)
  if (!text.ok) return text.response
  const specs = store.activeFlowSpecs()
  const ref = readSpecRef(body['flowSpec'], 'flowSpec', id => specs.find(s => s.id === id), rid)
  if (!ref.ok) return ref.response
  const spec = specs.find(s => s.id === ref.ref.id) as FlowSpec
  // draft.md: draft mode only where the flow spec says it is supported (sources catalogue 1368).
  if (mode.draft && spec.attributes?.['isDraftModeSupported'] !== true) return flowErrors.modeNotAllowed(rid)

  const sources = readConnections(
    body['sourceConnectionIds'],
    'sourceConnectionIds',
    store.sourceConnections,
    spec.sourceConnectionSpecIds,
    scope,
    rid
  )
  if (!sources.ok) return sources.response
  const targets = readConnections(
    body['targetConnectionIds'],
    'targetConnectionIds',
    store.targetConnections,
    spec.targetConnectionSpecIds,
    scope,
    rid
  )
  if (!targets.ok) return targets.response

  const problem: Problem = flowErrors.invalidRequest
  let transformations: FlowTransformation[] | undefined
  if (body['transformations'] !== undefined) {
    const read = readTransformations(spec, body['transformations'], problem, rid)
    if (!read.ok) return read.response
    transformations = read.transformations
  }
  const scheduleParams = body['scheduleParams']
  if (scheduleParams !== undefined) {
    const bad = checkSchedule(spec, scheduleParams, problem, rid)
    if (bad) return bad.response
  }
  const onceWithDelta = checkDeltaColumn(transformations, scheduleParams, rid)
  if (onceWithDelta) return onceWithDelta.response
  // A draft may be completed later by PATCH (draft tutorial); anything else must be whole now.
  if (!mode.draft) {
    for (const [field, value] of [
      ['transformations', transformations],
      ['scheduleParams', scheduleParams]
    ] as const) {
      if (value === undefined) {
        return problem(`The field "${field}" is required unless the flow is created with mode=draft.`, rid)
      }
    }
  }
  const mapping = readMapping(store, scope, transformations, rid)
  if (!mapping.ok) return mapping.response
  if (!mode.draft) {
    const notReady = checkReady(store, sources.found, targets.found, mapping.version, rid)
    if (notReady) return notReady.response
  }

  const base = newItemBase(store, config, scope, text.text)
  const flow: StoredFlow = {
    ...base,
    state: mode.draft ? 'draft' : 'initializing',
    flowSpec: ref.ref,
    sourceConnectionIds: sources.found.map(s => s.id),
    targetConnectionIds: targets.found.map(t => t.id),
    inheritedAttributes: {
      sourceConnections: sources.found.map(s => ({
        id: s.id,
        connectionSpec: copy(s.connectionSpec),
        baseConnection: {
          id: s.baseConnectionId,
          connectionSpec: copy(store.connections.get(s.baseConnectionId)?.connectionSpec ?? s.connectionSpec)
        }
      })),
      targetConnections: targets.found.map(t => ({ id: t.id, connectionSpec: copy(t.connectionSpec) }))
    },
    ...(transformations ? { transformations } : {}),
    ...(isObject(scheduleParams) ? { scheduleParams: copy(scheduleParams) } : {}),
    runs: `/runs?property=flowId==${base.id}`,
    lastOperation: lastOperation(base.createdAt, 'create')
  }
  store.flows.set(flow.id, flow)
  if (!mode.draft) {
    store.flowTimes.set(flow.id, { enableAt: base.createdAt + config.flowEnableDelayMs })
    takeSnapshot(store, config, flow)
  }
  return created('flows', flow)
}

/**
 * What a flow will read from now on: its source connection's table and columns and its target
 * connection's dataset, as they are now. Taken when the flow is created (not as a draft) or
 * published, and never again: update-dataflows.md says changes to the connections are not
 * reflected in their dataflow.
 */
function takeSnapshot(store: Store, config: ChainConfig, flow: StoredFlow): void {
  const source = flow.sourceConnectionIds.map(id => store.sourceConnections.get(id)).find(s => s !== undefined)
  const target = flow.targetConnectionIds.map(id => store.targetConnections.get(id)).find(t => t !== undefined)
  if (!source || !target) return
  const tableName = sourceTableName(source.params) ?? ''
  const listed = source.params['columns']
  const columns = Array.isArray(listed)
    ? listed.map(c => String((c as { name?: unknown }).name))
    : (config.tables.find(t => t.path === tableName)?.columns.map(c => c.name) ?? [])
  store.flowReads.set(flow.id, {
    sourceConnectionId: source.id,
    tableName,
    columns,
    targetConnectionId: target.id,
    datasetId: String(target.params['dataSetId'])
  })
}

/** Non-empty id lists, each id a connection of this sandbox whose spec the flow spec accepts. */
function readConnections<T extends StoredSourceConnection | StoredTargetConnection>(
  value: unknown,
  field: string,
  records: ReadonlyMap<string, T>,
  specIds: readonly string[],
  scope: Scope,
  rid: string
): Result<{ found: T[] }> {
  if (!Array.isArray(value) || value.length === 0 || !value.every(v => typeof v === 'string')) {
    return fail(
      flowErrors.invalidRequest(`The field "${field}" is required and must be a non-empty array of ids.`, rid)
    )
  }
  const found: T[] = []
  for (const id of value) {
    const record = scopedGet(records, id, scope.caller.orgId, scope.sandboxName)
    if (!record) return fail(flowErrors.referenceNotFound(field.replace(/Ids$/, 's'), id, rid))
    // A flow spec that does not list the source's connection spec cannot carry it.
    if (!specIds.includes(record.connectionSpec.id)) return fail(flowErrors.invalidSpecId(rid))
    found.push(record)
  }
  return { ok: true, found }
}

/**
 * Transformations as the flow spec defines them, one of each name (a second Mapping would leave
 * the flow with two), params valid against the spec's schema; mappingVersion is kept as a string
 * (the tutorials send the number 0, the flow spec types it string, GET shows "0").
 */
function readTransformations(
  spec: FlowSpec,
  value: unknown,
  problem: Problem,
  rid: string
): Result<{ transformations: FlowTransformation[] }> {
  if (!Array.isArray(value)) return fail(problem('The field "transformations" must be an array.', rid))
  const transformations: FlowTransformation[] = []
  for (const [index, each] of value.entries()) {
    const at = `transformations[${index}]`
    if (!isObject(each) || typeof each['name'] !== 'string' || !isObject(each['params'])) {
      return fail(problem(`${at} must be an object with a string "name" and an object "params".`, rid))
    }
    const extra = Object.keys(each).find(k => k !== 'name' && k !== 'params')
    if (extra !== undefined) return fail(problem(`Unrecognized field "${at}.${extra}".`, rid))
    const name = each['name']
    const transformationSpec = spec.transformationSpecs.find(t => t.name === name)
    if (!transformationSpec)
      return fail(problem(`The transformation "${name}" is not defined by flow spec ${spec.name}.`, rid))
    if (transformations.some(t => t.name === name)) {
      return fail(problem(`A flow holds one transformation of each name; "${name}" is given twice.`, rid))
    }
    const params = copy(each['params'])
    if (typeof params['mappingVersion'] === 'number') params['mappingVersion'] = String(params['mappingVersion'])
    const problems = validateAgainstSchema(params, transformationSpec.spec, `${at}.params`)
    if (problems.length > 0) return fail(problem(`${problems.join('; ')}.`, rid))
    transformations.push({ name, params })
  }
  return { ok: true, transformations }
}

/**
 * scheduleParams against the flow spec's schedule schema. The tutorials send digit strings
 * ("1612310466", "15", "true") where the schema says integer and boolean: such strings are read
 * as what they spell, and the params are kept exactly as sent.
 */
function checkSchedule(spec: FlowSpec, value: unknown, problem: Problem, rid: string): Fail | undefined {
  if (!isObject(value)) return fail(problem('The field "scheduleParams" must be an object.', rid))
  const schema = spec.scheduleSpec.spec
  const read = Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const type = schema.properties?.[key]?.type
      if (typeof v !== 'string') return [key, v]
      if ((type === 'integer' || type === 'number') && /^-?\d+$/.test(v)) return [key, Number(v)]
      if (type === 'boolean' && (v === 'true' || v === 'false')) return [key, v === 'true']
      return [key, v]
    })
  )
  const problems = validateAgainstSchema(read, schema, 'scheduleParams')
  return problems.length > 0 ? fail(problem(`${problems.join('; ')}.`, rid)) : undefined
}

/**
 * sources-errors.md 1369-400: "The delta column in copy transform is not allowed when frequency is
 * set to once." Checked wherever a flow holds both (create, draft or not; PATCH; publish).
 */
function checkDeltaColumn(
  transformations: readonly FlowTransformation[] | undefined,
  scheduleParams: unknown,
  rid: string
): Fail | undefined {
  if (!isObject(scheduleParams) || scheduleParams['frequency'] !== 'once') return undefined
  const copyStep = transformations?.find(t => t.name === 'Copy')
  return copyStep?.params['deltaColumn'] !== undefined ? fail(flowErrors.deltaColumnWithOnce(rid)) : undefined
}

/** The Mapping transformation's mapping set version: 1419 for an unknown set, 1412 for an unknown version. */
function readMapping(
  store: Store,
  scope: Scope,
  transformations: FlowTransformation[] | undefined,
  rid: string
): Result<{ version?: MappingSetVersion }> {
  const params = transformations?.find(t => t.name === 'Mapping')?.params
  if (!params) return { ok: true }
  const { mappingId, mappingVersion } = params
  const set =
    typeof mappingId === 'string'
      ? scopedGet(store.mappingSets, mappingId, scope.caller.orgId, scope.sandboxName)
      : undefined
  if (!set) return fail(flowErrors.invalidMapping(String(mappingId), String(mappingVersion), rid))
  const version =
    typeof mappingVersion === 'string' && /^\d+$/.test(mappingVersion)
      ? set.versions.find(v => v.version === Number(mappingVersion))
      : undefined
  if (!version) return fail(flowErrors.invalidMappingVersion(rid))
  return { ok: true, version }
}

/** What a flow needs to run: published connections (1444), and the mapping's schema = the dataset's (1425). */
function checkReady(
  store: Store,
  sources: readonly StoredSourceConnection[],
  targets: readonly StoredTargetConnection[],
  mapping: MappingSetVersion | undefined,
  rid: string
): Fail | undefined {
  for (const [label, connection] of [
    ...sources.map(s => ['Source connection', s] as const),
    ...targets.map(t => ['Target connection', t] as const)
  ]) {
    if (connection.state === 'draft')
      return fail(flowErrors.notInExpectedState(`${label} ${connection.id}`, 'enabled', rid))
  }
  if (!mapping) return undefined
  for (const target of targets) {
    const dataSetId = String(target.params['dataSetId'])
    const dataset = store.dataset(dataSetId, target.sandboxName)
    if (dataset && dataset.schemaRef.id !== mapping.outputSchema.schemaRef.id) {
      return fail(flowErrors.schemaMismatch(dataSetId, mapping.id, rid))
    }
  }
  return undefined
}

/** The same checks for an existing flow, after a PATCH or on publish. */
function checkFlow(
  store: Store,
  scope: Scope,
  flow: StoredFlow,
  problem: Problem,
  rid: string
): Result<{ flow: StoredFlow }> {
  const spec = store.flowSpecs.find(s => s.id === flow.flowSpec.id)
  if (!spec) return fail(flowErrors.invalidSpecId(rid))
  const checked = copy(flow)
  if (checked.transformations !== undefined) {
    const read = readTransformations(spec, checked.transformations, problem, rid)
    if (!read.ok) return read
    checked.transformations = read.transformations
  }
  if (checked.scheduleParams !== undefined) {
    const bad = checkSchedule(spec, checked.scheduleParams, problem, rid)
    if (bad) return bad
  }
  const onceWithDelta = checkDeltaColumn(checked.transformations, checked.scheduleParams, rid)
  if (onceWithDelta) return onceWithDelta
  if (checked.state !== 'draft') {
    for (const field of ['transformations', 'scheduleParams'] as const) {
      if (checked[field] === undefined) return fail(flowErrors.patchInstructions(`Missing field "${field}".`, rid))
    }
  }
  const mapping = readMapping(store, scope, checked.transformations, rid)
  if (!mapping.ok) return mapping
  if (checked.state !== 'draft') {
    const sources = checked.sourceConnectionIds.flatMap(id => store.sourceConnections.get(id) ?? [])
    const targets = checked.targetConnectionIds.flatMap(id => store.targetConnections.get(id) ?? [])
    const notReady = checkReady(store, sources, targets, mapping.version, rid)
    if (notReady) return notReady
  }
  return { ok: true, flow: checked }
}

// --- PATCH /flows/{id} ---

function patchFlow(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  find: () => StoredFlow | undefined
): EmuResponse {
  const rid = ctx.requestId
  const patch = preparePatch(ctx, find)
  if (!patch.ok) return patch.response
  const draft = copy(patch.found)
  for (const { op, path, value } of patch.ops) {
    const text = applyText(draft, op, path, value, rid)
    if (text === 'done') continue
    if (text) return text.response
    const bad = applyFlowOp(draft, op, path, value, rid)
    if (bad) return bad.response
  }
  // Once a published flow's start time has passed (sources-errors.md): moving it is 1366, changing
  // the frequency to once is 1403. A draft has not started, whatever its startTime says.
  const before = startTimeMs(patch.found)
  if (patch.found.state !== 'draft' && before <= config.now()) {
    if (startTimeMs(draft) !== before) return flowErrors.startTimePassed(rid)
    if (frequencyOf(draft) === 'once' && frequencyOf(patch.found) !== 'once') return flowErrors.onceAfterStart(rid)
  }
  const checked = checkFlow(store, scope, draft, flowErrors.patchInstructions, rid)
  if (!checked.ok) return checked.response
  const flow = checked.flow
  touch(flow, config, scope)
  flow.lastOperation = lastOperation(flow.updatedAt, 'update', patch.ops)
  store.flows.set(flow.id, flow)
  return changed(flow)
}

/** scheduleParams (whole or one field) and transformations (whole or one index, JSON Patch style). */
function applyFlowOp(flow: StoredFlow, op: PatchOp['op'], path: string, value: unknown, rid: string): Fail | undefined {
  const bad = (reason: string): Fail => fail(flowErrors.patchInstructions(reason, rid))
  if (path === '/scheduleParams') {
    if (op === 'remove' || !isObject(value)) return bad('The field "scheduleParams" must be an object.')
    flow.scheduleParams = copy(value)
  } else if (path.startsWith('/scheduleParams/') && path.length > '/scheduleParams/'.length) {
    const key = path.slice('/scheduleParams/'.length)
    if (op === 'remove') delete flow.scheduleParams?.[key]
    else (flow.scheduleParams ??= {})[key] = copy(value)
  } else if (path === '/transformations') {
    if (op === 'remove' || !Array.isArray(value)) return bad('The field "transformations" must be an array.')
    flow.transformations = copy(value) as FlowTransformation[]
  } else if (path.startsWith('/transformations/')) {
    const list = flow.transformations ?? []
    const at = path.slice('/transformations/'.length)
    const index = at === '-' && op === 'add' ? list.length : /^\d+$/.test(at) ? Number(at) : -1
    const inRange = op === 'add' ? index >= 0 && index <= list.length : index >= 0 && index < list.length
    if (!inRange) return bad(`The index ${at} is out of range for "transformations".`)
    if (op === 'add') list.splice(index, 0, copy(value) as FlowTransformation)
    else if (op === 'replace') list[index] = copy(value) as FlowTransformation
    else list.splice(index, 1)
    flow.transformations = list
  } else {
    return fail(unknownPatchPath(path, rid))
  }
  return undefined
}

// --- POST /flows/{id}/action ---

function flowAction(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  find: () => StoredFlow | undefined
): EmuResponse {
  const rid = ctx.requestId
  const action = readAction(ctx, ['publish', 'enable', 'disable'])
  if (!action.ok) return action.response
  const found = find()
  if (!found) return flowErrors.notFound(rid)
  const op = action.op
  const now = config.now()
  if (op === 'publish') {
    // A publish sent again (the flow is no longer a draft): flow-service-errors.md's 1444, in its
    // only documented wording, "Flow {id} is not in expected state pending." (README: 1422 or 1444).
    if (found.state !== 'draft') return flowErrors.notInExpectedState(`Flow ${found.id}`, 'pending', rid)
    const checked = checkFlow(store, scope, { ...found, state: 'initializing' }, flowErrors.patchInstructions, rid)
    if (!checked.ok) return checked.response
    found.transformations = checked.flow.transformations
    found.state = 'initializing'
    store.flowTimes.set(found.id, { enableAt: now + config.flowEnableDelayMs })
    takeSnapshot(store, config, found)
  } else {
    // enable and disable apply to a flow that is running or stopped, not to a draft or one starting up.
    if (found.state !== 'enabled' && found.state !== 'disabled')
      return flowErrors.actionNotAllowed(op, found.state, rid)
    if (op === 'enable' && found.state === 'disabled') store.flowTimes.set(found.id, { enabledAt: now })
    if (op === 'disable') store.flowTimes.set(found.id, {})
    found.state = op === 'enable' ? 'enabled' : 'disabled'
  }
  touch(found, config, scope)
  found.lastOperation = lastOperation(now, op)
  return changed(found)
}

function lastOperation(now: number, operation: string, ops?: PatchOp[]): NonNullable<StoredFlow['lastOperation']> {
  return {
    started: now,
    updated: now,
    percentCompleted: 100,
    status: { value: 'completed', errors: [] },
    operation,
    ...(ops ? { ops: copy(ops) } : {})
  }
}

// --- the clock: enabling and runs ---

/** scheduleParams.startTime (epoch seconds, integer or digit string) in ms; never when unreadable. */
function startTimeMs(flow: StoredFlow): number {
  const raw = flow.scheduleParams?.['startTime']
  const seconds = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  return Number.isFinite(seconds) ? seconds * 1000 : Infinity
}

function frequencyOf(flow: StoredFlow): unknown {
  return flow.scheduleParams?.['frequency']
}

/** A flow's latest run (by start), the one its `lastRunDetails` shows. */
function latestRun(store: Store, flowId: string): RunRecord | undefined {
  let latest: RunRecord | undefined
  for (const run of store.runs.values()) {
    if (run.flowId === flowId && (!latest || run.startedAt >= latest.startedAt)) latest = run
  }
  return latest
}

/**
 * Brings every flow up to the clock: `initializing` turns `enabled` once its delay has passed, and
 * an enabled flow gets its first run once its startTime has come (at once when it is past). Only
 * the first run is emulated, and none for a flow whose runs were seeded (`seedFlow`, `seedRuns`).
 */
export function settleFlows(store: Store, config: ChainConfig): void {
  const now = config.now()
  for (const flow of store.flows.values()) {
    let times = store.flowTimes.get(flow.id)
    if (flow.state === 'initializing' && times?.enableAt !== undefined && now >= times.enableAt) {
      flow.state = 'enabled'
      times = { enabledAt: times.enableAt }
      store.flowTimes.set(flow.id, times)
    }
    if (flow.state !== 'enabled' || times?.enabledAt === undefined || store.seededFlows.has(flow.id)) continue
    if (latestRun(store, flow.id)) continue
    const startedAt = Math.max(times.enabledAt, startTimeMs(flow))
    if (now < startedAt) continue
    const id = randomUUID()
    const records = config.recordsPerRun
    const failed = config.runStatus === 'Failed'
    store.runs.set(id, {
      id,
      flowId: flow.id,
      flowSpec: copy(flow.flowSpec),
      imsOrgId: flow.imsOrgId,
      sandboxName: flow.sandboxName,
      sandboxId: flow.sandboxId,
      etag: newEtag(),
      createdAt: startedAt,
      startedAt,
      completedAt: startedAt + config.runDurationMs,
      outcome: config.runStatus,
      counts: { input: records, output: failed ? 0 : records, failed: failed ? records : 0 },
      errors: failed
        ? [{ code: 'EMULATED-RUN-FAILURE', message: 'The emulator fails every run (runStatus: Failed).' }]
        : [],
      ...(store.flowReads.has(flow.id) ? { reads: copy(store.flowReads.get(flow.id) as FlowReads) } : {})
    })
  }
}

/** Whether a run has ended by `now`: a run without an end (seeded, in progress) never has. */
function ended(run: RunRecord, now: number): run is RunRecord & { completedAt: number } {
  return run.completedAt !== undefined && now >= run.completedAt
}

/** `metrics.statusSummary.status` now: `inProgress` until the run ends, then how it ended. */
function statusOf(run: RunRecord, now: number): RunStatus {
  return ended(run, now) ? run.outcome : 'inProgress'
}

export function renderRun(run: RunRecord, now: number): FlowRun {
  const done = ended(run, now)
  return {
    id: run.id,
    createdAt: run.createdAt,
    updatedAt: done ? Math.max(run.completedAt, run.createdAt) : run.createdAt,
    sandboxId: run.sandboxId,
    sandboxName: run.sandboxName,
    imsOrgId: run.imsOrgId,
    flowId: run.flowId,
    flowSpec: copy(run.flowSpec),
    etag: run.etag,
    metrics: {
      durationSummary: done
        ? { startedAtUTC: run.startedAt, completedAtUTC: run.completedAt }
        : { startedAtUTC: run.startedAt },
      recordSummary: done
        ? {
            inputRecordCount: run.counts.input,
            outputRecordCount: run.counts.output,
            failedRecordCount: run.counts.failed
          }
        : { inputRecordCount: 0, outputRecordCount: 0, failedRecordCount: 0 },
      statusSummary: { status: statusOf(run, now), errors: done ? copy(run.errors) : [] }
    },
    activities: []
  }
}

/** A flow as GET shows it: with its last run's details. */
export function renderFlow(store: Store, config: ChainConfig, flow: StoredFlow): StoredFlow {
  const item = copy(flow)
  const run = latestRun(store, flow.id)
  if (run) {
    const shown = renderRun(run, config.now())
    const { startedAtUTC, completedAtUTC } = shown.metrics.durationSummary
    item.lastRunDetails = {
      id: run.id,
      state: shown.metrics.statusSummary.status,
      startedAtUTC,
      ...(completedAtUTC !== undefined ? { completedAtUTC } : {})
    }
  }
  return item
}

// --- GET /runs ---

/**
 * What `GET /runs` filters and sorts on. `property`: `id` and `flowId` (sort-and-filter.md's run
 * table), `metrics.statusSummary.status` (its failed-runs use case), with `==`; `createdAt`
 * (flow-service-errors.md 1452/1453 name it in filters) and `metrics.durationSummary.startedAtUTC`
 * (the time-window use case, `>` and `<`), epoch ms, with `==`, `>`, `>=`, `<`, `<=`. `orderby`:
 * `createdAt` (sort-and-filter.md: runs can be sorted; `orderby=createdAt` is its example field).
 */
function runListing(now: number): Listing<RunRecord> {
  return {
    collection: 'runs',
    fields: {
      id: run => run.id,
      flowId: run => run.flowId,
      'metrics.statusSummary.status': run => statusOf(run, now)
    },
    numbers: {
      createdAt: run => run.createdAt,
      'metrics.durationSummary.startedAtUTC': run => run.startedAt
    },
    order: { createdAt: run => run.createdAt },
    emptyLinks: true
  }
}

/**
 * `GET /runs`: the caller's sandbox's runs, newest (latest start) first, paged like every other
 * list (`pageSize`, `limit` up to `maxLimit`, continuation tokens in `_links.next.href`).
 */
export function handleRuns(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  id: string | undefined
): EmuResponse {
  if (ctx.method !== 'GET' || id !== undefined) return flowErrors.notFound(ctx.requestId)
  const now = config.now()
  const all = scopedValues(store.runs, scope.caller.orgId, scope.sandboxName).sort((a, b) => b.startedAt - a.startedAt)
  return listPage(ctx, store, config, scopeKey(scope), all, runListing(now), run => renderRun(run, now))
}
