// Query strings as a Java servlet container reads them: split on `&`, then on the FIRST `=` only
// (so `continuationToken=abc==` yields `abc==`), percent-decoded, `+` read as a space.

export interface QueryPart {
  /** The part exactly as received, e.g. `property=name%3D%3DX`. */
  raw: string
  name: string
  value: string
}

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced // a lone `%` is kept literally rather than failing the whole request
  }
}

export function parseQuery(rawQuery: string): QueryPart[] {
  if (rawQuery === '') return []
  return rawQuery
    .split('&')
    .filter(raw => raw !== '')
    .map(raw => {
      const eq = raw.indexOf('=')
      const name = eq === -1 ? raw : raw.slice(0, eq)
      const value = eq === -1 ? '' : raw.slice(eq + 1)
      return { raw, name: decode(name), value: decode(value) }
    })
}

export function queryRecord(parts: QueryPart[]): Record<string, string[]> {
  const record: Record<string, string[]> = {}
  for (const { name, value } of parts) (record[name] ??= []).push(value)
  return record
}

// --- `property` filters ---

/**
 * The operators a `property` filter may use: `==` (sort-and-filter.md), `>` and `<` (its time-window
 * use case on runs), `>=` (flow-service.yaml's `property` description) and `<=` (flow-service-errors.md
 * 1443, "Operator '<=' is not allowed for multiple values.").
 */
export type FilterOperator = '==' | '>=' | '<=' | '>' | '<'

export interface Filter {
  field: string
  operator: FilterOperator
  /** A comma in the value means OR: `name==a,b` is name a or name b. */
  values: string[]
}

/** `field{op}value[,value…]`; undefined for any other form (`!=`, a bare field name and the like). */
export function parseFilter(expression: string): Filter | undefined {
  const match = /^([A-Za-z0-9_.]+)(==|>=|<=|>|<)(.*)$/s.exec(expression)
  if (!match) return undefined
  const [, field = '', operator = '==', rest = ''] = match
  return { field, operator: operator as FilterOperator, values: rest.split(',') }
}
