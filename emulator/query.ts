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
    .filter((raw) => raw !== '')
    .map((raw) => {
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

// --- `property` filters (Flow Service "Sorting and filtering responses") ---

export type FilterOperator = '==' | '!=' | '>' | '<' | '>=' | '<='

export interface Filter {
  field: string
  operator: FilterOperator
  /** A comma in the value means OR: `name==a,b` is name a or name b. */
  values: string[]
  expression: string
}

export type FilterParseResult =
  | { ok: true; filter: Filter }
  | { ok: false; problem: 'operator'; operator: string }
  | { ok: false; problem: 'value' }

const FILTER = /^([A-Za-z0-9_.[\]]+)(==|!=|>=|<=|>|<)(.*)$/s
const OPERATOR_LIKE = /^[A-Za-z0-9_.[\]]+([^A-Za-z0-9_.[\]\s]{1,2})/

export function parseFilter(expression: string): FilterParseResult {
  const match = FILTER.exec(expression)
  if (!match) {
    const op = OPERATOR_LIKE.exec(expression)?.[1] ?? expression
    return { ok: false, problem: 'operator', operator: op }
  }
  const [, field = '', operator = '==', rest = ''] = match
  // `name=~x` or `name==` are not filters Flow Service understands.
  if (rest === '') return { ok: false, problem: 'value' }
  return { ok: true, filter: { field, operator: operator as FilterOperator, values: rest.split(','), expression } }
}

/** Reads a dotted path (`connectionSpec.id`) from a record. */
export function readPath(record: unknown, path: string): unknown {
  let current: unknown = record
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

export function matchesFilter(record: unknown, filter: Filter): boolean {
  const actual = readPath(record, filter.field)
  if (filter.operator === '==') return filter.values.some((v) => String(actual) === v)
  if (filter.operator === '!=') return filter.values.every((v) => String(actual) !== v)
  const left = Number(actual)
  const right = Number(filter.values[0])
  switch (filter.operator) {
    case '>':
      return left > right
    case '<':
      return left < right
    case '>=':
      return left >= right
    default:
      return left <= right
  }
}
