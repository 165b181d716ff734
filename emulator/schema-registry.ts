// Schema Registry (base path /data/foundation/schemaregistry): the look-up of the tenant schemas of
// the Catalog datasets the emulator holds (schemas.md "Look up a schema"), behind the API gateway.
// A schema is known by its URL-encoded `$id` or its `meta:altId`; the `Accept` header chooses the
// format and must carry a version (getting-started.md "Accept header"). Errors use the generic
// Platform body {type, status, title, detail}, as the XDM troubleshooting guide shows them.
import type { RequestContext } from './context.js'
import { type EmuResponse, json, notEmulated, platformError } from './errors.js'
import { checkScope } from './gateway.js'
import type { Store } from './store.js'
import type { SeedDataset } from './types.js'

export const SCHEMA_REGISTRY_BASE = '/data/foundation/schemaregistry'

export interface SchemaRegistryConfig {
  sandboxes: readonly string[]
}

/** The look-up formats schemas.md lists, and whether the emulator serves them (the resolved ones). */
const LOOKUP_FORMATS: Record<string, 'full' | 'full-notext' | undefined> = {
  'application/vnd.adobe.xed+json': undefined,
  'application/vnd.adobe.xed-full+json': 'full',
  'application/vnd.adobe.xed-notext+json': undefined,
  'application/vnd.adobe.xed-full-notext+json': 'full-notext',
  'application/vnd.adobe.xed-full-desc+json': undefined,
  'application/vnd.adobe.xed-deprecatefield+json': undefined
}
/** Listing formats: known media (getting-started.md), but they carry no version. */
const LISTING_FORMATS = new Set(['application/vnd.adobe.xed-id+json'])

const notFound = (detail: string): EmuResponse => platformError(404, 'NotFoundError', detail)
const notAcceptable = (detail: string): EmuResponse => platformError(406, 'NotAcceptableError', detail)

/** `_acme.schemas.0123…` for `https://ns.adobe.com/acme/schemas/0123…` (getting-started.md "Resource identification"). */
export function altIdOf(schemaId: string): string {
  return `_${schemaId.replace(/^https?:\/\/ns\.adobe\.com\//, '').replace(/\//g, '.')}`
}

export function handleSchemaRegistry(ctx: RequestContext, store: Store, config: SchemaRegistryConfig): EmuResponse {
  const checked = checkScope(ctx, store, config.sandboxes, {
    missing: () => platformError(400, 'BadRequestError', 'The header x-sandbox-name is missing in the request.'),
    unknown: name => notFound(`The sandbox '${name}' could not be found.`)
  })
  if (!checked.ok) return checked.response
  const { caller, sandboxName } = checked.scope
  const [container, collection, rawId, ...rest] = ctx.pathname
    .slice(SCHEMA_REGISTRY_BASE.length)
    .split('/')
    .filter(s => s !== '')
  if (collection !== 'schemas' || (container !== 'tenant' && container !== 'global') || rest.length > 0) {
    return notFound(`No resource at ${ctx.pathname}.`)
  }
  if (ctx.method !== 'GET' || rawId === undefined) {
    return notEmulated(`${ctx.method} ${ctx.pathname}`, 'the Schema Registry')
  }
  if (ctx.query.length > 0) return notEmulated(`the query parameter ${ctx.query[0]?.name}`, 'the Schema Registry')

  // The Accept header (XDM troubleshooting guide, "Accept header errors").
  const accept = ctx.headers['accept']?.trim()
  if (accept === undefined || accept === '') return notAcceptable('Accept header parameter is required')
  const [media = '', ...parameters] = accept.split(';').map(part => part.trim())
  const format = media.toLowerCase()
  if (!(format in LOOKUP_FORMATS) && !LISTING_FORMATS.has(format)) {
    return notAcceptable(`Unknown Accept media supplied: ${media}`)
  }
  const version = parameters.map(p => /^version\s*=\s*(.*)$/i.exec(p)?.[1]?.trim()).find(v => v !== undefined)
  if (version === undefined || version === '' || LISTING_FORMATS.has(format)) {
    return platformError(
      400,
      'BadRequestError',
      'version must be supplied in the accept header. Example: application/vnd.adobe.xed-full-notext+json; version=1'
    )
  }
  const served = LOOKUP_FORMATS[format]
  if (served === undefined) return notEmulated(`the Accept format ${media}`, 'the Schema Registry')

  let id: string
  try {
    id = decodeURIComponent(rawId)
  } catch {
    id = rawId
  }
  // Tenant schemas only; each seeded dataset's schema is one, in the dataset's sandbox. Only major version 1 exists.
  const dataset =
    container === 'tenant'
      ? store.datasets.find(
          d =>
            (d.sandboxName ?? sandboxName) === sandboxName && (d.schemaRef.id === id || altIdOf(d.schemaRef.id) === id)
        )
      : undefined
  if (!dataset || !/^1(\.\d+)?$/.test(version)) return notFound(`Object ${id} with version ${version} not found`)
  return json(200, renderSchema(dataset, caller.orgId, served === 'full'))
}

type SchemaNode = { type: string; format?: string; properties?: Record<string, SchemaNode> }

/** The schema with `$ref` and `allOf` resolved: nested objects down to typed leaves, built from the dataset's paths. */
function renderSchema(dataset: SeedDataset, orgId: string, withText: boolean): Record<string, unknown> {
  const root: Record<string, SchemaNode> = {}
  for (const path of dataset.paths) {
    const parts = path.split('.')
    let level = root
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1) {
        level[part] = { ...(dataset.fieldTypes?.[path] ?? { type: 'string' }) }
      } else {
        const node = (level[part] ??= { type: 'object', properties: {} })
        level = node.properties ??= {}
      }
    }
  }
  const schemaId = dataset.schemaRef.id
  return {
    $id: schemaId,
    'meta:altId': altIdOf(schemaId),
    'meta:resourceType': 'schemas',
    version: '1.0',
    ...(withText ? { title: dataset.schemaTitle ?? `${dataset.name} schema` } : {}),
    type: 'object',
    properties: root,
    imsOrg: orgId,
    'meta:containerId': 'tenant'
  }
}
