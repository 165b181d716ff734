// Flow Service's paged lists (`GET /connections`, `/sourceConnections`, `/targetConnections`,
// `/flows`, `/runs`): `property=field==value` filters (and `>`, `>=`, `<`, `<=` on epoch-ms fields),
// `orderby`, pages of `pageSize` (or `limit`, up to `maxLimit`), and continuation tokens that are
// good for one collection, org and sandbox, and the filters they were issued with.
import type { Result } from './body.js'
import type { RequestContext } from './context.js'
import { type EmuResponse, flowErrors, json, notEmulated } from './errors.js'
import { type FilterOperator, parseFilter, parseQuery, type QueryPart } from './query.js'
import type { Store } from './store.js'

/** Adobe's query parameters of a list; any other is refused with 1451, as by Adobe. */
const LIST_PARAMS = new Set(['property', 'continuationToken', 'limit', 'orderby', 'count'])
/** Adobe's parameters the action never sends, so the emulator does not serve them. */
const NOT_EMULATED_PARAMS = new Set(['count'])
/** sort-and-filter.md: `orderby=name`, `+name` ascending (the default), `-name` descending (`+` arrives as a space). */
const ORDER_BY = /^([+ -]?)([A-Za-z0-9_.]+)$/

export interface Listing<T> {
  /** The path segment listed, e.g. `connections`: the next href starts with it. */
  collection: string
  /** The text fields a `property` filter may name, with `==` only (1448 for another operator). */
  fields: Record<string, (item: T) => string>
  /** The epoch-ms fields a `property` filter may name, with `==`, `>`, `>=`, `<` or `<=`, one value each. */
  numbers?: Record<string, (item: T) => number>
  /** The fields `orderby` may name; by default `name`, where `fields` has it. */
  order?: Record<string, (item: T) => string | number>
  /** Answer `_links: {}` on the last page, as monitor.md shows the runs list (other lists leave it out). */
  emptyLinks?: boolean
  /** Strip double quotes around a filter value: Adobe's tutorial looks flow specs up by `name=="CRMToAEP"`. */
  unquote?: boolean
}

type Filter<T> = (item: T) => boolean

const COMPARE: Record<FilterOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b
}

/**
 * `property=field{op}value` parts as filters over `listing.fields` and `listing.numbers`; 501 for
 * other fields or forms. A text field takes `==` only (1448); a number field one epoch-ms integer
 * (1443 for several values with a comparison, 1452 for several with `==` or a value that is not an
 * integer); an empty value is 1453.
 */
export function parseListFilters<T>(
  parts: QueryPart[],
  listing: Pick<Listing<T>, 'fields' | 'numbers' | 'unquote'>,
  rid: string
): Result<{ filters: Filter<T>[] }> {
  const filters: Filter<T>[] = []
  const numbers = listing.numbers ?? {}
  for (const part of parts) {
    const filter = parseFilter(part.value)
    const text = filter && Object.hasOwn(listing.fields, filter.field) ? listing.fields[filter.field] : undefined
    const number = filter && Object.hasOwn(numbers, filter.field) ? numbers[filter.field] : undefined
    if (!filter || (!text && !number)) {
      const served = [
        `${Object.keys(listing.fields).join(', ')} with ==`,
        ...(Object.keys(numbers).length > 0 ? [`${Object.keys(numbers).join(', ')} with ==, >, >=, < or <=`] : [])
      ]
      return {
        ok: false,
        response: notEmulated(`the filter property=${part.value} (it filters only ${served.join('; ')})`)
      }
    }
    const { field, operator } = filter
    const values = listing.unquote ? filter.values.map(v => v.replace(/^"(.*)"$/s, '$1')) : filter.values
    const joined = values.join(',')
    if (joined === '') return { ok: false, response: flowErrors.queryValue(part.value, rid) }
    if (text) {
      if (operator !== '==') return { ok: false, response: flowErrors.operatorNotSupported(operator, field, rid) }
      filters.push(item => values.includes(text(item)))
    } else if (number) {
      if (values.length > 1) {
        return {
          ok: false,
          response:
            operator === '=='
              ? flowErrors.invalidFieldValue(joined, field, rid)
              : flowErrors.operatorMultipleValues(operator, rid)
        }
      }
      if (!/^\d{1,15}$/.test(joined)) return { ok: false, response: flowErrors.invalidFieldValue(joined, field, rid) }
      const bound = Number(joined)
      const compare = COMPARE[operator]
      filters.push(item => compare(number(item), bound))
    }
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
  const sortable = listing.order ?? (listing.fields['name'] ? { name: listing.fields['name'] } : {})
  const orderField = (raw: string): string | undefined => {
    const field = ORDER_BY.exec(raw)?.[2]
    return field !== undefined && Object.hasOwn(sortable, field) ? field : undefined
  }
  if (orderPart !== undefined && orderField(orderPart.value) === undefined) {
    const fields = Object.keys(sortable)
    return notEmulated(
      `orderby=${orderPart.value} (it orders by ${fields.length > 0 ? fields.join(' or ') : 'nothing here'} only)`
    )
  }
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
  const orderValue = orderRaw === undefined ? undefined : (parseQuery(orderRaw)[0]?.value ?? '')
  const byField = orderValue === undefined ? undefined : orderField(orderValue)
  const key = byField === undefined ? undefined : sortable[byField]
  if (orderValue !== undefined && key) {
    // By code point (text) or by value (numbers), the one order a stable sort gives; ties keep the list's order.
    const sign = orderValue.startsWith('-') ? -1 : 1
    matching.sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  }

  const items = matching.slice(offset, offset + size).map(render)
  if (offset + size >= matching.length) return json(200, listing.emptyLinks ? { items, _links: {} } : { items })

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
