// The Schema Registry's client over real HTTP against the emulator, built as the dataflow action builds
// it (connect() with its wording): the look-up of a tenant schema (schemas.md "Look up a schema"), the
// field paths it makes of the resolved schema, and the answers it refuses.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  altIdOf,
  DEMO_CLIENT,
  DEMO_DATASET,
  SCHEMA_REGISTRY_BASE,
  type SeedDataset,
  startEmulator
} from '../../emulator/server.js'
import { AdobeApiError } from '../../src/adobe/errors.js'
import { SCHEMA_REGISTRY_PATH } from '../../src/adobe/schema-registry.js'
import { wording } from '../../src/dataflow/describe.js'
import { captureStdout } from '../support/stdout.js'
import { connecting, lastRequest, messageOf, refused, rejection, sent, withEmulator } from './emulated.js'

const SCHEMAS = '/data/foundation/schemaregistry/tenant/schemas'
/** The resolved format, every field in one `properties` tree (schemas.md). */
const FULL = 'application/vnd.adobe.xed-full+json; version=1'
const SCHEMA_ID = DEMO_DATASET.schemaRef.id

/** A dataset of the dev sandbox only, on a schema of its own. */
const DEV_DATASET: SeedDataset = {
  id: '5f2a7c3b9d1e4a00bbbbbbbb',
  name: 'Contacts',
  schemaRef: { id: 'https://ns.adobe.com/acme/schemas/contacts', contentType: DEMO_DATASET.schemaRef.contentType },
  paths: ['_acme.contactId', 'person.name.fullName'],
  sandboxName: 'dev'
}

const emulator = await startEmulator({ sandboxes: ['prod', 'dev'], datasets: [DEMO_DATASET, DEV_DATASET] })
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

// The IMS token is masked on stdout (::add-mask::); kept out of the test output.
captureStdout()

const connected = connecting(wording)
const registryOf = () => connected(emulator).schemaRegistry

/** DEMO_DATASET's schema as paths: the fields a mapping may write to (leaves), in the schema's order. */
const DEMO_PATHS = [
  '_acme.incidentId',
  '_acme.subject',
  '_acme.status',
  '_acme.createdTime',
  '_acme.updatedTime',
  'person.name.fullName',
  'personalEmail.address'
]

const operation = (schemaId: string) => `read schema ${schemaId} from the Schema Registry`

describe('SchemaRegistryClient.fieldPaths', () => {
  it('looks the schema up by its URL-encoded $id, asking for the resolved format', async () => {
    expect(SCHEMA_REGISTRY_PATH).toBe(SCHEMA_REGISTRY_BASE)
    await registryOf().fieldPaths(SCHEMA_ID)
    expect(sent(emulator)).toEqual([
      `GET ${SCHEMAS}/https%3A%2F%2Fns.adobe.com%2Facme%2Fschemas%2F0123abcd4567ef890123abcd4567ef89`
    ])
    const request = lastRequest(emulator)
    expect(request?.rawUrl).toBe(`${SCHEMAS}/${encodeURIComponent(SCHEMA_ID)}`)
    expect(request?.headers).toMatchObject({
      accept: FULL,
      authorization: expect.stringMatching(/^Bearer emu\./) as unknown as string,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': 'prod'
    })
    expect(request?.headers['content-type']).toBeUndefined()
  })

  it("lists every field of the dataset's schema by its path: the leaves, not the objects that hold them", async () => {
    expect(await registryOf().fieldPaths(SCHEMA_ID)).toEqual(DEMO_PATHS)
    // Every path the dataset's records may be written to is among them.
    for (const path of DEMO_DATASET.paths) expect(DEMO_PATHS).toContain(path)
  })

  it('finds the schema by its meta:altId as well', async () => {
    const altId = altIdOf(SCHEMA_ID)
    expect(altId).toBe('_acme.schemas.0123abcd4567ef890123abcd4567ef89')
    expect(await registryOf().fieldPaths(altId)).toEqual(DEMO_PATHS)
    expect(sent(emulator)).toEqual([`GET ${SCHEMAS}/${altId}`])
  })

  it('is undefined for a schema the registry does not have (404), or one of another sandbox', async () => {
    const missing = 'https://ns.adobe.com/acme/schemas/ffffffffffffffffffffffffffffffff'
    expect(await registryOf().fieldPaths(missing)).toBeUndefined()
    expect(await registryOf().fieldPaths(DEV_DATASET.schemaRef.id)).toBeUndefined()
    expect(
      await connected(emulator, { sandboxName: 'dev' }).schemaRegistry.fieldPaths(DEV_DATASET.schemaRef.id)
    ).toEqual(['_acme.contactId', 'person.name.fullName'])
    expect(sent(emulator).map(line => line.split(' ')[0])).toEqual(['GET', 'GET', 'GET'])
  })

  it('reads the paths of a schema of other datasets, whatever their leaves are typed', async () => {
    const dataset: SeedDataset = {
      ...DEMO_DATASET,
      paths: ['a.b.c.d', 'a.e', 'f'],
      fieldTypes: { f: { type: 'integer' }, 'a.e': { type: 'string', format: 'date-time' } }
    }
    await withEmulator({ datasets: [dataset] }, async other => {
      expect(await connected(other).schemaRegistry.fieldPaths(SCHEMA_ID)).toEqual(['a.b.c.d', 'a.e', 'f'])
    })
  })

  it('follows arrays of objects into their items', async () => {
    const properties = {
      identities: {
        type: 'array',
        items: { type: 'object', properties: { id: { type: 'string' }, primary: { type: 'boolean' } } }
      },
      tags: { type: 'array', items: { type: 'string' } },
      _acme: { type: 'object', properties: {} }
    }
    emulator.fault({ path: `/schemas/${encodeURIComponent(SCHEMA_ID)}`, action: { status: 200, body: { properties } } })
    // The fields of each item of an array of objects; an array of strings is a field itself, an empty object none.
    expect(await registryOf().fieldPaths(SCHEMA_ID)).toEqual(['identities.id', 'identities.primary', 'tags'])
  })

  it.each<[string, unknown, string]>([
    ['no properties', { $id: SCHEMA_ID, type: 'object' }, 'a schema without properties'],
    ['properties null', { $id: SCHEMA_ID, properties: null }, 'a schema without properties'],
    ['properties a string', { $id: SCHEMA_ID, properties: 'person' }, 'a schema without properties'],
    ['a list', [{ properties: {} }], 'not a JSON object']
  ])('refuses an answer that is not what Adobe documents: %s', async (_, body, problem) => {
    emulator.fault({ path: `/schemas/${encodeURIComponent(SCHEMA_ID)}`, action: { status: 200, body } })
    expect(await messageOf(registryOf().fieldPaths(SCHEMA_ID))).toBe(refused(operation(SCHEMA_ID), problem))
  })

  it('refuses an answer that is not JSON', async () => {
    emulator.fault({ path: `/schemas/${encodeURIComponent(SCHEMA_ID)}`, action: { malformed: true } })
    expect(await messageOf(registryOf().fieldPaths(SCHEMA_ID))).toBe(refused(operation(SCHEMA_ID), 'not JSON'))
  })

  it('throws a refusal other than 404', async () => {
    const body = {
      type: '/placeholder/type/uri',
      status: 406,
      title: 'NotAcceptableError',
      detail: 'Accept header parameter is required'
    }
    emulator.fault({ path: `/schemas/${encodeURIComponent(SCHEMA_ID)}`, action: { status: 406, body } })
    const error = await rejection(registryOf().fieldPaths(SCHEMA_ID))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).details).toMatchObject({ operation: operation(SCHEMA_ID), status: 406 })
    expect(error.message).toMatch(new RegExp(`^Could not ${operation(SCHEMA_ID)}: HTTP 406`))
  })
})
