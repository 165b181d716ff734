// Catalog (base path /data/foundation/catalog): the datasets the emulator was seeded with, read-only.
// Catalog answers with a map keyed by dataset id, `?properties=a,b` keeping only those fields.
// Errors use the generic Platform body {type, status, title, detail}.
import type { RequestContext } from './context.js'
import { type EmuResponse, json, notEmulated, platformError } from './errors.js'
import { checkScope } from './gateway.js'
import type { Store } from './store.js'
import type { SeedDataset } from './types.js'

export const CATALOG_BASE = '/data/foundation/catalog'

export interface CatalogConfig {
  sandboxes: readonly string[]
  /** When the seeded datasets were made (epoch ms): their `created` and `updated`. */
  seededAt: number
}

export function handleCatalog(ctx: RequestContext, store: Store, config: CatalogConfig): EmuResponse {
  const checked = checkScope(ctx, store, config.sandboxes, {
    missing: () => platformError(400, 'BadRequestError', 'The header x-sandbox-name is missing in the request.'),
    unknown: name => platformError(404, 'NotFoundError', `The sandbox '${name}' could not be found.`)
  })
  if (!checked.ok) return checked.response
  const { caller, sandboxName } = checked.scope
  const [collection, id, ...rest] = ctx.pathname
    .slice(CATALOG_BASE.length)
    .split('/')
    .filter(s => s !== '')
  if (collection !== 'dataSets' || rest.length > 0) {
    return platformError(404, 'NotFoundError', `No resource at ${ctx.pathname}.`)
  }
  if (ctx.method !== 'GET') return notEmulated(`${ctx.method} ${ctx.pathname}`, 'Catalog')
  const other = ctx.query.find(p => p.name !== 'properties')
  if (other) return notEmulated(`the query parameter ${other.name}`, 'Catalog')
  const properties = ctx.query
    .findLast(p => p.name === 'properties')
    ?.value.split(',')
    .map(p => p.trim())
    .filter(p => p !== '')

  const render = (dataset: SeedDataset): Record<string, unknown> => {
    const full: Record<string, unknown> = {
      name: dataset.name,
      imsOrg: caller.orgId,
      sandboxId: store.sandboxId(sandboxName),
      tags: {},
      version: '1.0.0',
      created: config.seededAt,
      updated: config.seededAt,
      createdClient: 'exc_app',
      schemaRef: { ...dataset.schemaRef }
    }
    return properties ? Object.fromEntries(Object.entries(full).filter(([key]) => properties.includes(key))) : full
  }

  if (id === undefined) {
    const all = store.datasets.filter(d => (d.sandboxName ?? sandboxName) === sandboxName)
    return json(200, Object.fromEntries(all.map(d => [d.id, render(d)])))
  }
  const dataset = store.dataset(id, sandboxName)
  if (!dataset) return platformError(404, 'NotFoundError', `The dataset ${id} could not be found.`)
  return json(200, { [dataset.id]: render(dataset) })
}
