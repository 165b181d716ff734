// Flow Service's paged lists (`GET /connections`, `/sourceConnections`, `/targetConnections`,
// `/flows`): `property=field==value` filters, `orderby=name`, pages of `pageSize` (or `limit`, up to
// `maxLimit`), and continuation tokens that are good for one collection, org and sandbox, and the
// filters they were issued with.
import type { Result } from './body.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, json, notEmulated } from './errors.js'
import { parseFilter, parseQuery, type QueryPart } from './query.js'
import type { Store } from './store.js'

/** Adobe's query parameters of a list; any other is refused with 1451, as by Adobe. */
const LIST_PARAMS = new Set(['property', 'continuationToken', 'limit', 'orderby', 'count'])
/** Adobe's parameters the action never sends, so the emulator does not serve them. */
const NOT_EMULATED_PARAMS = new Set(['count'])
/** sort-and-filter.md: `orderby=name`, `+name` ascending (the default), `-name` descending. Only by name here. */
const ORDER_BY_NAME = /^([+ -]?)name$/

export interface Listing<T> {
  /** The path segment listed, e.g. `connections`: the next href starts with it. */
  collection: string
  /** The fields a `property` filter may name, with `==` only. */
  fields: Record<string, (item: T) => string>
  /** Strip double quotes around a filter value: Adobe's tutorial looks flow specs up by `name=="CRMToAEP"`. */
  unquote?: boolean
}

type Filter<T> = (item: T) => boolean

/** `property=field==value` parts as filters over `listing.fields`; 501 for other fields or operators. */
export function parseListFilters<T>(
  parts: QueryPart[],
  listing: Pick<Listing<T>, 'fields' | 'unquote'>,
  rid: string
): Result<{ filters: Filter<T>[] }> {
  const filters: Filter<T>[] = []
  for (const part of parts) {
    const filter = parseFilter(part.value)
    const read = filter && Object.hasOwn(listing.fields, filter.field) ? listing.fields[filter.field] : undefined
    if (!filter || !read) {
      const fields = Object.keys(listing.fields).join(' and ')
      return {
        ok: false,
        response: notEmulated(`the filter property=${part.value} (it filters only ${fields}, with ==)`)
      }
    }
    const values = listing.unquote ? filter.values.map(v => v.replace(/^"(.*)"$/s, '$1')) : filter.values
    if (values.join(',') === '') return { ok: false, response: flowErrors.queryValue(part.value, rid) }
    filters.push(item => values.includes(read(item)))
  }
  return { ok: true, filters }
}

/** One page of `all` (already scoped to the caller's org and sandbox), rendered item by item. */
export function listPage<T>(
  ctx: RequestContext,
  store: Store,
  pages: { readonly pageSize: number; readonly maxLimit: number },
  scopeKey: string,
  all: readonly T[],
  listing: Listing<T>,
  render: (item: T) => unknown
): EmuResponse {
  const rid = ctx.requestId
  const unknown = ctx.query.find(p => !LIST_PARAMS.has(p.name))
  if (unknown) return flowErrors.queryParam(unknown.name, rid)
  const unserved = ctx.query.find(p => NOT_EMULATED_PARAMS.has(p.name))
  if (unserved) return notEmulated(`the query parameter ${unserved.name}`)

  let filterParts = ctx.query.filter(p => p.name === 'property')
  const queryKeyOf = (parts: QueryPart[]): string => parts.map(p => p.value).join('&')
  const scope = `${listing.collection}:${scopeKey}`

  // The first page's size and order; a later page keeps them, as it keeps the filters.
  const limitPart = ctx.query.findLast(p => p.name === 'limit')
  const orderPart = ctx.query.findLast(p => p.name === 'orderby')
  if (limitPart !== undefined && !/^[1-9]\d{0,8}$/.test(limitPart.value))
    return flowErrors.queryValue(`limit=${limitPart.value}`, rid)
  if (orderPart !== undefined && (!ORDER_BY_NAME.test(orderPart.value) || listing.fields['name'] === undefined))
    return notEmulated(`orderby=${orderPart.value} (it orders by name only)`)
  let size = limitPart === undefined ? pages.pageSize : Math.min(Number(limitPart.value), pages.maxLimit)
  let orderRaw = orderPart?.raw

  let offset = 0
  const tokenPart = ctx.query.findLast(p => p.name === 'continuationToken')
  if (tokenPart) {
    const cursor = store.cursors.get(tokenPart.value)
    if (!cursor || cursor.scope !== scope) return flowErrors.queryValue(`continuationToken=${tokenPart.value}`, rid)
    // A client may follow the href (same filters) or send the token alone (Adobe's PageLink
    // example); either way the later page lists what the first one did.
    if (filterParts.length === 0) filterParts = parseQuery(cursor.queryRaw)
    else if (queryKeyOf(filterParts) !== cursor.queryKey)
      return flowErrors.queryValue(`continuationToken=${tokenPart.value}`, rid)
    offset = cursor.offset
    size = cursor.size
    orderRaw = cursor.orderRaw
  }

  const parsed = parseListFilters(filterParts, listing, rid)
  if (!parsed.ok) return parsed.response
  const matching = all.filter(item => parsed.filters.every(matches => matches(item)))
  const order = orderRaw === undefined ? undefined : ORDER_BY_NAME.exec(parseQuery(orderRaw)[0]?.value ?? '')
  const nameOf = listing.fields['name']
  if (order && nameOf) {
    // By code point, the one order a stable sort of the names gives; ties keep creation order.
    const sign = order[1] === '-' ? -1 : 1
    matching.sort((a, b) => sign * (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0))
  }

  const items = matching.slice(offset, offset + size).map(render)
  if (offset + size >= matching.length) return json(200, { items })

  const token = store.newCursor({
    offset: offset + size,
    scope,
    queryKey: queryKeyOf(filterParts),
    queryRaw: filterParts.map(p => p.raw).join('&'),
    size,
    ...(orderRaw !== undefined && { orderRaw })
  })
  // Relative to the Flow Service base path like Adobe's example; the token is written unencoded.
  const kept = [...filterParts.map(p => p.raw), ...(orderRaw === undefined ? [] : [orderRaw])]
  const href = `/${listing.collection}?${[...kept, `continuationToken=${token}`].join('&')}`
  return json(200, { items, _links: { next: { href } } })
}
