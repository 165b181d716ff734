// Flow Service's client over real HTTP against the emulator: base connections (its `connections`
// collection, as the base connection action looks them up and writes them, and as the dataflow
// action reads one), explore, connection and flow specs, runs, rejected tokens and the server's
// clock. What it sends (as the emulator recorded it), what it makes of the answers, and its messages.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import type {
  Emulator,
  FlowSpec as EmulatedFlowSpec,
  RecordedRequest,
  SourceTable as EmulatedTable
} from '../../emulator/server.js'
import {
  CRM_TO_AEP_FLOW_SPEC,
  CRM_TO_AEP_FLOW_SPEC_NEWEST,
  DEMO_CLIENT,
  DEMO_DATASET,
  DEMO_ORACLE,
  ORACLE_SERVICE_CLOUD_SPEC,
  ORACLE_TABLES,
  SITE_BASIC_AUTH_SPEC,
  startEmulator
} from '../../emulator/server.js'
import { Written } from '../../src/adobe/collection.js'
import { AdobeApiError, describeAnswer, isSourceRejection, isUnknownSpec } from '../../src/adobe/errors.js'
import { ConnectionRequest, FlowServiceClient } from '../../src/adobe/flow-service.js'
import { ImsTokenSource, StaticTokenSource, TokenSource } from '../../src/adobe/ims.js'
import { Platform } from '../../src/adobe/platform.js'
import { wording } from '../../src/base-connection/describe.js'
import { findConnections } from '../../src/base-connection/execute.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { wording as dataflowWording } from '../../src/dataflow/describe.js'
import { DEFAULT_RETRY, Transport } from '../../src/http/transport.js'
import { captureStdout } from '../support/stdout.js'
import { more } from '../support/troubleshooting.js'
import {
  connecting,
  liveChain,
  messageOf,
  NOT_DOCUMENTED,
  nothingToRecover,
  refused,
  rejection,
  sent,
  START_TIME,
  withEmulator
} from './emulated.js'

const emulator = await startEmulator()
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

// The IMS token is masked on stdout (::add-mask::); kept out of the test output.
captureStdout()

const FLOW = '/data/foundation/flowservice'
const SCOPES = 'openid,AdobeID,read_organizations'
const LIST_OPERATION = 'Could not look up existing base connections'
/** An id of Flow Service's shape that the emulator does not have. */
const ABSENT = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'
/** The filter the base connection action looks its connections up with, after the name. */
const OF_SPEC = [`connectionSpec.id==${ORACLE_SERVICE_CLOUD_SPEC_ID}`]

/** Flow Service's client on its own platform, worded as the base connection action words it; three attempts. */
function setup(target: Emulator = emulator, tokens?: TokenSource) {
  const infos: string[] = []
  const log = { info: (message: string) => infos.push(message), debug: () => undefined }
  const transport = new Transport(
    { ...DEFAULT_RETRY, maxAttempts: 3, timeoutMs: 2000, sleep: async () => {} },
    log,
    describeAnswer
  )
  const ims = new ImsTokenSource(
    transport,
    target.url,
    { clientId: DEMO_CLIENT.clientId, clientSecret: DEMO_CLIENT.clientSecret, scopes: SCOPES },
    wording
  )
  const settings = {
    platformUrl: target.url,
    apiKey: DEMO_CLIENT.clientId,
    orgId: DEMO_CLIENT.orgId,
    sandboxName: 'prod'
  }
  const flow = new FlowServiceClient(new Platform(transport, settings, tokens ?? ims, log, wording))
  return { ims, flow, infos }
}

/** Flow Service's client as the dataflow action builds it: connect() with its wording, one attempt. */
const connected = connecting(dataflowWording)
const dataflowSide = (target: Emulator = emulator) => connected(target).flowService

const requestsTo = (path: string, target: Emulator = emulator): RecordedRequest[] =>
  target.requests.filter(r => r.path === path)
const imsRequests = (target: Emulator = emulator): RecordedRequest[] => requestsTo('/ims/token/v3', target)
const flowRequests = (target: Emulator = emulator): RecordedRequest[] =>
  target.requests.filter(r => r.path.startsWith(FLOW))

/** A connection as the client reads it from what the emulator stored. */
function asRead(stored: ReturnType<Emulator['seedConnection']>) {
  return {
    id: stored.id,
    etag: stored.etag,
    name: stored.name,
    createdAt: stored.createdAt,
    sandboxName: stored.sandboxName,
    connectionSpecId: stored.connectionSpec.id,
    connectionSpecVersion: stored.connectionSpec.version,
    state: stored.state
  }
}

const connectionRequest = (name = 'Oracle EU', specId = ORACLE_SERVICE_CLOUD_SPEC_ID): ConnectionRequest => ({
  name,
  auth: {
    specName: 'Basic Authentication',
    params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: DEMO_ORACLE.password }
  },
  connectionSpec: { id: specId, version: '1.0' }
})

describe('FlowServiceClient.connections.findByName, as the base connection action looks connections up', () => {
  it('sends the name and spec filters with the gateway headers, and returns the matches', async () => {
    const wanted = emulator.seedConnection({ name: 'Oracle EU' })
    emulator.seedConnection({ name: 'Oracle US' })
    const { flow, ims } = setup()
    expect(await flow.connections.findByName('Oracle EU', OF_SPEC)).toEqual([asRead(wanted)])
    const [request] = flowRequests()
    expect(request?.rawUrl).toBe(
      `${FLOW}/connections?property=name%3D%3DOracle%20EU&property=connectionSpec.id%3D%3Dba5126ec-c9ac-11eb-b8bc-0242ac130003`
    )
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${await ims.token()}`,
      'x-api-key': 'demo-client-id',
      'x-gw-ims-org-id': '0123456789ABCDEF01234567@AdobeOrg',
      'x-sandbox-name': 'prod',
      accept: 'application/json'
    })
    expect(request?.headers['content-type']).toBeUndefined()
  })

  it('matches a name with a comma here only (a comma means OR to Flow Service)', async () => {
    const wanted = emulator.seedConnection({ name: 'Oracle, EU' })
    for (const name of ['Oracle', ' EU', 'Oracle,EU']) emulator.seedConnection({ name })
    const { flow } = setup()
    expect(await flow.connections.findByName('Oracle, EU', OF_SPEC)).toEqual([asRead(wanted)])
    expect(flowRequests()[0]?.query).toEqual({
      property: [`connectionSpec.id==${ORACLE_SERVICE_CLOUD_SPEC_ID}`],
      orderby: ['name'],
      limit: ['1000']
    })
  })

  it('follows next links page by page, keeping their "==" continuation tokens as they are', async () => {
    await withEmulator({ pageSize: 2 }, async paged => {
      const wanted = Array.from({ length: 5 }, () => paged.seedConnection({ name: 'Oracle EU' }))
      const { flow } = setup(paged)
      const found = await flow.connections.findByName('Oracle EU', OF_SPEC)
      expect(found).toEqual(wanted.map(asRead))
      const pages = flowRequests(paged)
      expect(pages).toHaveLength(3)
      for (const page of pages.slice(1)) {
        const [token = ''] = page.query.continuationToken ?? []
        expect(token).toMatch(/==$/)
        expect(page.rawUrl).toContain(`&continuationToken=${token}`)
        expect(page.query.property).toEqual([`name==Oracle EU`, `connectionSpec.id==${ORACLE_SERVICE_CLOUD_SPEC_ID}`])
      }
    })
  })

  it('drops items of another name, sandbox or spec that Flow Service returns, and reads etag from version', async () => {
    const item = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      name: 'Oracle EU',
      etag: `"${id}"`,
      ...extra
    })
    const spec = { id: ORACLE_SERVICE_CLOUD_SPEC_ID }
    const items = [
      item('good', { createdAt: 1700000000000, sandboxName: 'prod', connectionSpec: spec }),
      item('other-sandbox', { sandboxName: 'dev', connectionSpec: spec }),
      item('other-spec', { sandboxName: 'prod', connectionSpec: { id: 'other' } }),
      item('other-name', { name: 'Oracle US' }),
      { id: 'bare', name: 'Oracle EU', version: '"v-1"', createdAt: 'yesterday' }
    ]
    emulator.fault({ method: 'GET', path: `${FLOW}/connections`, times: 2, action: { status: 200, body: { items } } })
    const { flow } = setup()
    // The base action's look-up: the collection, then the connection spec.
    expect(await findConnections(flow, 'Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)).toEqual([
      {
        id: 'good',
        etag: '"good"',
        name: 'Oracle EU',
        createdAt: 1700000000000,
        sandboxName: 'prod',
        connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC_ID
      },
      {
        id: 'bare',
        etag: '"v-1"',
        name: 'Oracle EU',
        createdAt: undefined,
        sandboxName: undefined,
        connectionSpecId: undefined
      }
    ])
    // The collection alone knows no spec: the name and the sandbox are its own to match.
    expect((await flow.connections.findByName('Oracle EU', OF_SPEC)).map(c => c.id)).toEqual([
      'good',
      'other-spec',
      'bare'
    ])
  })

  it('follows a next link absolute on the platform origin, or under /data/', async () => {
    const page = (id: string, next?: string) => ({
      status: 200,
      body: { items: [{ id, name: 'Oracle EU', etag: '"e"' }], ...(next ? { _links: { next: { href: next } } } : {}) }
    })
    emulator.fault({ path: `${FLOW}/connections`, action: page('a', `${emulator.url}${FLOW}/connections?page=2`) })
    emulator.fault({ path: `${FLOW}/connections`, action: page('b', `${FLOW}/connections?page=3`) })
    emulator.fault({ path: `${FLOW}/connections`, action: page('c', '') })
    const found = await setup().flow.connections.findByName('Oracle EU', OF_SPEC)
    expect(found.map(c => c.id)).toEqual(['a', 'b', 'c'])
    expect(flowRequests().map(r => r.rawUrl.split('?')[1])).toEqual([
      expect.stringMatching(/^property=/),
      'page=2',
      'page=3'
    ])
  })

  it.each([
    'https://platform.adobe.io/data/foundation/flowservice/connections?page=2',
    'http://127.0.0.1:1/connections?page=2',
    'connections?page=2'
  ])('refuses to send the token to a next link on another origin than the platform: %s', async href => {
    emulator.fault({
      path: `${FLOW}/connections`,
      action: { status: 200, body: { items: [], _links: { next: { href } } } }
    })
    expect(await messageOf(setup().flow.connections.findByName('Oracle EU', OF_SPEC))).toBe(
      `${LIST_OPERATION}: the answer gave a next-page link to another origin than ${emulator.url}.`
    )
    expect(flowRequests()).toHaveLength(1)
  })

  it('stops when a next link repeats', async () => {
    const body = { items: [], _links: { next: { href: '/connections?continuationToken=same==' } } }
    emulator.fault({ path: `${FLOW}/connections`, times: Infinity, action: { status: 200, body } })
    expect(await messageOf(setup().flow.connections.findByName('Oracle EU', OF_SPEC))).toBe(
      `${LIST_OPERATION}: the list did not end after 2 pages.`
    )
    expect(flowRequests().map(r => r.rawUrl)).toEqual([
      expect.stringMatching(/\?property=/),
      `${FLOW}/connections?continuationToken=same==`
    ])
  })

  /** A list that never ends: every answer links to the next page, with a new continuation token. */
  const endless = (items: unknown[], pad = '', collection = 'connections') => {
    let page = 0
    return {
      toJSON: () => ({ items, pad, _links: { next: { href: `/${collection}?continuationToken=${++page}` } } })
    }
  }
  const BOUND_NOTE =
    'one look-up reads at most 50 MB and 25,000 items.\nNext step: run again later; if the list still does not end, report it to Adobe support.'

  it('stops a list that does not end once 50 MB are read, naming the name and the sandbox', async () => {
    const body = endless([{ id: 'x', name: 'Other', etag: '"e"' }], 'x'.repeat(1024 * 1024))
    emulator.fault({ path: `${FLOW}/connections`, times: Infinity, action: { status: 200, body } })
    const message = await messageOf(setup().flow.connections.findByName('Oracle EU', OF_SPEC))
    const pages = flowRequests().length
    expect(message).toBe(
      `${LIST_OPERATION}: the list for the name "Oracle EU" in sandbox "prod" went past 50 MB without ending (${pages} pages, ${pages} items, 50.0 MB read); ${BOUND_NOTE}`
    )
    // Pages of a little more than 1 MB each: the 50th crosses 50 MB.
    expect(pages).toBe(50)
  })

  it('stops a list that does not end past 25,000 items, whatever their size', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, name: 'Other', etag: '"e"' }))
    const body = endless(items, '', 'sourceConnections')
    emulator.fault({ path: `${FLOW}/sourceConnections`, times: Infinity, action: { status: 200, body } })
    const message = await messageOf(dataflowSide().sources.findByName('S (source)'))
    // The operation names the name already.
    expect(message).toMatch(
      /^Could not look up source connections named "S \(source\)": the list in sandbox "prod" went past 25,000 items without ending \(6 pages, 30,000 items, \d+\.\d MB read\); /
    )
    expect(message.endsWith(BOUND_NOTE)).toBe(true)
  })

  it('reads a long list that ends, keeping only the matches', async () => {
    const others = Array.from({ length: 5000 }, (_, i) => ({ id: `o${i}`, name: 'Other', etag: '"e"' }))
    const match = { id: 'm', name: 'Oracle EU', etag: '"e"' }
    for (let page = 1; page <= 4; page++) {
      const next = { next: { href: `/connections?continuationToken=${page}` } }
      emulator.fault({ path: `${FLOW}/connections`, action: { status: 200, body: { items: others, _links: next } } })
    }
    emulator.fault({ path: `${FLOW}/connections`, action: { status: 200, body: { items: [match] } } })
    expect(await setup().flow.connections.findByName('Oracle EU', OF_SPEC)).toEqual([
      expect.objectContaining({ id: 'm', name: 'Oracle EU' })
    ])
    expect(flowRequests()).toHaveLength(5)
  })

  it.each<[unknown, string]>([
    [{ items: 'none' }, 'no items list'],
    [{ items: [{ id: 'x', name: 'Oracle EU' }] }, 'a connection without id, name or etag'],
    [{ items: [null] }, 'a connection without id, name or etag'],
    [[], 'not a JSON object']
  ])('refuses a list it cannot read: %j', async (body, problem) => {
    emulator.fault({ path: `${FLOW}/connections`, times: Infinity, action: { status: 200, body } })
    expect(await messageOf(setup().flow.connections.findByName('Oracle EU', OF_SPEC))).toBe(
      `${LIST_OPERATION}: ${NOT_DOCUMENTED} (${problem}) (request id <id>) (gave up after 3 attempts)`
    )
  })
})

describe('FlowServiceClient: one base connection', () => {
  it('creates a connection from the request sent as JSON, and returns its id and etag', async () => {
    const request = connectionRequest()
    const written = await setup().flow.connections.create(request, nothingToRecover)
    const [post, ...others] = flowRequests()
    expect(others).toEqual([])
    expect(post).toMatchObject({ method: 'POST', rawUrl: `${FLOW}/connections`, body: JSON.stringify(request) })
    expect(post?.headers['content-type']).toBe('application/json')
    expect(emulator.connections().map(c => ({ id: c.id, etag: c.etag, name: c.name }))).toEqual([
      { ...written, name: 'Oracle EU' }
    ])
  })

  it('after a 5xx that did create, returns what recover() finds instead of creating again', async () => {
    emulator.fault({ method: 'POST', path: `${FLOW}/connections`, action: { status: 502, commit: true } })
    const { flow, infos } = setup()
    const recover = async (): Promise<Written | undefined> => {
      const [found] = await flow.connections.findByName('Oracle EU', OF_SPEC)
      return found && { id: found.id, etag: found.etag }
    }
    const written = await flow.connections.create(connectionRequest(), recover, {
      operation: 'create the base connection'
    })
    const [stored] = emulator.connections()
    expect(written).toEqual({ id: stored?.id, etag: stored?.etag })
    expect(emulator.connections()).toHaveLength(1)
    expect(flowRequests().map(r => r.method)).toEqual(['POST', 'GET'])
    expect(infos).toEqual(['Create the base connection: HTTP 502; checking whether it went through'])
  })

  it('after an unreadable 201, asks for a re-run instead of creating again', async () => {
    emulator.fault({ method: 'POST', path: `${FLOW}/connections`, action: { status: 201, body: { id: 'made' } } })
    expect(await messageOf(setup().flow.connections.create(connectionRequest(), nothingToRecover))).toBe(
      'Could not create the base connection: HTTP 201 with an answer that is not the JSON Adobe documents (no id and etag) (request id <id>)\n' +
        'Next step: Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except with if-exists=create, which would create another).' +
        more('answer-could-not-be-read')
    )
    expect(flowRequests()).toHaveLength(1)
  })

  it('says so when Flow Service does not know the connection spec', async () => {
    const error = await rejection(
      setup().flow.connections.create(connectionRequest('Oracle EU', 'retired-spec'), nothingToRecover)
    )
    expect(isUnknownSpec(error)).toBe(true)
    expect(await messageOf(Promise.reject(error))).toBe(
      'Could not create the base connection: HTTP 400, code 1413-400: The spec ID provided is invalid. Please provide a valid spec ID and try again. (request id <id>)\n' +
        'Next step: Flow Service does not offer this connection spec to the organization: check "connection-spec-id".' +
        more('1413-connection-spec-not-found')
    )
  })

  it('reads one connection by id', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    expect(await setup().flow.connections.get(stored.id)).toEqual(asRead(stored))
    expect(flowRequests()[0]?.rawUrl).toBe(`${FLOW}/connections/${stored.id}`)
  })

  it('a 404 is no connection', async () => {
    expect(await setup().flow.connections.get(ABSENT)).toBeUndefined()
    expect(flowRequests().map(r => r.rawUrl)).toEqual([`${FLOW}/connections/${ABSENT}`])
  })

  it.each(['a/b', '../../flows/x', 'a%2Fb', ''])('sends nothing for an id that is not a UUID: %j', async id => {
    const { flow } = setup()
    const notUuid = 'the id is not a Flow Service id (a UUID).'
    expect(await messageOf(flow.connections.get(id))).toBe(`Could not read base connection ${id}: ${notUuid}`)
    expect(await messageOf(flow.explore(id))).toBe(`Could not explore base connection ${id}: ${notUuid}`)
    expect(await messageOf(flow.exploreTable(id, 'incidents'))).toBe(
      `Could not explore table "incidents" of base connection ${id}: ${notUuid}`
    )
    expect(flowRequests()).toEqual([])
  })

  it('explains a 404 where the connection must be there', async () => {
    expect(await messageOf(setup().flow.explore(ABSENT))).toBe(
      `Could not explore base connection ${ABSENT}: HTTP 404, code 1101-404: The requested resource is not found. Error from flow provider: Resource with given id does not exist. (request id <id>)\n` +
        'Next step: the resource was not found in this organization and sandbox: check "org-id" and "sandbox-name".' +
        more('404-not-found')
    )
    expect(flowRequests()[0]?.rawUrl).toBe(`${FLOW}/connections/${ABSENT}/explore?objectType=root`)
  })

  it('refuses a read that is not a one-item list', async () => {
    emulator.fault({
      path: `${FLOW}/connections/${ABSENT}`,
      times: Infinity,
      action: { status: 200, body: { items: [] } }
    })
    expect(await messageOf(setup().flow.connections.get(ABSENT))).toBe(
      `Could not read base connection ${ABSENT}: ${NOT_DOCUMENTED} (not a one-item list) (request id <id>) (gave up after 3 attempts)`
    )
  })

  it('patches with If-Match exactly as the etag was returned, and returns the new etag', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const operations = [{ op: 'replace', path: '/name', value: 'Oracle EMEA' }] as const
    const written = await setup().flow.connections.patch(stored.id, stored.etag, operations)
    const [patch] = flowRequests()
    expect(patch).toMatchObject({
      method: 'PATCH',
      rawUrl: `${FLOW}/connections/${stored.id}`,
      body: JSON.stringify(operations)
    })
    expect(patch?.headers).toMatchObject({ 'if-match': stored.etag, 'content-type': 'application/json' })
    expect(stored.etag).toMatch(/^".*"$/)
    const [updated] = emulator.connections()
    expect(written).toEqual({ id: stored.id, etag: updated?.etag })
    expect([updated?.name, written.etag === stored.etag]).toEqual(['Oracle EMEA', false])
  })

  it('explains a patch with an etag that is no longer current', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const message = await messageOf(
      setup().flow.connections.patch(stored.id, '"stale"', [{ op: 'replace', path: '/description', value: 'x' }])
    )
    expect(message).toMatch(
      /^Could not update base connection [0-9a-f-]{36}: HTTP 412, code 1404-412: The supplied version '"stale"' does not match/
    )
    expect(message.split('\n').slice(1).join('\n')).toBe(
      'Next step: the connection changed while it was being updated: run the workflow again.' +
        more('412-1404-version-not-matching')
    )
  })

  it('deletes a connection, and says false when it is already gone', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const { flow } = setup()
    expect([await flow.connections.delete(stored.id), await flow.connections.delete(stored.id)]).toEqual([true, false])
    expect(flowRequests().map(r => `${r.method} ${r.rawUrl}`)).toEqual(
      Array(2).fill(`DELETE ${FLOW}/connections/${stored.id}`)
    )
    expect(emulator.connections()).toEqual([])
  })

  it('throws the other errors of a delete', async () => {
    emulator.fault({
      method: 'DELETE',
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    await expect(setup().flow.connections.delete(ABSENT)).rejects.toMatchObject({
      name: 'AdobeApiError',
      status: 403,
      code: '403025'
    })
  })

  it('explores a connection at the root of the source, and returns its tables by name and path', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    // The emulated Oracle Service Cloud (ORACLE_TABLES): two tables share the name Incidents.
    const tables = await setup().flow.explore(stored.id)
    expect(tables).toEqual([
      { name: 'Incidents', path: 'incidents' },
      { name: 'Contacts', path: 'contacts' },
      { name: 'Organizations', path: 'organizations' },
      { name: 'Answers', path: 'answers' },
      { name: 'Incidents', path: 'archived_incidents' }
    ])
    expect(tables).toEqual(ORACLE_TABLES.map(({ name, path }) => ({ name, path })))
    expect(flowRequests().map(r => `${r.method} ${r.rawUrl}`)).toEqual([
      `GET ${FLOW}/connections/${stored.id}/explore?objectType=root`
    ])
  })

  it('takes the tables of an explore list, skipping other objects and items without path', async () => {
    const body = [
      { type: 'table', name: 'Incidents', path: 'incidents', canPreview: true, canFetchSchema: true },
      { type: 'folder', name: 'Archive', path: 'archive' },
      { type: 'table', name: 'No path' },
      { type: 'table', path: 'unnamed' },
      null
    ]
    emulator.fault({ path: '/explore', action: { status: 200, body } })
    expect(await dataflowSide().explore(ABSENT)).toEqual([
      { name: 'Incidents', path: 'incidents' },
      { name: 'unnamed', path: 'unnamed' }
    ])
  })

  it.each<[string, unknown]>([
    ['an object', { items: [] }],
    ['a number', 42],
    ['null', null]
  ])('refuses an explore answer that is not a list (%s) as not what Adobe documents', async (_, body) => {
    emulator.fault({ path: '/explore', action: { status: 200, body } })
    expect(await messageOf(dataflowSide().explore(ABSENT))).toBe(
      refused(`explore base connection ${ABSENT}`, 'explore did not answer a list')
    )
  })

  it('refuses an explore answer that is not JSON', async () => {
    emulator.fault({ path: '/explore', action: { malformed: true } })
    expect(await messageOf(dataflowSide().explore(ABSENT))).toBe(
      refused(`explore base connection ${ABSENT}`, 'not JSON')
    )
  })

  it('says what the source said when it refuses the stored credentials', async () => {
    const params = { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'wrong' }
    const stored = emulator.seedConnection({ name: 'Oracle EU', params })
    const error = await rejection(setup().flow.explore(stored.id))
    expect(isSourceRejection(error)).toBe(true)
    expect(await messageOf(Promise.reject(error))).toBe(
      `Could not explore base connection ${stored.id}: HTTP 400, code 1100-400: The request could not be processed. Error from flow provider: Rest call failed with client error, status code 401 Unauthorized. (request id <id>)\n` +
        'Next step: Flow Service rejected the request: check the inputs named in the message.' +
        more('400-bad-request')
    )
  })

  it('knows whether a connection spec exists', async () => {
    const { flow } = setup()
    expect(await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)).toBe(true)
    emulator.retireConnectionSpec(ORACLE_SERVICE_CLOUD_SPEC_ID)
    expect(await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)).toBe(false)
    expect(flowRequests().map(r => r.rawUrl)).toEqual(
      Array(2).fill(`${FLOW}/connectionSpecs/${ORACLE_SERVICE_CLOUD_SPEC_ID}`)
    )
  })
})

describe('FlowServiceClient.exploreTable', () => {
  let baseId: string
  beforeEach(() => {
    baseId = emulator.seedConnection({ name: 'Oracle' }).id
  })

  it('reads the columns of a table by its path, as {name, type, xdm}', async () => {
    const columns = await dataflowSide().exploreTable(baseId, 'archived_incidents')
    const text = (name: string) => ({ name, type: 'string', xdm: { type: 'string' } })
    const dateTime = (name: string) => ({
      name,
      type: 'string',
      'meta:xdmType': 'date-time',
      xdm: { type: 'string', format: 'date-time' }
    })
    expect(columns).toEqual([
      text('id'),
      text('lookupName'),
      text('subject'),
      text('status'),
      dateTime('created'),
      dateTime('updated'),
      dateTime('closed')
    ])
    // As explore gives them, meta:xdmType too: they are sent back as they are (table-dataflow-template.md).
    const archived = ORACLE_TABLES.find(t => t.path === 'archived_incidents')
    expect(columns).toEqual(archived?.columns)
    expect(sent(emulator)).toEqual([
      `GET ${FLOW}/connections/${baseId}/explore?objectType=table&object=archived_incidents`
    ])
  })

  it('percent-encodes the path in the URL', async () => {
    const odd: EmulatedTable = {
      name: 'Sales & Orders',
      path: 'dbo/Sales Orders&Co=1?#',
      columns: [{ name: 'order id', type: 'string', xdm: { type: 'string' } }]
    }
    await withEmulator({ tables: [...ORACLE_TABLES, odd] }, async other => {
      const id = other.seedConnection({ name: 'Oracle' }).id
      expect(await dataflowSide(other).exploreTable(id, odd.path)).toEqual([
        { name: 'order id', type: 'string', xdm: { type: 'string' } }
      ])
      expect(sent(other)).toEqual([
        `GET ${FLOW}/connections/${id}/explore?objectType=table&object=dbo%2FSales%20Orders%26Co%3D1%3F%23`
      ])
    })
  })

  it("throws Adobe's error for a table the source does not have (1330), or a display name for a path", async () => {
    for (const path of ['tickets', 'Incidents']) {
      const error = await rejection(dataflowSide().exploreTable(baseId, path))
      expect(error).toBeInstanceOf(AdobeApiError)
      const { details } = error as AdobeApiError
      expect(details.operation.startsWith('explore table')).toBe(true)
      expect(details).toMatchObject({
        operation: `explore table "${path}" of base connection ${baseId}`,
        status: 400,
        code: '1330-400'
      })
      expect(error.message.split('\n')[0]).toBe(
        `Could not explore table "${path}" of base connection ${baseId}: HTTP 400, code 1330-400: No columns were found for table ${path}. Please provide a valid table name and try again. (request id ${details.requestId})`
      )
    }
  })

  it('says what the source said when it refuses the stored credentials', async () => {
    const params = { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'wrong' }
    const stored = emulator.seedConnection({ name: 'Oracle EU', params })
    const error = await rejection(dataflowSide().exploreTable(stored.id, 'incidents'))
    expect(isSourceRejection(error)).toBe(true)
    expect((error as AdobeApiError).details.operation).toBe(`explore table "incidents" of base connection ${stored.id}`)
  })

  it.each<[string, unknown, string]>([
    ['no schema', { format: 'flat' }, 'no schema.columns'],
    ['columns not a list', { format: 'flat', schema: { columns: { id: 'string' } } }, 'no schema.columns'],
    ['a list', [{ name: 'id' }], 'not a JSON object'],
    [
      'a column without a name',
      { schema: { columns: [{ type: 'string', xdm: {} }] } },
      'a column without name, type or xdm'
    ],
    [
      'a column without a type',
      { schema: { columns: [{ name: 'id', xdm: {} }] } },
      'a column without name, type or xdm'
    ],
    [
      'a column without xdm',
      { schema: { columns: [{ name: 'id', type: 'string' }] } },
      'a column without name, type or xdm'
    ],
    ['a null column', { schema: { columns: [null] } }, 'a column without name, type or xdm']
  ])('refuses an answer that is not what Adobe documents: %s', async (_, body, problem) => {
    emulator.fault({ path: '/explore', action: { status: 200, body } })
    expect(await messageOf(dataflowSide().exploreTable(baseId, 'incidents'))).toBe(
      refused(`explore table "incidents" of base connection ${baseId}`, problem)
    )
  })
})

describe('FlowServiceClient.connections.get, as the dataflow action reads its base connection', () => {
  let baseId: string
  beforeEach(() => {
    baseId = emulator.seedConnection({ name: 'Oracle' }).id
  })

  it('reads the base connection by id, with its connection spec and state, sending the gateway headers', async () => {
    const [stored] = emulator.connections()
    expect(await dataflowSide().connections.get(baseId)).toEqual({
      id: baseId,
      etag: stored?.etag,
      name: 'Oracle',
      createdAt: stored?.createdAt,
      sandboxName: 'prod',
      connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC.id,
      connectionSpecVersion: ORACLE_SERVICE_CLOUD_SPEC.version,
      state: 'enabled'
    })
    const request = emulator.requests.at(-1)
    expect(request).toMatchObject({ method: 'GET', rawUrl: `${FLOW}/connections/${baseId}` })
    expect(request?.headers).toMatchObject({
      authorization: expect.stringMatching(/^Bearer emu\./) as unknown as string,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': 'prod',
      accept: 'application/json'
    })
    expect(request?.headers['content-type']).toBeUndefined()
  })

  it("reads the version of the connection's spec as Flow Service gives it", async () => {
    const other = emulator.seedConnection({ name: 'Oracle 2', connectionSpecVersion: '2.0' }).id
    expect(await dataflowSide().connections.get(other)).toMatchObject({ id: other, connectionSpecVersion: '2.0' })
    const item = {
      id: baseId,
      name: 'Oracle',
      etag: '"e"',
      connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: 2 }
    }
    emulator.fault({ path: `/connections/${baseId}`, action: { status: 200, body: { items: [item] } } })
    expect(await dataflowSide().connections.get(baseId)).toMatchObject({
      connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC.id,
      connectionSpecVersion: undefined
    })
  })

  it('is undefined for an id Flow Service does not know (404)', async () => {
    expect(await dataflowSide().connections.get('0b6c6d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBeUndefined()
  })

  it('refuses a list without the connection', async () => {
    emulator.fault({ method: 'GET', path: `/connections/${baseId}`, action: { status: 200, body: { items: [] } } })
    expect(await messageOf(dataflowSide().connections.get(baseId))).toBe(
      refused(`read base connection ${baseId}`, 'not a one-item list')
    )
  })

  it('takes a connection without spec or state as such, but not one without name or etag', async () => {
    const item = { id: baseId, name: 'Oracle', etag: '"e"' }
    emulator.fault({ path: `/connections/${baseId}`, action: { status: 200, body: { items: [item] } } })
    expect(await dataflowSide().connections.get(baseId)).toEqual({
      id: baseId,
      etag: '"e"',
      name: 'Oracle',
      createdAt: undefined,
      sandboxName: undefined,
      connectionSpecId: undefined,
      connectionSpecVersion: undefined,
      state: undefined
    })
    emulator.fault({ path: `/connections/${baseId}`, action: { status: 200, body: { items: [{ id: baseId }] } } })
    expect(await messageOf(dataflowSide().connections.get(baseId))).toBe(
      refused(`read base connection ${baseId}`, 'a connection without id, name or etag')
    )
  })

  it('throws a refusal other than 404', async () => {
    emulator.fault({
      path: `/connections/${baseId}`,
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    const error = await rejection(dataflowSide().connections.get(baseId))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(403)
    expect(error.message).toMatch(new RegExp(`^Could not read base connection ${baseId}: HTTP 403, code 403025`))
  })
})

/** A second flow spec whose name holds a comma (Flow Service reads `name==a,b` as a or b), and a third. */
const COMMA_SPEC: EmulatedFlowSpec = {
  ...structuredClone(CRM_TO_AEP_FLOW_SPEC),
  id: '0b3f2a4e-6f1d-4b8e-9a7c-5d2e1f0a9b8c',
  name: 'CRMToAEP,Batch'
}
const OTHER_SPEC: EmulatedFlowSpec = {
  ...structuredClone(CRM_TO_AEP_FLOW_SPEC),
  id: '7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f',
  name: 'CRMToAEPStream'
}

describe('FlowServiceClient.flowSpec', () => {
  it('finds the flow spec by name, with the schedule minimums of its served schema', async () => {
    const spec = await dataflowSide().flowSpec('CRMToAEP')
    expect(spec).toMatchObject({
      id: CRM_TO_AEP_FLOW_SPEC.id,
      version: '1.0',
      name: 'CRMToAEP',
      sourceConnectionSpecIds: CRM_TO_AEP_FLOW_SPEC.sourceConnectionSpecIds,
      // The listed CRMToAEP (customer-success.md) says nothing of draft mode.
      draftMode: false
    })
    expect(spec?.sourceConnectionSpecIds).toContain(ORACLE_SERVICE_CLOUD_SPEC.id)
    expect(spec?.minimumInterval('minute')).toBe(15)
    expect(spec?.minimumInterval('hour')).toBe(1)
    expect(spec?.minimumInterval('week')).toBe(1)
    expect(spec?.minimumInterval('once')).toBe(1)
    expect(sent(emulator)).toEqual([`GET ${FLOW}/flowSpecs?property=name%3D%3DCRMToAEP`])
  })

  it('reads draft mode from attributes.isDraftModeSupported: the newest CRMToAEP has it', async () => {
    await withEmulator({ crmToAep: 'newest' }, async newest => {
      expect(await dataflowSide(newest).flowSpec('CRMToAEP')).toMatchObject({
        id: CRM_TO_AEP_FLOW_SPEC_NEWEST.id,
        name: 'CRMToAEP',
        // table-dataflow-template.md: the site spec (emulator-only) is listed, Oracle Service Cloud is not.
        sourceConnectionSpecIds: [SITE_BASIC_AUTH_SPEC.id],
        draftMode: true
      })
    })
    // Only true itself: a string or an absent attribute is no draft mode.
    for (const attributes of [{ isDraftModeSupported: 'true' }, { isDraftModeSupported: false }, null]) {
      const item = { id: 'f-1', name: 'CRMToAEP', attributes }
      emulator.fault({ path: '/flowSpecs', action: { status: 200, body: { items: [item] } } })
      expect((await dataflowSide().flowSpec('CRMToAEP'))?.draftMode).toBe(false)
    }
  })

  it('reads the minimums from the schema, nested as Adobe serves it, not from a rule of its own', async () => {
    const schedule = structuredClone(CRM_TO_AEP_FLOW_SPEC.scheduleSpec)
    schedule.spec.else = {
      required: ['interval'],
      if: { properties: { frequency: { const: 'minute' } } },
      then: { properties: { interval: { minimum: 30 } } },
      else: {
        if: { properties: { frequency: { const: 'hour' } } },
        then: { properties: { interval: { minimum: 2 } } },
        else: { properties: { interval: { minimum: 1 } } }
      }
    }
    // A minimum of the schema itself applies to every frequency as well.
    schedule.spec.properties = { ...schedule.spec.properties, interval: { type: 'integer', minimum: 3 } }
    const strict = { ...structuredClone(CRM_TO_AEP_FLOW_SPEC), scheduleSpec: schedule }
    await withEmulator({ flowSpecs: [strict] }, async other => {
      const spec = await dataflowSide(other).flowSpec('CRMToAEP')
      expect(spec?.minimumInterval('minute')).toBe(30)
      expect(spec?.minimumInterval('hour')).toBe(3)
      expect(spec?.minimumInterval('day')).toBe(3)
    })
  })

  it('is undefined for a name Flow Service does not list', async () => {
    expect(await dataflowSide().flowSpec('NoSuchSpec')).toBeUndefined()
    emulator.retireFlowSpec(CRM_TO_AEP_FLOW_SPEC.id)
    expect(await dataflowSide().flowSpec('CRMToAEP')).toBeUndefined()
  })

  it('finds a name with a comma by listing every flow spec, page after page', async () => {
    // Pages of 2: the three flow specs go across pages.
    await withEmulator({ pageSize: 2, flowSpecs: [CRM_TO_AEP_FLOW_SPEC, COMMA_SPEC, OTHER_SPEC] }, async paged => {
      const spec = await dataflowSide(paged).flowSpec(COMMA_SPEC.name)
      expect(spec?.id).toBe(COMMA_SPEC.id)
      expect(spec?.name).toBe('CRMToAEP,Batch')
      const [first, second, ...others] = sent(paged)
      expect(others).toEqual([])
      expect(first).toBe(`GET ${FLOW}/flowSpecs`)
      expect(second).toMatch(new RegExp(`^GET ${FLOW}/flowSpecs\\?continuationToken=`))
    })
  })

  it('takes a spec without version or schedule with the documented defaults', async () => {
    emulator.fault({ path: '/flowSpecs', action: { status: 200, body: { items: [{ id: 'f-1', name: 'CRMToAEP' }] } } })
    const spec = await dataflowSide().flowSpec('CRMToAEP')
    expect(spec).toMatchObject({
      id: 'f-1',
      version: '1.0',
      name: 'CRMToAEP',
      sourceConnectionSpecIds: [],
      draftMode: false
    })
    expect(spec?.minimumInterval('minute')).toBe(15)
    expect(spec?.minimumInterval('day')).toBe(1)
  })

  it('refuses a spec without id or name, and a page without items', async () => {
    for (const item of [{ id: 'f-1' }, null]) {
      emulator.fault({ path: '/flowSpecs', action: { status: 200, body: { items: [item] } } })
      expect(await messageOf(dataflowSide().flowSpec('CRMToAEP'))).toBe(
        refused('look up flow spec "CRMToAEP"', 'a flow spec without id or name')
      )
    }
    emulator.fault({ path: '/flowSpecs', action: { status: 200, body: {} } })
    expect(await messageOf(dataflowSide().flowSpec('CRMToAEP'))).toBe(
      refused('look up flow spec "CRMToAEP"', 'no items list')
    )
  })
})

describe('FlowServiceClient.runsSince', () => {
  it("asks for one dataflow's runs that started after a time, in pages of up to 1,000", async () => {
    await dataflowSide().runsSince('3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a', 1796500000123.7)
    expect(emulator.requests.at(-1)?.query).toEqual({
      property: ['flowId==3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a', 'metrics.durationSummary.startedAtUTC>1796500000123'],
      limit: ['1000']
    })
  })
})

describe('FlowServiceClient.runs', () => {
  it("reads a dataflow's first run once its start time has come: its status and the records it wrote", async () => {
    const adobe = connected(emulator)
    const { flowService } = adobe
    expect(await flowService.runs('f-none')).toEqual([])
    // Created live (the default CRMToAEP has no draft mode), to start in an hour: no run before then.
    const { flow } = await liveChain(adobe, emulator.seedConnection({ name: 'Oracle' }).id, START_TIME + 3600)
    expect((await flowService.flows.get(flow.id))?.state).toBe('enabled')
    expect(await flowService.runs(flow.id)).toEqual([])
    emulator.advanceClock(3600_000)
    const [run] = emulator.runs()
    expect(await flowService.runs(flow.id)).toEqual([
      {
        id: run?.id,
        status: 'success',
        createdAt: run?.createdAt,
        startedAt: run?.metrics.durationSummary.startedAtUTC,
        completedAt: run?.metrics.durationSummary.completedAtUTC,
        recordsRead: 42,
        recordsWritten: 42,
        recordsFailed: 0,
        errors: []
      }
    ])
    expect(emulator.requests.at(-1)?.rawUrl).toBe(`${FLOW}/runs?property=flowId%3D%3D${flow.id}`)
  })

  it("reads a run in progress, and a failed one with Flow Service's errors", async () => {
    await withEmulator({ runDurationMs: 60_000, runStatus: 'Failed', recordsPerRun: 7 }, async other => {
      const adobe = connected(other)
      const { flowService } = adobe
      const { flow } = await liveChain(adobe, other.seedConnection({ name: 'Oracle' }).id)
      expect(await flowService.runs(flow.id)).toMatchObject([{ status: 'inProgress', recordsWritten: 0, errors: [] }])
      other.advanceClock(60_000)
      const [run] = other.runs()
      // What the emulator puts in metrics.statusSummary.errors of a failed run.
      expect(run?.metrics.statusSummary.errors).toEqual([
        { code: 'EMULATED-RUN-FAILURE', message: 'The emulator fails every run (runStatus: Failed).' }
      ])
      expect(await flowService.runs(flow.id)).toEqual([
        {
          id: run?.id,
          status: 'Failed',
          createdAt: run?.createdAt,
          startedAt: run?.metrics.durationSummary.startedAtUTC,
          completedAt: run?.metrics.durationSummary.completedAtUTC,
          recordsRead: 7,
          recordsWritten: 0,
          recordsFailed: 7,
          errors: [{ code: 'EMULATED-RUN-FAILURE', message: 'The emulator fails every run (runStatus: Failed).' }]
        }
      ])
    })
  })

  it("reads the errors of metrics.statusSummary as monitor.md shows them, not the activities' own", async () => {
    // monitor.md (271a9ad9), cut down: the run's statusSummary errors, and an activity's errors besides.
    const run = {
      createdAt: 1596656079576,
      id: '9830305a-985f-47d0-b030-5a985fd7d004',
      flowId: 'c9cef9cb-c934-4467-8ef9-cbc934546741',
      etag: '"b8003af1-0000-0200-0000-5f2b09f10000"',
      metrics: {
        durationSummary: { startedAtUTC: 1596656058198, completedAtUTC: 1596656113306 },
        recordSummary: { inputRecordCount: 100, outputRecordCount: 99, failedRecordCount: 1 },
        statusSummary: {
          status: 'success',
          errors: [{ code: 'CONNECTOR-2001-500', message: 'Error occurred at promotion activity.' }],
          activityRefs: ['promotionActivity']
        }
      },
      activities: [
        {
          id: 'promotionActivity',
          statusSummary: {
            status: 'success',
            errors: [{ code: 'INGEST-1212-400', message: 'Encountered 1 errors in the data.' }]
          }
        }
      ]
    }
    emulator.fault({ path: '/runs', action: { status: 200, body: { items: [run], _links: {} } } })
    expect(await dataflowSide().runs(run.flowId)).toEqual([
      {
        id: run.id,
        status: 'success',
        createdAt: 1596656079576,
        // durationSummary and recordSummary as monitor.md shows them: a success with one failed record.
        startedAt: 1596656058198,
        completedAt: 1596656113306,
        recordsRead: 100,
        recordsWritten: 99,
        recordsFailed: 1,
        errors: [{ code: 'CONNECTOR-2001-500', message: 'Error occurred at promotion activity.' }]
      }
    ])
  })

  it('keeps the errors that say something (a code or a message), and takes errors that are not a list as none', async () => {
    const errors = [{ code: 'X-1-500' }, { message: 'no code' }, null, { code: 7, message: ['m'] }]
    const items = [
      { id: 'r-1', metrics: { statusSummary: { status: 'Failed', errors } } },
      { id: 'r-2', metrics: { statusSummary: { status: 'Failed', errors: { code: 'X' } } } }
    ]
    emulator.fault({ path: '/runs', action: { status: 200, body: { items } } })
    expect((await dataflowSide().runs('f-1')).map(r => r.errors)).toEqual([
      [
        { code: 'X-1-500', message: undefined },
        { code: undefined, message: 'no code' }
      ],
      []
    ])
  })

  it('takes a run without metrics as of unknown status, and refuses one without id', async () => {
    emulator.fault({ path: '/runs', action: { status: 200, body: { items: [{ id: 'r-1' }] } } })
    expect(await dataflowSide().runs('f-1')).toEqual([
      { id: 'r-1', status: 'unknown', createdAt: undefined, recordsWritten: undefined, errors: [] }
    ])
    for (const item of [{ metrics: {} }, null]) {
      emulator.fault({ path: '/runs', action: { status: 200, body: { items: [item] } } })
      expect(await messageOf(dataflowSide().runs('f-1'))).toBe(
        refused('read the runs of dataflow f-1', 'a run without id')
      )
    }
  })
})

describe('FlowServiceClient and rejected tokens', () => {
  const TOKEN_REJECTED = { status: 401, body: { error_code: '401013', message: 'Oauth token is not valid' } }

  it('gets a new token once and repeats the request once when the gateway rejects the token (401013)', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const { flow, infos } = setup()
    await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
    emulator.expireTokens()
    expect(await flow.connections.get(stored.id)).toEqual(asRead(stored))
    expect(emulator.requests.map(r => r.method + (r.path.startsWith(FLOW) ? ' flow' : ' ims'))).toEqual([
      'POST ims',
      'GET flow',
      'GET flow',
      'POST ims',
      'GET flow'
    ])
    const [, first, rejected, , repeated] = emulator.requests
    expect(rejected?.headers.authorization).toBe(first?.headers.authorization)
    expect(repeated?.headers.authorization).not.toBe(rejected?.headers.authorization)
    expect(infos).toEqual([
      'Adobe rejected the access token (401013); got a new one from IMS and repeating the request once'
    ])
  })

  it('repeats only once: a new token rejected too is the error', async () => {
    emulator.fault({ path: `${FLOW}/connections/${ABSENT}`, times: Infinity, action: TOKEN_REJECTED })
    await expect(setup().flow.connections.get(ABSENT)).rejects.toMatchObject({
      status: 401,
      code: '401013',
      hint:
        'the access token was not accepted, though Adobe IMS had just issued it: "ims-url" must be the IMS of the Adobe environment of "platform-url" (https://ims-na1.adobelogin.com for https://platform.adobe.io).' +
        more('401013-oauth-token-is-not-valid')
    })
    expect([imsRequests().length, flowRequests().length]).toEqual([2, 2])
  })

  it('throws at once when a given token is rejected: there is no other', async () => {
    const message = await messageOf(
      setup(emulator, new StaticTokenSource('emu.not-issued')).flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
    )
    expect(message).toBe(
      `Could not read connection spec ${ORACLE_SERVICE_CLOUD_SPEC_ID}: HTTP 401, code 401013: Oauth token is not valid (request id <id>)\n` +
        'Next step: the access token was not accepted: the given "access-token" expired, or it was issued for another Adobe environment or organization. Get a fresh one for "org-id" (or give "client-id" and "client-secret" so that the action gets its own).' +
        more('401013-oauth-token-is-not-valid')
    )
    expect(emulator.requests.map(r => `${r.method} ${r.headers.authorization}`)).toEqual(['GET Bearer emu.not-issued'])
  })
})

describe('FlowServiceClient.serverClockOffsetMs', () => {
  it("reads how far Flow Service's clock is ahead from the Date header of its answers", async () => {
    await withEmulator({ clockOffsetMs: 30_000 }, async skewed => {
      const { flow } = setup(skewed)
      expect(flow.serverClockOffsetMs).toBeUndefined()
      await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
      // The Date header has whole seconds: up to a second less, and the time of the round trip.
      expect(flow.serverClockOffsetMs).toBeGreaterThan(28_500)
      expect(flow.serverClockOffsetMs).toBeLessThanOrEqual(30_000)
    })
  })

  it('stays unknown while no answer has a readable Date header', async () => {
    emulator.fault({
      path: `${FLOW}/connectionSpecs/${ORACLE_SERVICE_CLOUD_SPEC_ID}`,
      action: { status: 200, body: { items: [] }, headers: { date: 'yesterday' } }
    })
    const { flow } = setup()
    await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
    expect(flow.serverClockOffsetMs).toBeUndefined()
  })

  it('is close to zero against a server on time', async () => {
    const { flow } = setup()
    await flow.connections.findByName('Oracle EU', OF_SPEC)
    expect(Math.abs(flow.serverClockOffsetMs ?? Infinity)).toBeLessThan(1500)
  })

  it("is unknown before the first answer, then the platform's clock against ours, whichever service answered", async () => {
    const { flowService, catalog } = connected(emulator)
    expect(flowService.serverClockOffsetMs).toBeUndefined()
    emulator.advanceClock(3_600_000)
    await catalog.dataset(DEMO_DATASET.id)
    // The Date header has whole seconds.
    expect(Math.abs((flowService.serverClockOffsetMs ?? 0) - 3_600_000)).toBeLessThan(2000)
  })
})
