// Flow Service (base path /data/foundation/flowservice) behind the API gateway: base connections,
// explore and connection specs here; flow specs, source and target connections (chain.ts), flows
// and runs (flows.ts) routed from here. Everything is scoped by org AND sandbox, as in Adobe.
import { randomUUID } from 'node:crypto'

import { copy, isObject, parseObjectBody, preparePatch, unknownPatchPath, withEtag } from './body.js'
import {
  applyText,
  type ChainConfig,
  FLOW_BASE,
  handleFlowSpecs,
  handleSourceConnections,
  handleTargetConnections,
  scopeKey
} from './chain.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, json, noContent } from './errors.js'
import { handleFlows, handleRuns, settleFlows } from './flows.js'
import { checkScope, type Scope } from './gateway.js'
import { type Listing, listPage } from './listing.js'
import { validateAgainstSchema } from './specs.js'
import { newEtag, scopedValues, type Store } from './store.js'
import type { OracleAccount, StoredConnection } from './types.js'

export { FLOW_BASE } from './chain.js'

export interface FlowConfig extends ChainConfig {
  sandboxes: readonly string[]
  oracleAccounts: readonly OracleAccount[]
}

export function handleFlowService(ctx: RequestContext, store: Store, config: FlowConfig): EmuResponse {
  const rid = ctx.requestId
  const checked = checkScope(ctx, store, config.sandboxes, {
    missing: () => flowErrors.sandboxHeaderMissing(rid),
    unknown: name => flowErrors.sandboxNotFound(name, rid)
  })
  if (!checked.ok) return checked.response
  const scope = checked.scope
  // Flow states and runs follow the clock; bring them up to date before anything reads or changes them.
  settleFlows(store, config)

  const segments = ctx.pathname
    .slice(FLOW_BASE.length)
    .split('/')
    .filter(s => s !== '')
  const [collection, id, sub, ...rest] = segments
  const m = ctx.method
  if (rest.length > 0) return flowErrors.notFound(rid)

  switch (collection) {
    case 'connections':
      if (id === undefined) {
        if (m === 'GET') return listConnections(ctx, store, config, scope)
        if (m === 'POST') return createConnection(ctx, store, config, scope)
      } else if (sub === undefined) {
        if (m === 'GET') return getConnection(ctx, store, scope, id)
        if (m === 'PATCH') return patchConnection(ctx, store, config, scope, id)
        if (m === 'DELETE') return deleteConnection(ctx, store, scope, id)
      } else if (sub === 'explore' && m === 'GET') {
        return exploreConnection(ctx, store, config, scope, id)
      }
      break
    case 'connectionSpecs':
      if (id !== undefined && sub === undefined && m === 'GET') {
        const spec = store.activeSpec(id)
        return spec ? json(200, { items: [spec] }) : flowErrors.notFound(rid)
      }
      break
    case 'flowSpecs':
      if (sub === undefined) return handleFlowSpecs(ctx, store, config, id)
      break
    case 'sourceConnections':
      return handleSourceConnections(ctx, store, config, scope, id, sub)
    case 'targetConnections':
      return handleTargetConnections(ctx, store, config, scope, id, sub)
    case 'flows':
      return handleFlows(ctx, store, config, scope, id, sub)
    case 'runs':
      if (sub === undefined) return handleRuns(ctx, store, config, scope, id)
      break
  }
  return flowErrors.notFound(rid)
}

// --- helpers ---

/** Validates auth params against the connection spec's auth spec; a 400 naming the problem, or undefined. */
function checkAuthParams(
  store: Store,
  specId: string,
  specName: string,
  params: unknown,
  rid: string
): EmuResponse | undefined {
  const authSpec = store.specs.find(s => s.id === specId)?.authSpec.find(a => a.name === specName)
  if (!authSpec) return flowErrors.authSpecNotFound(specName, specId, rid)
  const problems = validateAgainstSchema(params, authSpec.spec)
  if (problems.length === 0) return undefined
  return flowErrors.invalidRequest(`Invalid auth params for auth spec '${specName}': ${problems.join('; ')}.`, rid)
}

// --- GET /connections ---

/** The fields the action filters on, with `==` only. */
const CONNECTION_LISTING: Listing<StoredConnection> = {
  collection: 'connections',
  fields: { name: c => c.name, 'connectionSpec.id': c => c.connectionSpec.id }
}

function listConnections(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope): EmuResponse {
  const all = store.inScope(scope.caller.orgId, scope.sandboxName)
  return listPage(ctx, store, config, scopeKey(scope), all, CONNECTION_LISTING, copy)
}

// --- POST /connections ---

const CREATE_KEYS = new Set(['name', 'description', 'auth', 'connectionSpec'])

function createConnection(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope): EmuResponse {
  const rid = ctx.requestId
  const parsed = parseObjectBody(ctx)
  if (!parsed.ok) return parsed.response
  const body = parsed.body
  const unknownKey = Object.keys(body).find(k => !CREATE_KEYS.has(k))
  if (unknownKey !== undefined)
    return flowErrors.invalidRequest(`Unrecognized field "${unknownKey}" in the request body.`, rid)

  const spec = body['connectionSpec']
  if (!isObject(spec) || typeof spec['id'] !== 'string') {
    return flowErrors.invalidRequest('The field "connectionSpec.id" is required and must be a string.', rid)
  }
  const unknownSpecKey = Object.keys(spec).find(k => k !== 'id' && k !== 'version')
  if (unknownSpecKey !== undefined)
    return flowErrors.invalidRequest(`Unrecognized field "connectionSpec.${unknownSpecKey}" in the request body.`, rid)
  const connectionSpec = store.activeSpec(spec['id'])
  if (!connectionSpec) return flowErrors.invalidSpecId(rid)
  const version = spec['version'] ?? connectionSpec.version // omitted: the most recent version
  if (version !== connectionSpec.version) return flowErrors.invalidSpecId(rid)

  const name = body['name']
  if (typeof name !== 'string' || name.trim() === '') {
    return flowErrors.invalidRequest('The field "name" is required and must be a non-empty string.', rid)
  }
  const description = body['description']
  if (description !== undefined && typeof description !== 'string') {
    return flowErrors.invalidRequest('The field "description" must be a string.', rid)
  }

  const auth = body['auth']
  if (!isObject(auth) || typeof auth['specName'] !== 'string') {
    return flowErrors.invalidRequest('The field "auth.specName" is required and must be a string.', rid)
  }
  const unknownAuthKey = Object.keys(auth).find(k => k !== 'specName' && k !== 'params')
  if (unknownAuthKey !== undefined)
    return flowErrors.invalidRequest(`Unrecognized field "auth.${unknownAuthKey}" in the request body.`, rid)
  const specName = auth['specName']
  const authProblem = checkAuthParams(store, connectionSpec.id, specName, auth['params'] ?? {}, rid)
  if (authProblem) return authProblem

  const now = config.now()
  const etag = newEtag()
  const record: StoredConnection = {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    createdBy: scope.caller.clientId, // service tokens: createdBy is the client, per the reference
    updatedBy: scope.caller.clientId,
    createdClient: scope.caller.clientId,
    updatedClient: scope.caller.clientId,
    sandboxId: store.sandboxId(scope.sandboxName),
    sandboxName: scope.sandboxName,
    imsOrgId: scope.caller.orgId,
    name,
    ...(description !== undefined ? { description } : {}),
    connectionSpec: { id: connectionSpec.id, version: connectionSpec.version },
    state: 'enabled',
    auth: { specName, params: copy(auth['params'] as Record<string, unknown>) },
    version: etag,
    etag
  }
  store.connections.set(record.id, record)
  return json(201, { id: record.id, etag }, { location: `${FLOW_BASE}/connections/${record.id}`, etag })
}

// --- GET / PATCH / DELETE /connections/{id} ---

function getConnection(ctx: RequestContext, store: Store, scope: Scope, id: string): EmuResponse {
  const found = store.connection(id, scope.caller.orgId, scope.sandboxName)
  if (!found) return flowErrors.notFound(ctx.requestId)
  return withEtag(json(200, { items: [copy(found)] }), found.etag)
}

function deleteConnection(ctx: RequestContext, store: Store, scope: Scope, id: string): EmuResponse {
  const found = store.connection(id, scope.caller.orgId, scope.sandboxName)
  if (!found) return flowErrors.notFound(ctx.requestId)
  // Adobe's delete tutorial: a base connection goes after the dataflows that read through it.
  const used = scopedValues(store.flows, scope.caller.orgId, scope.sandboxName).some(flow =>
    flow.sourceConnectionIds.some(sourceId => store.sourceConnections.get(sourceId)?.baseConnectionId === id)
  )
  if (used) return flowErrors.baseConnectionInUse(id, ctx.requestId)
  store.connections.delete(id)
  return noContent()
}

function patchConnection(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope, id: string): EmuResponse {
  const rid = ctx.requestId
  const patch = preparePatch(ctx, () => store.connection(id, scope.caller.orgId, scope.sandboxName))
  if (!patch.ok) return patch.response
  const found = patch.found
  const draft = copy(found)
  for (const { op, path, value } of patch.ops) {
    const removing = op === 'remove'
    if (path.startsWith('/connectionSpec')) return flowErrors.specNotUpdatable(rid)
    const text = applyText(draft, op, path, value, rid)
    if (text === 'done') continue
    if (text) return text.response
    if (path === '/auth/params') {
      // Replaces the params wholesale, as Adobe's update tutorial shows.
      if (removing || !isObject(value))
        return flowErrors.patchInstructions('The field "auth.params" must be an object.', rid)
      draft.auth.params = copy(value)
    } else if (path.startsWith('/auth/params/') && path.length > '/auth/params/'.length) {
      const key = path.slice('/auth/params/'.length)
      if (removing) delete draft.auth.params[key]
      else draft.auth.params[key] = copy(value)
    } else {
      return unknownPatchPath(path, rid)
    }
  }
  const authProblem = checkAuthParams(store, draft.connectionSpec.id, draft.auth.specName, draft.auth.params, rid)
  if (authProblem) return authProblem

  const etag = newEtag(found.etag)
  const updated: StoredConnection = {
    ...draft,
    updatedAt: Math.max(config.now(), found.updatedAt + 1),
    updatedBy: scope.caller.clientId,
    updatedClient: scope.caller.clientId,
    version: etag,
    etag
  }
  store.connections.set(id, updated)
  return withEtag(json(200, { id, etag }), etag)
}

// --- GET /connections/{id}/explore ---

/** Host names compare without scheme, case or trailing slash: `https://acme.custhelp.com/` = `acme.custhelp.com`. */
function hostKey(host: unknown): string {
  return (typeof host === 'string' ? host : '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
}

/**
 * `GET /connections/{id}/explore`: `objectType=root` lists the source's tables, `objectType=table&object={path}`
 * describes one (tabular.md). The query is checked first (1358, 1359, 1337), then the credentials
 * (the source refuses them: 1100), then the table (1330).
 */
function exploreConnection(
  ctx: RequestContext,
  store: Store,
  config: FlowConfig,
  scope: Scope,
  id: string
): EmuResponse {
  const rid = ctx.requestId
  const found = store.connection(id, scope.caller.orgId, scope.sandboxName)
  if (!found) return flowErrors.notFound(rid)
  const objectType = (ctx.query.findLast(p => p.name === 'objectType')?.value ?? 'root').toLowerCase()
  if (objectType !== 'root' && objectType !== 'table') return flowErrors.invalidObjectType(rid)
  const object = ctx.query.findLast(p => p.name === 'object')?.value
  if (objectType === 'table') {
    if (object === undefined) return flowErrors.missingParam('object', rid)
    if (object === '') return flowErrors.emptyExploreParam('object', objectType, rid)
  }

  const params = found.auth.params
  const sameHost = config.oracleAccounts.filter(a => hostKey(a.host) === hostKey(params['host']))
  if (sameHost.length === 0) {
    return flowErrors.invalidRequest(`Rest call failed: unable to connect to host ${String(params['host'])}.`, rid)
  }
  // Username and password compare exactly: the source sees the password as the action sent it.
  if (!sameHost.some(a => a.username === params['username'] && a.password === params['password'])) {
    return flowErrors.invalidRequest('Rest call failed with client error, status code 401 Unauthorized.', rid)
  }
  if (objectType === 'root') {
    return json(
      200,
      config.tables.map(t => ({
        type: 'table',
        name: t.name,
        path: t.path,
        canPreview: t.canPreview ?? true,
        canFetchSchema: t.canFetchSchema ?? true
      }))
    )
  }
  // tabular.md: the table is named by its path.
  const table = config.tables.find(t => t.path === object)
  if (!table) return flowErrors.tableNotFound(String(object), rid)
  return json(200, { format: 'flat', schema: { columns: copy(table.columns) } })
}
