// The IMS token sources and the Flow Service client over real HTTP against the emulator: what
// they send (as the emulator recorded it), what they make of the answers, and their messages.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import type { Emulator, EmulatorOptions, RecordedRequest } from '../../emulator/server.js'
import { DEMO_CLIENT, DEMO_ORACLE, startEmulator } from '../../emulator/server.js'
import { AdobeApiError, describeAnswer, isSourceRejection, isUnknownSpec } from '../../src/adobe/errors.js'
import { ConnectionRequest, FlowServiceClient, Written } from '../../src/adobe/flow-service.js'
import { ImsTokenSource, StaticTokenSource, TokenSource } from '../../src/adobe/ims.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { DEFAULT_RETRY, Transport } from '../../src/http/transport.js'

const emulator = await startEmulator()
afterAll(() => emulator.close())

// ImsTokenSource masks each token on stdout (::add-mask::); kept here instead of in the test output.
let stdout: string[] = []
beforeEach(() => {
  emulator.reset()
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => stdout.push(String(chunk)) > 0)
})
afterEach(() => {
  jest.restoreAllMocks()
})

const FLOW = '/data/foundation/flowservice'
const SCOPES = 'openid,AdobeID,read_organizations'
const IMS_OPERATION = 'Could not get an access token from Adobe IMS'
const NOT_DOCUMENTED = 'HTTP 200 with an answer that is not the JSON Adobe documents'
const LIST_OPERATION = 'Could not look up existing base connections'

function setup(target: Emulator = emulator, tokens?: TokenSource, clientSecret = DEMO_CLIENT.clientSecret) {
  const infos: string[] = []
  const log = { info: (message: string) => infos.push(message), debug: () => undefined }
  const transport = new Transport(
    { ...DEFAULT_RETRY, maxAttempts: 3, timeoutMs: 2000, sleep: async () => {} },
    log,
    describeAnswer
  )
  const ims = new ImsTokenSource(transport, target.url, {
    clientId: DEMO_CLIENT.clientId,
    clientSecret,
    scopes: SCOPES
  })
  const settings = {
    platformUrl: target.url,
    apiKey: DEMO_CLIENT.clientId,
    orgId: DEMO_CLIENT.orgId,
    sandboxName: 'prod'
  }
  const flow = new FlowServiceClient(transport, settings, tokens ?? ims, log)
  return { ims, flow, infos }
}

/** Runs a test against an emulator of its own, with other options. */
async function withEmulator(options: EmulatorOptions, test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(options)
  try {
    await test(other)
  } finally {
    await other.close()
  }
}

/** The error a promise rejects with (failing the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    value => {
      throw new Error(`expected a rejection, got ${String(value)}`)
    },
    (error: Error) => error
  )
}

/** The message a promise rejects with, its request id (a random UUID) replaced by <id>. */
async function messageOf(promise: Promise<unknown>): Promise<string> {
  return (await rejection(promise)).message.replace(/request id [0-9a-f-]{36}/, 'request id <id>')
}

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

const nothingToRecover = (): Promise<Written | undefined> => Promise.resolve(undefined)

describe('ImsTokenSource', () => {
  it('posts the client credentials as a form body, and masks the token the moment it arrives', async () => {
    const token = await setup().ims.token()
    expect(token).toMatch(/^emu\./)
    const [request, ...others] = emulator.requests
    expect(others).toEqual([])
    expect(request).toMatchObject({
      method: 'POST',
      rawUrl: '/ims/token/v3',
      body: 'grant_type=client_credentials&client_id=demo-client-id&client_secret=demo-client-secret&scope=openid%2CAdobeID%2Cread_organizations'
    })
    expect(request?.headers).toMatchObject({
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json'
    })
    expect(stdout).toContain(`::add-mask::${token}\n`)
  })

  it('keeps the token, and refresh() fetches a new one that later calls get', async () => {
    const { ims } = setup()
    const [first, again] = await Promise.all([ims.token(), ims.token()])
    expect(again).toBe(first)
    expect(imsRequests()).toHaveLength(1)
    const fresh = await ims.refresh()
    expect(fresh).not.toBe(first)
    expect(await ims.token()).toBe(fresh)
    expect(imsRequests()).toHaveLength(2)
  })

  it('says what IMS said when it rejects the credentials, with the next step, and does not retry', async () => {
    const { ims } = setup(emulator, undefined, 'rotated-secret')
    const error = await rejection(ims.token())
    expect(error).toBeInstanceOf(AdobeApiError)
    expect(await messageOf(Promise.reject(error))).toBe(
      `${IMS_OPERATION}: HTTP 400, code invalid_client: invalid client_secret parameter (request id <id>)\n` +
        'Next step: Adobe IMS rejected the client credentials: check "client-id" and "client-secret" (was the secret rotated?) and that the credential is OAuth Server-to-Server.'
    )
    expect(imsRequests()).toHaveLength(1)
  })

  it('gives a next step about IMS, not Flow Service, for an IMS error it has no special word for', async () => {
    emulator.fault({
      path: '/ims/token/v3',
      action: { status: 400, body: { error: 'invalid_request', error_description: 'missing grant_type parameter' } }
    })
    expect(await messageOf(setup().ims.token())).toBe(
      `${IMS_OPERATION}: HTTP 400, code invalid_request: missing grant_type parameter (request id <id>)\n` +
        'Next step: Adobe IMS did not issue a token: check "client-id", "client-secret" and "scopes" against the OAuth Server-to-Server credential in Adobe Developer Console.'
    )
  })

  it('knows its tokens come from client credentials; a static one, from "access-token"', () => {
    expect([setup().ims.credentials, new StaticTokenSource('t').credentials]).toEqual(['client', 'token'])
  })

  it.each([{ token_type: 'bearer' }, { access_token: '' }, { access_token: 42 }])(
    'refuses an answer without an access token: %j',
    async body => {
      emulator.fault({ path: '/ims/token/v3', times: Infinity, action: { status: 200, body } })
      expect(await messageOf(setup().ims.token())).toBe(
        `${IMS_OPERATION}: ${NOT_DOCUMENTED} (no access_token) (request id <id>) (gave up after 3 attempts)`
      )
      expect(imsRequests()).toHaveLength(3)
    }
  )
})

describe('StaticTokenSource', () => {
  it('gives the token it was given, and no other', async () => {
    const tokens = new StaticTokenSource('given-token')
    expect([await tokens.token(), await tokens.refresh()]).toEqual(['given-token', undefined])
  })
})

describe('FlowServiceClient.findByName', () => {
  it('sends the name and spec filters with the gateway headers, and returns the matches', async () => {
    const wanted = emulator.seedConnection({ name: 'Oracle EU' })
    emulator.seedConnection({ name: 'Oracle US' })
    const { flow, ims } = setup()
    expect(await flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)).toEqual([asRead(wanted)])
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
    expect(await flow.findByName('Oracle, EU', ORACLE_SERVICE_CLOUD_SPEC_ID)).toEqual([asRead(wanted)])
    expect(flowRequests()[0]?.query).toEqual({ property: [`connectionSpec.id==${ORACLE_SERVICE_CLOUD_SPEC_ID}`] })
  })

  it('follows next links page by page, keeping their "==" continuation tokens as they are', async () => {
    await withEmulator({ pageSize: 2 }, async paged => {
      const wanted = Array.from({ length: 5 }, () => paged.seedConnection({ name: 'Oracle EU' }))
      const { flow } = setup(paged)
      const found = await flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)
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
    emulator.fault({ method: 'GET', path: `${FLOW}/connections`, action: { status: 200, body: { items } } })
    expect(await setup().flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)).toEqual([
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
  })

  it('follows a next link absolute on the platform origin, or under /data/', async () => {
    const page = (id: string, next?: string) => ({
      status: 200,
      body: { items: [{ id, name: 'Oracle EU', etag: '"e"' }], ...(next ? { _links: { next: { href: next } } } : {}) }
    })
    emulator.fault({ path: `${FLOW}/connections`, action: page('a', `${emulator.url}${FLOW}/connections?page=2`) })
    emulator.fault({ path: `${FLOW}/connections`, action: page('b', `${FLOW}/connections?page=3`) })
    emulator.fault({ path: `${FLOW}/connections`, action: page('c', '') })
    const found = await setup().flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)
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
  ])('refuses to send the token to a next link outside platform-url: %s', async href => {
    emulator.fault({
      path: `${FLOW}/connections`,
      action: { status: 200, body: { items: [], _links: { next: { href } } } }
    })
    expect(await messageOf(setup().flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID))).toBe(
      `${LIST_OPERATION}: the answer gave a next-page link outside "platform-url".`
    )
    expect(flowRequests()).toHaveLength(1)
  })

  it('stops when a next link repeats', async () => {
    const body = { items: [], _links: { next: { href: '/connections?continuationToken=same==' } } }
    emulator.fault({ path: `${FLOW}/connections`, times: Infinity, action: { status: 200, body } })
    expect(await messageOf(setup().flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID))).toBe(
      `${LIST_OPERATION}: the list did not end after 2 pages.`
    )
    expect(flowRequests().map(r => r.rawUrl)).toEqual([
      expect.stringMatching(/\?property=/),
      `${FLOW}/connections?continuationToken=same==`
    ])
  })

  it.each<[unknown, string]>([
    [{ items: 'none' }, 'no items list'],
    [{ items: [{ id: 'x', name: 'Oracle EU' }] }, 'a connection without id, name or etag'],
    [{ items: [null] }, 'a connection without id, name or etag'],
    [[], 'not a JSON object']
  ])('refuses a list it cannot read: %j', async (body, problem) => {
    emulator.fault({ path: `${FLOW}/connections`, times: Infinity, action: { status: 200, body } })
    expect(await messageOf(setup().flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID))).toBe(
      `${LIST_OPERATION}: ${NOT_DOCUMENTED} (${problem}) (request id <id>) (gave up after 3 attempts)`
    )
  })
})

describe('FlowServiceClient: one connection', () => {
  it('creates a connection from the request sent as JSON, and returns its id and etag', async () => {
    const request = connectionRequest()
    const written = await setup().flow.create(request, nothingToRecover)
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
      const [found] = await flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)
      return found && { id: found.id, etag: found.etag }
    }
    const written = await flow.create(connectionRequest(), recover)
    const [stored] = emulator.connections()
    expect(written).toEqual({ id: stored?.id, etag: stored?.etag })
    expect(emulator.connections()).toHaveLength(1)
    expect(flowRequests().map(r => r.method)).toEqual(['POST', 'GET'])
    expect(infos).toEqual(['Create the base connection: HTTP 502; checking whether it went through'])
  })

  it('after an unreadable 201, asks for a re-run instead of creating again', async () => {
    emulator.fault({ method: 'POST', path: `${FLOW}/connections`, action: { status: 201, body: { id: 'made' } } })
    expect(await messageOf(setup().flow.create(connectionRequest(), nothingToRecover))).toBe(
      'Could not create the base connection: HTTP 201 with an answer that is not the JSON Adobe documents (no id and etag) (request id <id>)\n' +
        'Next step: Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except the base connection action with if-exists=create, which would create another).'
    )
    expect(flowRequests()).toHaveLength(1)
  })

  it('says so when Flow Service does not know the connection spec', async () => {
    const error = await rejection(setup().flow.create(connectionRequest('Oracle EU', 'retired-spec'), nothingToRecover))
    expect(isUnknownSpec(error)).toBe(true)
    expect(await messageOf(Promise.reject(error))).toBe(
      'Could not create the base connection: HTTP 400, code 1413-400: The spec ID provided is invalid. Please provide a valid spec ID and try again. (request id <id>)\n' +
        'Next step: Flow Service does not offer this connection spec to the organization: check "connection-spec-id".'
    )
  })

  it('reads one connection by id', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    expect(await setup().flow.get(stored.id)).toEqual(asRead(stored))
    expect(flowRequests()[0]?.rawUrl).toBe(`${FLOW}/connections/${stored.id}`)
  })

  it('encodes the id in the path, and explains a 404', async () => {
    expect(await messageOf(setup().flow.get('a/b'))).toBe(
      'Could not read base connection a/b: HTTP 404, code 1101-404: The requested resource is not found. Error from flow provider: Resource with given id does not exist. (request id <id>)\n' +
        'Next step: the resource was not found in this organization and sandbox: check "org-id" and "sandbox-name".'
    )
    expect(flowRequests()[0]?.rawUrl).toBe(`${FLOW}/connections/a%2Fb`)
  })

  it('refuses a read that is not a one-item list', async () => {
    emulator.fault({ path: `${FLOW}/connections/c-1`, times: Infinity, action: { status: 200, body: { items: [] } } })
    expect(await messageOf(setup().flow.get('c-1'))).toBe(
      `Could not read base connection c-1: ${NOT_DOCUMENTED} (not a one-item list) (request id <id>) (gave up after 3 attempts)`
    )
  })

  it('patches with If-Match exactly as the etag was returned, and returns the new etag', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const operations = [{ op: 'replace', path: '/name', value: 'Oracle EMEA' }] as const
    const written = await setup().flow.patch(stored.id, stored.etag, operations)
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
      setup().flow.patch(stored.id, '"stale"', [{ op: 'replace', path: '/description', value: 'x' }])
    )
    expect(message).toMatch(
      /^Could not update base connection [0-9a-f-]{36}: HTTP 412, code 1404-412: The supplied version '"stale"' does not match/
    )
    expect(message.split('\n')[1]).toBe(
      'Next step: the connection changed while it was being updated: run the workflow again.'
    )
  })

  it('deletes a connection, and says false when it is already gone', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const { flow } = setup()
    expect([await flow.delete(stored.id), await flow.delete(stored.id)]).toEqual([true, false])
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
    await expect(setup().flow.delete('c-1')).rejects.toMatchObject({
      name: 'AdobeApiError',
      status: 403,
      code: '403025'
    })
  })

  it('explores a connection at the root of the source', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    await expect(setup().flow.explore(stored.id)).resolves.toBeUndefined()
    expect(flowRequests()[0]?.rawUrl).toBe(`${FLOW}/connections/${stored.id}/explore?objectType=root`)
  })

  it('says what the source said when it refuses the stored credentials', async () => {
    const params = { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: 'wrong' }
    const stored = emulator.seedConnection({ name: 'Oracle EU', params })
    const error = await rejection(setup().flow.explore(stored.id))
    expect(isSourceRejection(error)).toBe(true)
    expect(await messageOf(Promise.reject(error))).toBe(
      `Could not explore base connection ${stored.id}: HTTP 400, code 1100-400: The request could not be processed. Error from flow provider: Rest call failed with client error, status code 401 Unauthorized. (request id <id>)\n` +
        'Next step: Flow Service rejected the request: check the inputs named in the message.'
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

describe('FlowServiceClient and rejected tokens', () => {
  const TOKEN_REJECTED = { status: 401, body: { error_code: '401013', message: 'Oauth token is not valid' } }

  it('gets a new token once and repeats the request once when the gateway rejects the token (401013)', async () => {
    const stored = emulator.seedConnection({ name: 'Oracle EU' })
    const { flow, infos } = setup()
    await flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
    emulator.expireTokens()
    expect(await flow.get(stored.id)).toEqual(asRead(stored))
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
    emulator.fault({ path: `${FLOW}/connections/c-1`, times: Infinity, action: TOKEN_REJECTED })
    await expect(setup().flow.get('c-1')).rejects.toMatchObject({
      status: 401,
      code: '401013',
      hint: 'the access token was not accepted, though Adobe IMS had just issued it: "ims-url" must be the IMS of the Adobe environment of "platform-url" (https://ims-na1.adobelogin.com for https://platform.adobe.io).'
    })
    expect([imsRequests().length, flowRequests().length]).toEqual([2, 2])
  })

  it('throws at once when a given token is rejected: there is no other', async () => {
    const message = await messageOf(
      setup(emulator, new StaticTokenSource('emu.not-issued')).flow.connectionSpecExists(ORACLE_SERVICE_CLOUD_SPEC_ID)
    )
    expect(message).toBe(
      `Could not read connection spec ${ORACLE_SERVICE_CLOUD_SPEC_ID}: HTTP 401, code 401013: Oauth token is not valid (request id <id>)\n` +
        'Next step: the access token was not accepted: the given "access-token" expired, or it was issued for another Adobe environment or organization. Get a fresh one for "org-id" (or give "client-id" and "client-secret" so that the action gets its own).'
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
    await flow.findByName('Oracle EU', ORACLE_SERVICE_CLOUD_SPEC_ID)
    expect(Math.abs(flow.serverClockOffsetMs ?? Infinity)).toBeLessThan(1500)
  })
})
