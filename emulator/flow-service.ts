// Flow Service (base path /data/foundation/flowservice): base connections and connection specs,
// behind the API gateway. Connections are scoped by org AND sandbox, as in Adobe.
import { randomUUID } from 'node:crypto'
import type { RequestContext } from './context.js'
import { flowErrors, invalidContentType, json, noContent, notEmulated, type EmuResponse } from './errors.js'
import { checkGateway, type Caller } from './gateway.js'
import { parseFilter, parseQuery, type QueryPart } from './query.js'
import { validateAgainstSchema } from './specs.js'
import { newEtag, type Store } from './store.js'
import type { OracleAccount, StoredConnection } from './types.js'

export const FLOW_BASE = '/data/foundation/flowservice'

export interface FlowConfig {
  /** The service's clock (epoch ms): createdAt and updatedAt come from it. */
  now: () => number
  sandboxes: readonly string[]
  pageSize: number
  oracleAccounts: readonly OracleAccount[]
}

interface Scope {
  caller: Caller
  sandboxName: string
}

/** What the emulated Oracle Service Cloud instance lists at the root. */
const ORACLE_ROOT_OBJECTS = ['incidents', 'contacts', 'organizations', 'answers'].map(name => ({
  type: 'table',
  name,
  path: name,
  canPreview: true,
  canFetchSchema: true
}))

export function handleFlowService(ctx: RequestContext, store: Store, config: FlowConfig): EmuResponse {
  const gate = checkGateway(ctx, store)
  if (!gate.ok) return gate.response
  const rid = ctx.requestId

  const sandboxName = ctx.headers['x-sandbox-name']
  if (sandboxName === undefined || sandboxName === '') return flowErrors.sandboxHeaderMissing(rid)
  if (!config.sandboxes.includes(sandboxName)) return flowErrors.sandboxNotFound(sandboxName, rid)
  const scope: Scope = { caller: gate.caller, sandboxName }

  const segments = ctx.pathname
    .slice(FLOW_BASE.length)
    .split('/')
    .filter(s => s !== '')
  const [collection, id, sub, ...rest] = segments
  const m = ctx.method
  if (rest.length > 0) return flowErrors.notFound(rid)

  if (collection === 'connections') {
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
  } else if (collection === 'connectionSpecs' && id !== undefined && sub === undefined && m === 'GET') {
    const spec = store.activeSpec(id)
    return spec ? json(200, { items: [spec] }) : flowErrors.notFound(rid)
  }
  return flowErrors.notFound(rid)
}

// --- helpers ---

function isJsonContentType(ctx: RequestContext): boolean {
  const type = (ctx.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  return type === 'application/json' || type === 'application/json-patch+json'
}

type Parsed = { ok: true; value: unknown } | { ok: false; response: EmuResponse }

function parseJsonBody(ctx: RequestContext, malformed: (rid: string) => EmuResponse): Parsed {
  if (ctx.body.trim() === '') return { ok: false, response: flowErrors.emptyBody(ctx.requestId) }
  try {
    return { ok: true, value: JSON.parse(ctx.body) as unknown }
  } catch {
    return { ok: false, response: malformed(ctx.requestId) }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function withEtag(response: EmuResponse, etag: string): EmuResponse {
  return { ...response, headers: { ...response.headers, etag } }
}

function copy<T>(value: T): T {
  return structuredClone(value)
}

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

/** Adobe's query parameters of `GET /connections`; any other is refused with 1451, as by Adobe. */
const LIST_PARAMS = new Set(['property', 'continuationToken', 'limit', 'orderby', 'count'])
/** Adobe's parameters the action never sends, so the emulator does not serve them. */
const NOT_EMULATED_PARAMS = new Set(['limit', 'orderby', 'count'])
/** The fields the action filters on, with `==` only. */
const FILTER_FIELDS: Record<string, (c: StoredConnection) => string> = {
  name: c => c.name,
  'connectionSpec.id': c => c.connectionSpec.id
}

type ConnectionFilter = (c: StoredConnection) => boolean

function parseFilters(
  parts: QueryPart[],
  rid: string
): { ok: true; filters: ConnectionFilter[] } | { ok: false; response: EmuResponse } {
  const filters: ConnectionFilter[] = []
  for (const part of parts) {
    const filter = parseFilter(part.value)
    const read = filter && Object.hasOwn(FILTER_FIELDS, filter.field) ? FILTER_FIELDS[filter.field] : undefined
    if (!filter || !read) {
      return {
        ok: false,
        response: notEmulated(
          `the filter property=${part.value} (it filters only ${Object.keys(FILTER_FIELDS).join(' and ')}, with ==)`
        )
      }
    }
    if (filter.values.join(',') === '') return { ok: false, response: flowErrors.queryValue(part.value, rid) }
    filters.push(c => filter.values.includes(read(c)))
  }
  return { ok: true, filters }
}

function listConnections(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope): EmuResponse {
  const rid = ctx.requestId
  const unknown = ctx.query.find(p => !LIST_PARAMS.has(p.name))
  if (unknown) return flowErrors.queryParam(unknown.name, rid)
  const unserved = ctx.query.find(p => NOT_EMULATED_PARAMS.has(p.name))
  if (unserved) return notEmulated(`the query parameter ${unserved.name}`)

  let filterParts = ctx.query.filter(p => p.name === 'property')
  const queryKeyOf = (parts: QueryPart[]): string => parts.map(p => p.value).join('&')
  const scopeKey = `${scope.caller.orgId}/${scope.sandboxName}`

  let offset = 0
  const tokenPart = ctx.query.findLast(p => p.name === 'continuationToken')
  if (tokenPart) {
    const cursor = store.cursors.get(tokenPart.value)
    if (!cursor || cursor.scope !== scopeKey) return flowErrors.queryValue(`continuationToken=${tokenPart.value}`, rid)
    // A client may follow the href (same filters) or send the token alone (Adobe's PageLink
    // example); either way the later page lists what the first one did.
    if (filterParts.length === 0) filterParts = parseQuery(cursor.queryRaw)
    else if (queryKeyOf(filterParts) !== cursor.queryKey)
      return flowErrors.queryValue(`continuationToken=${tokenPart.value}`, rid)
    offset = cursor.offset
  }

  const parsed = parseFilters(filterParts, rid)
  if (!parsed.ok) return parsed.response
  const matching = store
    .inScope(scope.caller.orgId, scope.sandboxName)
    .filter(c => parsed.filters.every(matches => matches(c)))

  const items = matching.slice(offset, offset + config.pageSize).map(copy)
  if (offset + config.pageSize >= matching.length) return json(200, { items })

  const token = store.newCursor({
    offset: offset + config.pageSize,
    scope: scopeKey,
    queryKey: queryKeyOf(filterParts),
    queryRaw: filterParts.map(p => p.raw).join('&')
  })
  // Relative to the Flow Service base path like Adobe's example; the token is written unencoded.
  const href = `/connections?${[...filterParts.map(p => p.raw), `continuationToken=${token}`].join('&')}`
  return json(200, { items, _links: { next: { href } } })
}

// --- POST /connections ---

const CREATE_KEYS = new Set(['name', 'description', 'auth', 'connectionSpec'])

function createConnection(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope): EmuResponse {
  const rid = ctx.requestId
  if (!isJsonContentType(ctx)) return invalidContentType()
  const parsed = parseJsonBody(ctx, r => flowErrors.invalidRequest('The request body is not valid JSON.', r))
  if (!parsed.ok) return parsed.response
  const body = parsed.value
  if (!isObject(body)) return flowErrors.invalidRequest('The request body must be a JSON object.', rid)
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
  store.connections.delete(id)
  return noContent()
}

const PATCH_OPS = new Set(['add', 'replace', 'remove'])

function patchConnection(ctx: RequestContext, store: Store, config: FlowConfig, scope: Scope, id: string): EmuResponse {
  const rid = ctx.requestId
  if (!isJsonContentType(ctx)) return invalidContentType()
  const ifMatch = ctx.headers['if-match']
  if (ifMatch === undefined || ifMatch === '') return flowErrors.ifMatchMissing(rid)
  const found = store.connection(id, scope.caller.orgId, scope.sandboxName)
  if (!found) return flowErrors.notFound(rid)
  // Compared exactly, quotes included: the etag must be sent back as it was returned.
  if (ifMatch !== found.etag) return flowErrors.versionMismatch(ifMatch, found.etag.replace(/"/g, ''), rid)

  const parsed = parseJsonBody(ctx, r => flowErrors.patchInstructions('The request body is not valid JSON.', r))
  if (!parsed.ok) return parsed.response
  const instructions = parsed.value
  if (!Array.isArray(instructions) || instructions.length === 0) {
    return flowErrors.patchInstructions('The request body must be a non-empty JSON array of patch instructions.', rid)
  }

  const draft = copy(found)
  for (const [index, instruction] of instructions.entries()) {
    if (!isObject(instruction)) return flowErrors.patchInstructions(`Instruction ${index} is not an object.`, rid)
    const op = instruction['op']
    if (typeof op !== 'string') return flowErrors.patchInstructions(`Missing field "op" in instruction ${index}.`, rid)
    if (!PATCH_OPS.has(op.toLowerCase())) return flowErrors.unsupportedPatchOp(op, rid)
    const path = instruction['path']
    if (typeof path !== 'string')
      return flowErrors.patchInstructions(`Missing field "path" in instruction ${index}.`, rid)
    const removing = op.toLowerCase() === 'remove'
    if (!removing && !('value' in instruction))
      return flowErrors.patchInstructions(`Missing field "value" in instruction ${index}.`, rid)
    const value = instruction['value']

    if (path.startsWith('/connectionSpec')) return flowErrors.specNotUpdatable(rid)
    if (path === '/name') {
      if (removing || typeof value !== 'string' || value.trim() === '') {
        return flowErrors.patchInstructions('The field "name" must be a non-empty string.', rid)
      }
      draft.name = value
    } else if (path === '/description') {
      if (removing) delete draft.description
      else if (typeof value !== 'string')
        return flowErrors.patchInstructions('The field "description" must be a string.', rid)
      else draft.description = value
    } else if (path === '/auth/params') {
      // Replaces the params wholesale, as Adobe's update tutorial shows.
      if (removing || !isObject(value))
        return flowErrors.patchInstructions('The field "auth.params" must be an object.', rid)
      draft.auth.params = copy(value)
    } else if (path.startsWith('/auth/params/') && path.length > '/auth/params/'.length) {
      const key = path.slice('/auth/params/'.length)
      if (removing) delete draft.auth.params[key]
      else draft.auth.params[key] = copy(value)
    } else {
      return flowErrors.patchInstructions(`Missing field "${path.replace(/^\//, '').replace(/\//g, '.')}".`, rid)
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
  const objectType = ctx.query.findLast(p => p.name === 'objectType')?.value ?? 'root'
  if (objectType.toLowerCase() !== 'root') return flowErrors.invalidObjectType(rid)

  const params = found.auth.params
  const sameHost = config.oracleAccounts.filter(a => hostKey(a.host) === hostKey(params['host']))
  if (sameHost.length === 0) {
    return flowErrors.invalidRequest(`Rest call failed: unable to connect to host ${String(params['host'])}.`, rid)
  }
  // Username and password compare exactly: the source sees the password as the action sent it.
  if (!sameHost.some(a => a.username === params['username'] && a.password === params['password'])) {
    return flowErrors.invalidRequest('Rest call failed with client error, status code 401 Unauthorized.', rid)
  }
  return json(200, ORACLE_ROOT_OBJECTS)
}
