// Data Prep (base path /data/foundation/conversion): mapping sets, behind the API gateway and kept
// per org and sandbox. POST makes version 0, each PUT adds a version; a mapping may only write to a
// field of its output schema, known from the schemas of the Catalog datasets the emulator holds.
// Errors use the generic Platform body {type, status, title, detail}.
import { randomUUID } from 'node:crypto'

import { copy, fail, isJsonContentType, isObject, type Result } from './body.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, invalidContentType, json, notEmulated, platformError } from './errors.js'
import { checkScope, type Scope } from './gateway.js'
import { scopedGet, scopedValues, type Store } from './store.js'
import type { MappingSetVersion, StoredMapping } from './types.js'

export const DATA_PREP_BASE = '/data/foundation/conversion'

export interface DataPrepConfig {
  now: () => number
  sandboxes: readonly string[]
}

const XDM_FULL = 'application/vnd.adobe.xed-full+json;version=1'

const badRequest = (detail: string): EmuResponse => platformError(400, 'BadRequestError', detail)
const notFound = (detail: string): EmuResponse => platformError(404, 'NotFoundError', detail)
const unserved = (what: string): EmuResponse => notEmulated(what, 'Data Prep')

export function handleDataPrep(ctx: RequestContext, store: Store, config: DataPrepConfig): EmuResponse {
  const checked = checkScope(ctx, store, config.sandboxes, {
    missing: () => badRequest('The header x-sandbox-name is missing in the request.'),
    unknown: name => notFound(`The sandbox '${name}' could not be found.`)
  })
  if (!checked.ok) return checked.response
  const scope = checked.scope
  const [collection, id, ...rest] = ctx.pathname
    .slice(DATA_PREP_BASE.length)
    .split('/')
    .filter(s => s !== '')
  if (collection !== 'mappingSets' || rest.length > 0) return notFound(`No resource at ${ctx.pathname}.`)
  const m = ctx.method
  if (id === undefined) {
    if (m === 'GET') return listMappingSets(ctx, store, scope)
    if (m === 'POST') return createMappingSet(ctx, store, config, scope)
  } else {
    if (m === 'GET') return getMappingSet(ctx, store, scope, id)
    if (m === 'PUT') return updateMappingSet(ctx, store, config, scope, id)
  }
  // Data Prep documents no DELETE of a mapping set.
  return platformError(405, 'MethodNotAllowedError', `${m} is not supported on ${ctx.pathname}.`)
}

interface MappingInput {
  schemaRef: { id: string; contentType: string }
  mappings: { source: string; destination: string; name?: string; description?: string }[]
}

/** The body of POST and PUT: an output schema this sandbox knows, and mappings onto its fields. */
function readBody(ctx: RequestContext, store: Store, scope: Scope): Result<{ input: MappingInput }> {
  if (!isJsonContentType(ctx)) return fail(invalidContentType())
  let body: unknown
  try {
    body = JSON.parse(ctx.body) as unknown
  } catch {
    return fail(badRequest('The request body is not valid JSON.'))
  }
  if (!isObject(body)) return fail(badRequest('The request body must be a JSON object.'))
  const outputSchema = body['outputSchema']
  const schemaRef = isObject(outputSchema) ? outputSchema['schemaRef'] : undefined
  if (!isObject(schemaRef) || typeof schemaRef['id'] !== 'string') {
    return fail(badRequest('The field outputSchema.schemaRef.id is required and must be a string.'))
  }
  const schemaId = schemaRef['id']
  const contentType = schemaRef['contentType'] ?? XDM_FULL
  if (typeof contentType !== 'string')
    return fail(badRequest('The field outputSchema.schemaRef.contentType must be a string.'))
  const paths = new Set(
    store.datasets
      .filter(d => d.schemaRef.id === schemaId && (d.sandboxName ?? scope.sandboxName) === scope.sandboxName)
      .flatMap(d => d.paths)
  )
  if (paths.size === 0)
    return fail(badRequest(`The schema ${schemaId} could not be found in sandbox ${scope.sandboxName}.`))

  const mappings = body['mappings']
  if (!Array.isArray(mappings) || mappings.length === 0) {
    return fail(badRequest('The field mappings is required and must be a non-empty array.'))
  }
  const read: MappingInput['mappings'] = []
  for (const [index, mapping] of mappings.entries()) {
    if (!isObject(mapping)) return fail(badRequest(`mappings[${index}] must be an object.`))
    const { sourceType, source, destination, name, description } = mapping
    if (sourceType === 'EXPRESSION') return fail(unserved('mappings with sourceType EXPRESSION'))
    if (sourceType !== 'ATTRIBUTE')
      return fail(badRequest(`mappings[${index}].sourceType must be ATTRIBUTE or EXPRESSION.`))
    if (typeof source !== 'string' || source === '') {
      return fail(badRequest(`mappings[${index}].source is required and must be a non-empty string.`))
    }
    if (typeof destination !== 'string' || !paths.has(destination)) {
      return fail(
        badRequest(
          `mappings[${index}].destination ${JSON.stringify(destination)} is not a field of schema ${schemaId}.`
        )
      )
    }
    read.push({
      source,
      destination,
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof description === 'string' ? { description } : {})
    })
  }
  return { ok: true, input: { schemaRef: { id: schemaId, contentType }, mappings: read } }
}

const hexId = (): string => randomUUID().replace(/-/g, '')

function newVersion(
  id: string,
  version: number,
  createdDate: number,
  scope: Scope,
  now: number,
  input: MappingInput
): MappingSetVersion {
  const by = scope.caller.clientId
  return {
    id,
    version,
    createdDate,
    modifiedDate: now,
    createdBy: by,
    modifiedBy: by,
    status: 'PUBLISHED',
    outputSchema: { schemaRef: copy(input.schemaRef) },
    mappings: input.mappings.map((m): StoredMapping => ({
      id: hexId(),
      version: 0,
      createdDate: now,
      modifiedDate: now,
      createdBy: by,
      modifiedBy: by,
      // Data Prep stores an ATTRIBUTE mapping as a schema path.
      sourceType: 'text/x.schema-path',
      source: m.source,
      destination: m.destination,
      identity: false,
      primaryIdentity: false,
      sourceAttribute: m.source,
      destinationXdmPath: m.destination,
      ...(m.name !== undefined ? { name: m.name } : {}),
      ...(m.description !== undefined ? { description: m.description } : {})
    }))
  }
}

/** What POST and PUT answer: the version's identity, not its mappings. */
function summary(v: MappingSetVersion): EmuResponse {
  const { id, version, createdDate, modifiedDate, createdBy, modifiedBy } = v
  return json(200, { id, version, createdDate, modifiedDate, createdBy, modifiedBy })
}

function createMappingSet(ctx: RequestContext, store: Store, config: DataPrepConfig, scope: Scope): EmuResponse {
  const read = readBody(ctx, store, scope)
  if (!read.ok) return read.response
  const now = config.now()
  const id = hexId()
  const first = newVersion(id, 0, now, scope, now, read.input)
  store.mappingSets.set(id, { id, imsOrgId: scope.caller.orgId, sandboxName: scope.sandboxName, versions: [first] })
  return summary(first)
}

function updateMappingSet(
  ctx: RequestContext,
  store: Store,
  config: DataPrepConfig,
  scope: Scope,
  id: string
): EmuResponse {
  const set = scopedGet(store.mappingSets, id, scope.caller.orgId, scope.sandboxName)
  if (!set) return notFound(`The mapping set ${id} could not be found.`)
  const read = readBody(ctx, store, scope)
  if (!read.ok) return read.response
  const latest = set.versions[set.versions.length - 1] as MappingSetVersion
  const next = newVersion(
    id,
    latest.version + 1,
    latest.createdDate,
    scope,
    Math.max(config.now(), latest.modifiedDate),
    read.input
  )
  set.versions.push(next)
  return summary(next)
}

function getMappingSet(ctx: RequestContext, store: Store, scope: Scope, id: string): EmuResponse {
  const other = ctx.query.find(p => p.name !== 'version')
  if (other) return unserved(`the query parameter ${other.name}`)
  const set = scopedGet(store.mappingSets, id, scope.caller.orgId, scope.sandboxName)
  if (!set) return notFound(`The mapping set ${id} could not be found.`)
  const asked = ctx.query.findLast(p => p.name === 'version')?.value
  if (asked !== undefined && !/^\d+$/.test(asked))
    return badRequest('The query parameter version must be a non-negative integer.')
  // Without a version, the latest (as the guide shows it).
  const found =
    asked === undefined ? set.versions[set.versions.length - 1] : set.versions.find(v => v.version === Number(asked))
  if (!found) return notFound(`The mapping set ${id} has no version ${asked}.`)
  return json(200, copy(found))
}

/** `GET /mappingSets?limit&start`: both required (the guide); newest first, each at its latest version. */
function listMappingSets(ctx: RequestContext, store: Store, scope: Scope): EmuResponse {
  const other = ctx.query.find(p => p.name !== 'limit' && p.name !== 'start')
  if (other) return unserved(`the query parameter ${other.name}`)
  const limit = ctx.query.findLast(p => p.name === 'limit')?.value
  const start = ctx.query.findLast(p => p.name === 'start')?.value
  if (limit === undefined || start === undefined)
    return badRequest('The query parameters limit and start are required.')
  if (!/^[1-9]\d*$/.test(limit) || !/^\d+$/.test(start)) {
    return badRequest('The query parameters limit (at least 1) and start must be integers.')
  }
  const data = scopedValues(store.mappingSets, scope.caller.orgId, scope.sandboxName)
    .map(set => set.versions[set.versions.length - 1] as MappingSetVersion)
    .reverse()
    .slice(Number(start), Number(start) + Number(limit))
    .map(copy)
  return json(200, { data, _page: { count: data.length, limit: Number(limit) } })
}
