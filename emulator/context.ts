// What a handler sees of one request.
import type { QueryPart } from './query.js'

export interface RequestContext {
  method: string
  pathname: string
  /** The query string exactly as received, without the `?`. */
  rawQuery: string
  query: QueryPart[]
  /** Lowercased header names. */
  headers: Record<string, string>
  body: string
  /** Fresh per request; sent back as `x-request-id` and in Flow Service error reports. */
  requestId: string
}
