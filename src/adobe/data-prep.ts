// Data Prep: the mapping sets that map a source's columns to the dataset's schema. Data Prep keeps
// every version of a set and documents no DELETE.
import { HttpResponse } from '../http/transport.js'
import { stringOf } from './collection.js'
import { notDocumented, readJsonObject } from './errors.js'
import { idSegment, Platform } from './platform.js'

export const DATA_PREP_PATH = '/data/foundation/conversion'

export interface MappingSetRequest {
  readonly outputSchema: { readonly schemaRef: { readonly id: string; readonly contentType: string } }
  readonly mappings: readonly {
    readonly sourceType: 'ATTRIBUTE'
    readonly source: string
    readonly destination: string
  }[]
}

export interface MappingSet {
  readonly id: string
  readonly version: number
  readonly schemaId?: string
  readonly pairs: readonly { readonly source: string; readonly destination: string }[]
}

export interface DataPrep {
  /** Undefined when there is no such set or version. */
  mappingSet(id: string, version: number): Promise<MappingSet | undefined>
  /** POST, or PUT of a new version of `id`; the answer's id and version. */
  writeMappingSet(request: MappingSetRequest, id?: string): Promise<{ id: string; version: number }>
}

export class DataPrepClient implements DataPrep {
  private readonly base: string

  constructor(private readonly platform: Platform) {
    this.base = `${platform.settings.platformUrl}${DATA_PREP_PATH}/mappingSets`
  }

  async mappingSet(id: string, version: number): Promise<MappingSet | undefined> {
    const operation = (shown: string): string => `read mapping set ${shown} version ${version}`
    return this.platform.callUnlessNotFound(
      {
        operation: operation(id),
        method: 'GET',
        url: `${this.base}/${idSegment(id, 'mapping-set', operation)}?version=${version}`
      },
      { read: readMappingSet }
    )
  }

  async writeMappingSet(request: MappingSetRequest, id?: string): Promise<{ id: string; version: number }> {
    const operation = (shown: string): string => `write a new version of mapping set ${shown}`
    return this.platform.call(
      {
        operation: id === undefined ? 'create the mapping set' : operation(id),
        method: id === undefined ? 'POST' : 'PUT',
        // The id is the one the dataflow names: from an answer, so checked.
        url: id === undefined ? this.base : `${this.base}/${idSegment(id, 'mapping-set', operation)}`,
        body: JSON.stringify(request)
      },
      {
        read: response => {
          const { id: written, version } = readJsonObject(response)
          if (typeof written !== 'string' || typeof version !== 'number') throw notDocumented('no id and version')
          return { id: written, version }
        }
      }
    )
  }
}

function readMappingSet(response: HttpResponse): MappingSet {
  const body = readJsonObject(response)
  if (typeof body.id !== 'string' || typeof body.version !== 'number' || !Array.isArray(body.mappings)) {
    throw notDocumented('a mapping set without id, version or mappings')
  }
  // Data Prep's older answers name the schema at the top (schemaRef, xdmSchema) and the pairs
  // sourceAttribute / destinationXdmPath; the current ones outputSchema.schemaRef and source / destination.
  const schemaRef = (body.outputSchema as { schemaRef?: { id?: unknown } } | undefined)?.schemaRef
  const olderRef = body.schemaRef as { id?: unknown } | undefined
  return {
    id: body.id,
    version: body.version,
    schemaId: stringOf(schemaRef?.id) ?? stringOf(olderRef?.id) ?? stringOf(body.xdmSchema),
    pairs: body.mappings.map(m => {
      const pair = (m ?? {}) as Record<string, unknown>
      return {
        source: stringOf(pair.source) ?? stringOf(pair.sourceAttribute) ?? '',
        destination: stringOf(pair.destination) ?? stringOf(pair.destinationXdmPath) ?? ''
      }
    })
  }
}
