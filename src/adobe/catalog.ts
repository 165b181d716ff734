// Catalog: the dataset a dataflow writes to.
import { stringOf } from './collection.js'
import { notDocumented, readJsonObject } from './errors.js'
import { idSegment, Platform } from './platform.js'

export const CATALOG_PATH = '/data/foundation/catalog'

export interface Dataset {
  readonly id: string
  readonly name?: string
  readonly schemaId: string
}

export interface Catalog {
  /** Undefined when Catalog has no such dataset. */
  dataset(id: string): Promise<Dataset | undefined>
}

export class CatalogClient implements Catalog {
  constructor(private readonly platform: Platform) {}

  async dataset(id: string): Promise<Dataset | undefined> {
    const operation = (shown: string): string => `read dataset ${shown} from Catalog`
    const url = `${this.platform.settings.platformUrl}${CATALOG_PATH}/dataSets/${idSegment(id, 'dataset', operation)}`
    return this.platform.callUnlessNotFound(
      { operation: operation(id), method: 'GET', url },
      {
        read: response => {
          // Catalog keys the answer by the dataset's id.
          const item = readJsonObject(response)[id] as Record<string, unknown> | undefined
          if (item === undefined) return undefined // an empty answer: no such dataset
          const ref = item?.schemaRef as { id?: unknown } | undefined
          if (typeof ref?.id !== 'string') throw notDocumented('a dataset without schemaRef.id')
          return { id, name: stringOf(item?.name), schemaId: ref.id }
        }
      }
    )
  }
}
