// Tests of the emulator's Schema Registry over real HTTP: the look-up of a seeded dataset's tenant
// schema by URL-encoded $id or meta:altId, the Accept header's format and version, and the gateway.
import http from 'node:http'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  altIdOf,
  DEMO_CLIENT,
  DEMO_DATASET,
  type Emulator,
  SCHEMA_REGISTRY_BASE,
  type SeedDataset,
  startEmulator
} from '../../emulator/server.js'

const SCHEMAS = `${SCHEMA_REGISTRY_BASE}/tenant/schemas`
const FULL = 'application/vnd.adobe.xed-full+json; version=1'

/** A dataset of the dev sandbox only, on a schema of its own. */
const DEV_DATASET: SeedDataset = {
  id: '5f2a7c3b9d1e4a00bbbbbbbb',
  name: 'Contacts',
  schemaRef: { id: 'https://ns.adobe.com/acme/schemas/contacts', contentType: DEMO_DATASET.schemaRef.contentType },
  paths: ['_acme.contactId', 'person.name.fullName'],
  schemaTitle: 'ACME contacts',
  sandboxName: 'dev'
}

let emu: Emulator
let token: string

beforeAll(async () => {
  emu = await startEmulator({ sandboxes: ['prod', 'dev'], datasets: [DEMO_DATASET, DEV_DATASET] })
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  token = emu.issueToken()
})

interface Answer {
  status: number
  body: unknown
}

/** A GET with node:http, so that no Accept header is sent unless asked (fetch always sends one). */
function get(path: string, headers: Record<string, string | undefined> = {}): Promise<Answer> {
  const all: Record<string, string | undefined> = {
    authorization: `Bearer ${token}`,
    'x-api-key': DEMO_CLIENT.clientId,
    'x-gw-ims-org-id': DEMO_CLIENT.orgId,
    'x-sandbox-name': 'prod',
    ...headers
  }
  const sent = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined))
  return new Promise((resolve, reject) => {
    const req = http.request(`${emu.url}${path}`, { method: 'GET', headers: sent }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const byId = (schemaId: string): string => `${SCHEMAS}/${encodeURIComponent(schemaId)}`

const DEMO_SCHEMA = {
  $id: DEMO_DATASET.schemaRef.id,
  'meta:altId': '_acme.schemas.0123abcd4567ef890123abcd4567ef89',
  'meta:resourceType': 'schemas',
  version: '1.0',
  title: 'Oracle Service Cloud incidents schema',
  type: 'object',
  properties: {
    _acme: {
      type: 'object',
      properties: {
        incidentId: { type: 'string' },
        subject: { type: 'string' },
        status: { type: 'string' },
        createdTime: { type: 'string', format: 'date-time' },
        updatedTime: { type: 'string', format: 'date-time' }
      }
    },
    person: {
      type: 'object',
      properties: { name: { type: 'object', properties: { fullName: { type: 'string' } } } }
    },
    personalEmail: { type: 'object', properties: { address: { type: 'string', format: 'email' } } }
  },
  imsOrg: DEMO_CLIENT.orgId,
  'meta:containerId': 'tenant'
}

describe('Schema Registry: look up a schema', () => {
  it('answers a seeded dataset schema, $ref and allOf resolved, by URL-encoded $id or meta:altId', async () => {
    expect(await get(byId(DEMO_DATASET.schemaRef.id), { accept: FULL })).toEqual({ status: 200, body: DEMO_SCHEMA })
    expect(altIdOf(DEMO_DATASET.schemaRef.id)).toBe(DEMO_SCHEMA['meta:altId'])
    // Spaces around ";" are optional.
    const byAltId = await get(`${SCHEMAS}/${DEMO_SCHEMA['meta:altId']}`, {
      accept: 'application/vnd.adobe.xed-full+json;version=1'
    })
    expect(byAltId).toEqual({ status: 200, body: DEMO_SCHEMA })
    // A minor version given: the latest minor of major 1.
    expect((await get(byId(DEMO_DATASET.schemaRef.id), { accept: `${FULL}.0` })).status).toBe(200)
    // notext: no title.
    const notext = await get(byId(DEMO_DATASET.schemaRef.id), {
      accept: 'application/vnd.adobe.xed-full-notext+json; version=1'
    })
    const untitled: Record<string, unknown> = { ...DEMO_SCHEMA }
    delete untitled['title']
    expect(notext).toEqual({ status: 200, body: untitled })
  })

  it('answers Accept errors as the XDM troubleshooting guide shows them', async () => {
    const path = byId(DEMO_DATASET.schemaRef.id)
    expect(await get(path)).toEqual({
      status: 406,
      body: {
        type: '/placeholder/type/uri',
        status: 406,
        title: 'NotAcceptableError',
        detail: 'Accept header parameter is required'
      }
    })
    expect(await get(path, { accept: 'xed+json' })).toEqual({
      status: 406,
      body: {
        type: '/placeholder/type/uri',
        status: 406,
        title: 'NotAcceptableError',
        detail: 'Unknown Accept media supplied: xed+json'
      }
    })
    expect((await get(path, { accept: 'application/json' })).status).toBe(406)
    const unversioned = {
      status: 400,
      body: {
        type: '/placeholder/type/uri',
        status: 400,
        title: 'BadRequestError',
        detail:
          'version must be supplied in the accept header. Example: application/vnd.adobe.xed-full-notext+json; version=1'
      }
    }
    expect(await get(path, { accept: 'application/vnd.adobe.xed-full+json' })).toEqual(unversioned)
    expect(await get(path, { accept: 'application/vnd.adobe.xed-id+json' })).toEqual(unversioned)
    // Documented formats the emulator does not build (raw $ref and allOf, descriptors): its own 501.
    const raw = await get(path, { accept: 'application/vnd.adobe.xed+json; version=1' })
    expect(raw.status).toBe(501)
    expect((raw.body as { errorMessage: string }).errorMessage).toMatch(/^The emulator does not implement /)
  })

  it('answers an unknown schema, another major version or the global container with 404', async () => {
    const missing = 'https://ns.adobe.com/incorrectTenantId/schemas/ee067e31b08514d21e2b82577813409d'
    expect(await get(byId(missing), { accept: FULL })).toEqual({
      status: 404,
      body: {
        type: '/placeholder/type/uri',
        status: 404,
        title: 'NotFoundError',
        detail: `Object ${missing} with version 1 not found`
      }
    })
    const v2 = await get(byId(DEMO_DATASET.schemaRef.id), { accept: 'application/vnd.adobe.xed-full+json; version=2' })
    expect(v2).toMatchObject({
      status: 404,
      body: { detail: `Object ${DEMO_DATASET.schemaRef.id} with version 2 not found` }
    })
    const global = `${SCHEMA_REGISTRY_BASE}/global/schemas/${encodeURIComponent(DEMO_DATASET.schemaRef.id)}`
    expect((await get(global, { accept: FULL })).status).toBe(404)
    expect((await get(`${SCHEMA_REGISTRY_BASE}/tenant/classes/x`, { accept: FULL })).status).toBe(404)
  })

  it('keeps a schema in the sandbox of its dataset', async () => {
    expect((await get(byId(DEV_DATASET.schemaRef.id), { accept: FULL })).status).toBe(404)
    const dev = await get(byId(DEV_DATASET.schemaRef.id), { accept: FULL, 'x-sandbox-name': 'dev' })
    expect(dev).toMatchObject({
      status: 200,
      body: {
        $id: DEV_DATASET.schemaRef.id,
        'meta:altId': '_acme.schemas.contacts',
        title: 'ACME contacts',
        properties: { _acme: { type: 'object', properties: { contactId: { type: 'string' } } } }
      }
    })
  })

  it('sits behind the same gateway checks as every other service', async () => {
    const path = byId(DEMO_DATASET.schemaRef.id)
    expect(await get(path, { accept: FULL, authorization: undefined })).toEqual({
      status: 403,
      body: { error_code: '403010', message: 'Oauth token is missing.' }
    })
    expect((await get(path, { accept: FULL, authorization: 'Bearer nope' })).status).toBe(401)
    expect((await get(path, { accept: FULL, 'x-api-key': undefined })).body).toEqual({
      error_code: '403000',
      message: 'Api Key is required'
    })
    expect((await get(path, { accept: FULL, 'x-gw-ims-org-id': 'FFFFFFFFFFFFFFFFFFFFFFFF@AdobeOrg' })).status).toBe(403)
    expect(await get(path, { accept: FULL, 'x-sandbox-name': undefined })).toMatchObject({
      status: 400,
      body: { type: '/placeholder/type/uri', title: 'BadRequestError' }
    })
    expect((await get(path, { accept: FULL, 'x-sandbox-name': 'qa' })).status).toBe(404)
  })
})
