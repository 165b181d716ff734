// Catalog's client over real HTTP against the emulator, built as the dataflow action builds it
// (connect() with its wording): the dataset it reads, and the answers it refuses.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_DATASET, startEmulator } from '../../emulator/server.js'
import { wording } from '../../src/dataflow/describe.js'
import { captureStdout } from '../support/stdout.js'
import { connecting, messageOf, refused, sent } from './emulated.js'

const CATALOG = '/data/foundation/catalog'

const emulator = await startEmulator()
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

// The IMS token is masked on stdout (::add-mask::); kept out of the test output.
captureStdout()

const connected = connecting(wording)
const catalogOf = () => connected(emulator).catalog

describe('CatalogClient.dataset', () => {
  it("reads the dataset's name and schema from Catalog", async () => {
    expect(await catalogOf().dataset(DEMO_DATASET.id)).toEqual({
      id: DEMO_DATASET.id,
      name: DEMO_DATASET.name,
      schemaId: DEMO_DATASET.schemaRef.id
    })
    expect(sent(emulator)).toEqual([`GET ${CATALOG}/dataSets/${DEMO_DATASET.id}`])
  })

  it('is undefined for a dataset Catalog does not know (404)', async () => {
    expect(await catalogOf().dataset('5f2a7c3b9d1e4a00ffffffff')).toBeUndefined()
  })

  it.each(['../dataSets/x', 'a%2Fb', '5f2a7c3b9d1e4a001234567', 'ds-1'])(
    'sends nothing for a dataset id that is not 24 hexadecimal digits: %j',
    async id => {
      expect(await messageOf(catalogOf().dataset(id))).toBe(
        `Could not read dataset ${id} from Catalog: the id is not a Catalog dataset id (24 hexadecimal digits).`
      )
      expect(sent(emulator)).toEqual([])
    }
  )

  it('refuses a dataset without schemaRef.id', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { name: 'No schema' } } } })
    expect(await messageOf(catalogOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { schemaRef: 'S' } } } })
    expect(await messageOf(catalogOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
  })

  it('refuses a null dataset as one without schemaRef.id', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: null } } })
    expect(await messageOf(catalogOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
  })

  it('needs only the schema id, whatever content type Catalog names', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { schemaRef: { id: 'S' } } } } })
    expect(await catalogOf().dataset(id)).toStrictEqual({ id, name: undefined, schemaId: 'S' })
    const item = { name: 'N', schemaRef: { id: 'S', contentType: 'application/vnd.adobe.xed+json;version=1' } }
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: item } } })
    expect(await catalogOf().dataset(id)).toStrictEqual({ id, name: 'N', schemaId: 'S' })
  })

  it('an answer (HTTP 200) without the dataset is no dataset: {} or another id only', async () => {
    const id = DEMO_DATASET.id
    for (const body of [{}, { '5f2a7c3b9d1e4a00ffffffff': { schemaRef: { id: 'S' } } }]) {
      emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body } })
      expect(await catalogOf().dataset(id)).toBeUndefined()
    }
  })
})
