// Flow Service's objects between a base connection and a dataflow: flow specs, source connections
// and (data lake) target connections, with drafts and their publish action. Flows and runs are in
// flows.ts; both share the helpers here.
import { randomUUID } from 'node:crypto'

import {
  copy,
  type Fail,
  fail,
  isJsonContentType,
  isObject,
  parseObjectBody,
  preparePatch,
  type Result,
  unknownPatchPath,
  withEtag
} from './body.js'
import { DATA_LAKE_SPEC_ID } from './chain-seed.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, invalidContentType, json, noContent } from './errors.js'
import type { Scope } from './gateway.js'
import { type Listing, listPage } from './listing.js'
import { newEtag, scopedGet, scopedValues, type Store } from './store.js'
import type { FlowItemBase, FlowSpec, SourceTable, StoredSourceConnection, StoredTargetConnection } from './types.js'

export const FLOW_BASE = '/data/foundation/flowservice'

export interface ChainConfig {
  /** The service's clock (epoch ms). */
  now: () => number
  pageSize: number
  /** The largest page a `limit` gets. */
  maxLimit: number
  flowEnableDelayMs: number
  runDurationMs: number
  runStatus: 'success' | 'Failed'
  recordsPerRun: number
  /** The tables of the emulated source, as explore lists them. */
  tables: readonly SourceTable[]
}

// --- shared by every chain object ---

export function scopeKey(scope: Scope): string {
  return `${scope.caller.orgId}/${scope.sandboxName}`
}

/** A new item's identity and audit fields; with a service token, createdBy is the client. */
export function newItemBase(
  store: Store,
  config: ChainConfig,
  scope: Scope,
  text: { name: string; description?: string }
): FlowItemBase {
  const now = config.now()
  const etag = newEtag()
  const who = scope.caller.clientId
  return {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    createdBy: who,
    updatedBy: who,
    createdClient: who,
    updatedClient: who,
    sandboxId: store.sandboxId(scope.sandboxName),
    sandboxName: scope.sandboxName,
    imsOrgId: scope.caller.orgId,
    ...text,
    version: etag,
    etag
  }
}

/** Stamps a change: a fresh etag (= version) and who changed it when. */
export function touch(item: FlowItemBase, config: ChainConfig, scope: Scope): void {
  const etag = newEtag(item.etag)
  item.updatedAt = Math.max(config.now(), item.updatedAt + 1)
  item.updatedBy = scope.caller.clientId
  item.updatedClient = scope.caller.clientId
  item.version = etag
  item.etag = etag
}

export function created(collection: string, item: FlowItemBase): EmuResponse {
  return json(
    201,
    { id: item.id, etag: item.etag },
    { location: `${FLOW_BASE}/${collection}/${item.id}`, etag: item.etag }
  )
}

export function changed(item: FlowItemBase): EmuResponse {
  return withEtag(json(200, { id: item.id, etag: item.etag }), item.etag)
}

export function oneItem(item: FlowItemBase, render: unknown = item): EmuResponse {
  return withEtag(json(200, { items: [copy(render)] }), item.etag)
}

/** `?mode=draft` (Adobe's draft tutorial) or nothing; other parameters are refused as Flow Service does. */
export function readMode(ctx: RequestContext): Result<{ draft: boolean }> {
  const rid = ctx.requestId
  const unknown = ctx.query.find(p => p.name !== 'mode')
  if (unknown) return fail(flowErrors.queryParam(unknown.name, rid))
  const mode = ctx.query.findLast(p => p.name === 'mode')
  if (mode && mode.value.toLowerCase() !== 'draft') return fail(flowErrors.queryValue(`mode=${mode.value}`, rid))
  return { ok: true, draft: mode !== undefined }
}

/** Refuses a body key the DTO does not have, as Flow Service's strict parser does. */
export function unknownKey(body: Record<string, unknown>, known: ReadonlySet<string>, rid: string): Fail | undefined {
  const key = Object.keys(body).find(k => !known.has(k))
  return key === undefined
    ? undefined
    : fail(flowErrors.invalidRequest(`Unrecognized field "${key}" in the request body.`, rid))
}

export function readText(
  body: Record<string, unknown>,
  rid: string
): Result<{ text: { name: string; description?: string } }> {
  const name = body['name']
  if (typeof name !== 'string' || name.trim() === '') {
    return fail(flowErrors.invalidRequest('The field "name" is required and must be a non-empty string.', rid))
  }
  const description = body['description']
  if (description !== undefined && typeof description !== 'string') {
    return fail(flowErrors.invalidRequest('The field "description" must be a string.', rid))
  }
  return { ok: true, text: description === undefined ? { name } : { name, description } }
}

/** `{id, version?}` naming a spec; version omitted means the spec's current one. 1413 otherwise. */
export function readSpecRef(
  value: unknown,
  field: string,
  find: (id: string) => { id: string; version: string } | undefined,
  rid: string
): Result<{ ref: { id: string; version: string } }> {
  if (!isObject(value) || typeof value['id'] !== 'string') {
    return fail(flowErrors.invalidRequest(`The field "${field}.id" is required and must be a string.`, rid))
  }
  const extra = Object.keys(value).find(k => k !== 'id' && k !== 'version')
  if (extra !== undefined) {
    return fail(flowErrors.invalidRequest(`Unrecognized field "${field}.${extra}" in the request body.`, rid))
  }
  const spec = find(value['id'])
  if (!spec || (value['version'] ?? spec.version) !== spec.version) return fail(flowErrors.invalidSpecId(rid))
  return { ok: true, ref: { id: spec.id, version: spec.version } }
}

/** Applies a name or description instruction; undefined when the path is neither. */
export function applyText(
  item: { name: string; description?: string },
  op: string,
  path: string,
  value: unknown,
  rid: string
): Fail | 'done' | undefined {
  if (path === '/name') {
    if (op === 'remove' || typeof value !== 'string' || value.trim() === '') {
      return fail(flowErrors.patchInstructions('The field "name" must be a non-empty string.', rid))
    }
    item.name = value
    return 'done'
  }
  if (path === '/description') {
    if (op === 'remove') delete item.description
    else if (typeof value !== 'string')
      return fail(flowErrors.patchInstructions('The field "description" must be a string.', rid))
    else item.description = value
    return 'done'
  }
  return undefined
}

// --- flow specs ---

const FLOW_SPEC_LISTING: Listing<FlowSpec> = { collection: 'flowSpecs', fields: { name: s => s.name }, unquote: true }

export function handleFlowSpecs(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  id: string | undefined
): EmuResponse {
  if (ctx.method !== 'GET') return flowErrors.notFound(ctx.requestId)
  const specs = store.activeFlowSpecs()
  if (id === undefined) return listPage(ctx, store, config, 'all', specs, FLOW_SPEC_LISTING, copy)
  const spec = specs.find(s => s.id === id)
  return spec ? json(200, { items: [copy(spec)] }) : flowErrors.notFound(ctx.requestId)
}

// --- source and target connections ---

type ChainConnection = StoredSourceConnection | StoredTargetConnection

interface ConnectionKind<T extends ChainConnection> {
  collection: 'sourceConnections' | 'targetConnections'
  records: (store: Store) => Map<string, T>
  create: (
    body: Record<string, unknown>,
    store: Store,
    config: ChainConfig,
    scope: Scope,
    rid: string
  ) => Result<{ fields: Omit<T, keyof FlowItemBase | 'state'> }>
  /** Checks params after a PATCH, as create does. */
  checkParams: (record: T, store: Store, config: ChainConfig, scope: Scope, rid: string) => Fail | undefined
  /** Publishing needs a published base connection (draft tutorial). */
  base: (record: T, store: Store, scope: Scope) => { id: string; state: string } | undefined
  /** Whether a flow lists it. */
  usedBy: (flow: { sourceConnectionIds: string[]; targetConnectionIds: string[] }, id: string) => boolean
}

/** The keys of Create{Source,Target}ConnectionRequest (a target's baseConnectionId is the older tutorial's). */
const CONNECTION_KEYS = new Set(['name', 'description', 'baseConnectionId', 'data', 'params', 'connectionSpec'])

/** The keys of one column of `params.columns`, as explore describes a column (tabular.md). */
const COLUMN_KEYS = new Set(['name', 'type', 'xdm', 'meta:xdmType'])

/** Why `value` is not a column object `{name, type, xdm: {type, format?}, "meta:xdmType"?}`, or undefined. */
function columnProblem(value: unknown, at: string): string | undefined {
  const shape = `${at} must be an object with a string "name", a string "type" and an object "xdm" with a string "type"`
  if (!isObject(value))
    return `${shape}, found ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}.`
  const extra = Object.keys(value).find(k => !COLUMN_KEYS.has(k))
  if (extra !== undefined) return `Unrecognized field "${at}.${extra}" in the request body.`
  const { name, type, xdm } = value
  if (typeof name !== 'string' || name === '' || typeof type !== 'string' || !isObject(xdm)) return `${shape}.`
  if (typeof xdm['type'] !== 'string') return `${shape}.`
  const xdmExtra = Object.keys(xdm).find(k => k !== 'type' && k !== 'format')
  if (xdmExtra !== undefined) return `Unrecognized field "${at}.xdm.${xdmExtra}" in the request body.`
  if (xdm['format'] !== undefined && typeof xdm['format'] !== 'string') return `${at}.xdm.format must be a string.`
  if (value['meta:xdmType'] !== undefined && typeof value['meta:xdmType'] !== 'string') {
    return `${at}["meta:xdmType"] must be a string.`
  }
  return undefined
}

/** The table a source connection reads: `tableName` (newer tutorials) or `path` (older tutorial and OpenAPI). */
export function sourceTableName(params: Record<string, unknown>): string | undefined {
  const { tableName, path } = params
  return typeof tableName === 'string' ? tableName : typeof path === 'string' ? path : undefined
}

/**
 * Table sources name their table (`tableName`, newer tutorials, or `path`, older tutorial and
 * OpenAPI): the `path` of a table that explore lists (1330 otherwise). `columns`, when present,
 * lists columns as Adobe's tutorials send them, `{name, type, xdm}` objects (a list of names is a
 * bad body), each a column of that table.
 */
function checkSourceParams(
  params: Record<string, unknown>,
  tables: readonly SourceTable[],
  rid: string
): Fail | undefined {
  const invalid = (reason: string): Fail => fail(flowErrors.invalidRequest(reason, rid))
  const { columns, cdcEnabled } = params
  const tableName = sourceTableName(params)
  if (tableName === undefined) {
    return invalid('The field "params.tableName" (or "params.path") is required and must be a string.')
  }
  if (columns !== undefined) {
    if (!Array.isArray(columns) || columns.length === 0) {
      return invalid('The field "params.columns" must be a non-empty array of column objects {name, type, xdm}.')
    }
    for (const [index, column] of columns.entries()) {
      const problem = columnProblem(column, `params.columns[${index}]`)
      if (problem) return invalid(problem)
    }
  }
  if (cdcEnabled !== undefined && typeof cdcEnabled !== 'boolean') {
    return invalid('The field "params.cdcEnabled" must be a boolean.')
  }
  const table = tables.find(t => t.path === tableName)
  if (!table) return fail(flowErrors.tableNotFound(tableName, rid))
  const seen = new Set<string>()
  for (const column of (columns ?? []) as { name: string }[]) {
    if (!table.columns.some(c => c.name === column.name)) {
      return invalid(`The column "${column.name}" is not a column of table ${table.path}.`)
    }
    if (seen.has(column.name)) return invalid(`The column "${column.name}" is listed more than once.`)
    seen.add(column.name)
  }
  return undefined
}

/** The dataset must be a Catalog dataset of the sandbox, and the schema the target names its schema. */
function checkTargetParams(
  record: { data: Record<string, unknown>; params: Record<string, unknown> },
  store: Store,
  scope: Scope,
  rid: string
): Fail | undefined {
  const dataSetId = record.params['dataSetId']
  if (typeof dataSetId !== 'string') {
    return fail(flowErrors.invalidRequest('The field "params.dataSetId" is required and must be a string.', rid))
  }
  const dataset = store.dataset(dataSetId, scope.sandboxName)
  if (!dataset) return fail(flowErrors.referenceNotFound('dataSets', dataSetId, rid))
  const schemaId = (record.data['schema'] as { id?: unknown } | undefined)?.id
  if (schemaId !== dataset.schemaRef.id) {
    return fail(
      flowErrors.invalidRequest(
        `The schema ${String(schemaId)} is not the schema ${dataset.schemaRef.id} of dataset ${dataSetId}.`,
        rid
      )
    )
  }
  return undefined
}

const SOURCE_KIND: ConnectionKind<StoredSourceConnection> = {
  collection: 'sourceConnections',
  records: store => store.sourceConnections,
  create(body, store, config, scope, rid) {
    const spec = readSpecRef(body['connectionSpec'], 'connectionSpec', id => store.activeSpec(id), rid)
    if (!spec.ok) return spec
    const baseConnectionId = body['baseConnectionId']
    if (typeof baseConnectionId !== 'string') {
      return fail(flowErrors.invalidRequest('The field "baseConnectionId" is required and must be a string.', rid))
    }
    const base = store.connection(baseConnectionId, scope.caller.orgId, scope.sandboxName)
    if (!base) return fail(flowErrors.referenceNotFound('connections', baseConnectionId, rid))
    // A source connection reads through its base connection: both name the same source.
    if (base.connectionSpec.id !== spec.ref.id) return fail(flowErrors.invalidSpecId(rid))
    const data = body['data']
    if (!isObject(data) || typeof data['format'] !== 'string') {
      return fail(flowErrors.invalidRequest('The field "data.format" is required and must be a string.', rid))
    }
    const params = body['params']
    if (!isObject(params))
      return fail(flowErrors.invalidRequest('The field "params" is required and must be an object.', rid))
    const problem = checkSourceParams(params, config.tables, rid)
    if (problem) return problem
    return { ok: true, fields: { baseConnectionId, data: copy(data), params: copy(params), connectionSpec: spec.ref } }
  },
  checkParams: (record, _store, config, _scope, rid) => checkSourceParams(record.params, config.tables, rid),
  base: (record, store, scope) => store.connection(record.baseConnectionId, scope.caller.orgId, scope.sandboxName),
  usedBy: (flow, id) => flow.sourceConnectionIds.includes(id)
}

const TARGET_KIND: ConnectionKind<StoredTargetConnection> = {
  collection: 'targetConnections',
  records: store => store.targetConnections,
  create(body, store, _config, scope, rid) {
    const spec = readSpecRef(
      body['connectionSpec'],
      'connectionSpec',
      id => (id === DATA_LAKE_SPEC_ID ? { id, version: '1.0' } : undefined),
      rid
    )
    if (!spec.ok) return spec
    const data = body['data']
    const schema = isObject(data) ? data['schema'] : undefined
    if (
      !isObject(data) ||
      !isObject(schema) ||
      typeof schema['id'] !== 'string' ||
      typeof schema['version'] !== 'string'
    ) {
      return fail(
        flowErrors.invalidRequest('The field "data.schema" is required, with string "id" and "version".', rid)
      )
    }
    // The newest tutorial sends no format, the customer-success one "parquet_xdm": both are accepted.
    if (data['format'] !== undefined && data['format'] !== 'parquet_xdm') {
      return fail(flowErrors.invalidRequest('The field "data.format" must be "parquet_xdm" for the data lake.', rid))
    }
    const params = body['params']
    if (!isObject(params))
      return fail(flowErrors.invalidRequest('The field "params" is required and must be an object.', rid))
    const problem = checkTargetParams({ data, params }, store, scope, rid)
    if (problem) return problem
    const baseConnectionId = body['baseConnectionId']
    if (baseConnectionId !== undefined && typeof baseConnectionId !== 'string') {
      return fail(flowErrors.invalidRequest('The field "baseConnectionId" must be a string.', rid))
    }
    return {
      ok: true,
      fields: {
        ...(baseConnectionId !== undefined ? { baseConnectionId } : {}),
        data: copy(data),
        params: copy(params),
        connectionSpec: spec.ref
      }
    }
  },
  checkParams: (record, store, _config, scope, rid) => checkTargetParams(record, store, scope, rid),
  // The data lake needs no base connection; one an older tutorial sends is kept but not looked up.
  base: () => undefined,
  usedBy: (flow, id) => flow.targetConnectionIds.includes(id)
}

export function handleSourceConnections(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  id?: string,
  sub?: string
): EmuResponse {
  return handleConnections(SOURCE_KIND, ctx, store, config, scope, id, sub)
}

export function handleTargetConnections(
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  id?: string,
  sub?: string
): EmuResponse {
  return handleConnections(TARGET_KIND, ctx, store, config, scope, id, sub)
}

function handleConnections<T extends ChainConnection>(
  kind: ConnectionKind<T>,
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  id: string | undefined,
  sub: string | undefined
): EmuResponse {
  const rid = ctx.requestId
  const m = ctx.method
  const records = kind.records(store)
  const find = (): T | undefined =>
    id === undefined ? undefined : scopedGet(records, id, scope.caller.orgId, scope.sandboxName)
  if (id === undefined) {
    if (m === 'GET') {
      const all = scopedValues(records, scope.caller.orgId, scope.sandboxName)
      return listPage(
        ctx,
        store,
        config,
        scopeKey(scope),
        all,
        { collection: kind.collection, fields: { name: c => c.name } },
        copy
      )
    }
    if (m === 'POST') return createConnection(kind, ctx, store, config, scope)
  } else if (sub === undefined) {
    if (m === 'GET') {
      const found = find()
      return found ? oneItem(found) : flowErrors.notFound(rid)
    }
    if (m === 'PATCH') return patchConnection(kind, ctx, store, config, scope, find)
    if (m === 'DELETE') {
      const found = find()
      if (!found) return flowErrors.notFound(rid)
      const active = scopedValues(store.flows, scope.caller.orgId, scope.sandboxName).some(
        f => (f.state === 'enabled' || f.state === 'initializing') && kind.usedBy(f, found.id)
      )
      if (active) return flowErrors.activeFlows(found.id, rid)
      records.delete(found.id)
      return noContent()
    }
  } else if (sub === 'action' && m === 'POST') {
    return publishConnection(kind, ctx, store, config, scope, find)
  }
  return flowErrors.notFound(rid)
}

function createConnection<T extends ChainConnection>(
  kind: ConnectionKind<T>,
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope
): EmuResponse {
  const rid = ctx.requestId
  const mode = readMode(ctx)
  if (!mode.ok) return mode.response
  const parsed = parseObjectBody(ctx)
  if (!parsed.ok) return parsed.response
  const body = parsed.body
  const extra = unknownKey(body, CONNECTION_KEYS, rid)
  if (extra) return extra.response
  const text = readText(body, rid)
  if (!text.ok) return text.response
  const fields = kind.create(body, store, config, scope, rid)
  if (!fields.ok) return fields.response
  const record = {
    ...newItemBase(store, config, scope, text.text),
    ...fields.fields,
    state: mode.draft ? 'draft' : 'enabled'
  } as T
  kind.records(store).set(record.id, record)
  return created(kind.collection, record)
}

function patchConnection<T extends ChainConnection>(
  kind: ConnectionKind<T>,
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  find: () => T | undefined
): EmuResponse {
  const rid = ctx.requestId
  const patch = preparePatch(ctx, find)
  if (!patch.ok) return patch.response
  const draft = copy(patch.found)
  for (const { op, path, value } of patch.ops) {
    const text = applyText(draft, op, path, value, rid)
    if (text === 'done') continue
    if (text) return text.response
    if (path === '/params') {
      if (op === 'remove' || !isObject(value))
        return flowErrors.patchInstructions('The field "params" must be an object.', rid)
      draft.params = copy(value)
    } else if (path.startsWith('/params/') && path.length > '/params/'.length) {
      const key = path.slice('/params/'.length)
      if (op === 'remove') delete draft.params[key]
      else draft.params[key] = copy(value)
    } else {
      return unknownPatchPath(path, rid)
    }
  }
  const problem = kind.checkParams(draft, store, config, scope, rid)
  if (problem) return problem.response
  touch(draft, config, scope)
  kind.records(store).set(draft.id, draft)
  return changed(draft)
}

/** `POST /{sourceConnections|targetConnections}/{id}/action?op=publish`: a draft becomes enabled. */
function publishConnection<T extends ChainConnection>(
  kind: ConnectionKind<T>,
  ctx: RequestContext,
  store: Store,
  config: ChainConfig,
  scope: Scope,
  find: () => T | undefined
): EmuResponse {
  const rid = ctx.requestId
  const action = readAction(ctx, ['publish'])
  if (!action.ok) return action.response
  const found = find()
  if (!found) return flowErrors.notFound(rid)
  if (found.state !== 'draft') return flowErrors.actionNotAllowed(action.op, found.state, rid)
  const base = kind.base(found, store, scope)
  if (base && base.state === 'draft') return flowErrors.notInExpectedState(`Base connection ${base.id}`, 'enabled', rid)
  found.state = 'enabled'
  touch(found, config, scope)
  return changed(found)
}

/**
 * The query of `POST …/action`: `op` (any case; the tutorials write it lower-case, the OpenAPI
 * upper-case) and an optional `subOp`. Content-Type application/json is required even without a body.
 */
export function readAction(ctx: RequestContext, ops: readonly string[]): Result<{ op: string }> {
  const rid = ctx.requestId
  if (!isJsonContentType(ctx)) return fail(invalidContentType())
  const unknown = ctx.query.find(p => p.name !== 'op' && p.name !== 'subOp')
  if (unknown) return fail(flowErrors.queryParam(unknown.name, rid))
  const raw = ctx.query.findLast(p => p.name === 'op')?.value
  if (raw === undefined || raw === '')
    return fail(flowErrors.invalidRequest('The query parameter "op" is required.', rid))
  const op = raw.toLowerCase()
  if (op === 'finalize' || op === 'finalize_update') return fail(flowErrors.finalizeNotSupported(op, rid))
  if (!ops.includes(op)) return fail(flowErrors.unsupportedPatchOp(raw, rid))
  return { ok: true, op }
}
