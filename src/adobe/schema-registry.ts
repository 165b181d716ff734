// The Schema Registry: the XDM schema a dataset's records must fit, so that a mapping's destinations
// can be checked before anything is written (xdm/api/schemas.md, "Look up a schema").
import { HttpResponse } from '../http/transport.js'
import { notDocumented, readJsonObject } from './errors.js'
import { Platform } from './platform.js'

export const SCHEMA_REGISTRY_PATH = '/data/foundation/schemaregistry'

/** The schema with `$ref` and `allOf` resolved: every field in one `properties` tree. */
const FULL_SCHEMA = 'application/vnd.adobe.xed-full+json; version=1'

export interface SchemaRegistry {
  /** Every field of a tenant schema, by its path (`_acme.incidentId`, `person.name.fullName`); undefined when there is no such schema. */
  fieldPaths(schemaId: string): Promise<string[] | undefined>
}

export class SchemaRegistryClient implements SchemaRegistry {
  constructor(private readonly platform: Platform) {}

  fieldPaths(schemaId: string): Promise<string[] | undefined> {
    const base = `${this.platform.settings.platformUrl}${SCHEMA_REGISTRY_PATH}`
    return this.platform.callUnlessNotFound(
      {
        operation: `read schema ${schemaId} from the Schema Registry`,
        method: 'GET',
        url: `${base}/tenant/schemas/${encodeURIComponent(schemaId)}`,
        headers: { Accept: FULL_SCHEMA }
      },
      { read: readFieldPaths }
    )
  }
}

/** Fields nested deeper than this are not listed: XDM schemas nest far less, and the recursion stays bounded. */
const MAX_DEPTH = 64

function readFieldPaths(response: HttpResponse): string[] {
  const properties = readJsonObject(response).properties
  if (typeof properties !== 'object' || properties === null) throw notDocumented('a schema without properties')
  return pathsIn(properties as Record<string, unknown>, '', 0)
}

/**
 * The path of each field: the leaves, which a mapping writes to (Data Prep refuses an object as a
 * destination); objects and arrays of objects are followed into.
 */
function pathsIn(properties: Record<string, unknown>, prefix: string, depth: number): string[] {
  if (depth > MAX_DEPTH) return []
  return Object.entries(properties).flatMap(([key, raw]) => {
    const path = `${prefix}${key}`
    const field = (raw ?? {}) as { properties?: unknown; items?: { properties?: unknown } }
    const nested = field.properties ?? field.items?.properties
    return typeof nested === 'object' && nested !== null
      ? pathsIn(nested as Record<string, unknown>, `${path}.`, depth + 1)
      : [path]
  })
}
