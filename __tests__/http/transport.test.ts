// The transport over real HTTP: against the emulator, and against a small node:http server of the
// test's own for what the emulator cannot send (bodies of a given size, a body cut off mid-way).
// The sleep is injected, so retries run in milliseconds.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startEmulator } from '../../emulator/server.js'
import { AdobeContext, describeAnswer, explainFailure, notDocumented, readJsonObject } from '../../src/adobe/errors.js'
import { wording } from '../../src/base-connection/describe.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import {
  DEFAULT_RETRY,
  headerValue,
  HttpRequest,
  HttpResponse,
  HttpStatusError,
  NetworkFailure,
  RetryPolicy,
  SendOptions,
  Transport,
  TransportError,
  UnreadableAnswerError
} from '../../src/http/transport.js'
import { closedPort } from '../support/net.js'
import { startProxy } from '../support/proxy.js'
import { more } from '../support/troubleshooting.js'

const emulator = await startEmulator()
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const PATH = `/data/foundation/flowservice/connectionSpecs/${ORACLE_SERVICE_CLOUD_SPEC_ID}`
/** Experience Platform, as the base connection action words Adobe's advice (the next steps come from its wording). */
const WORDED: AdobeContext = { service: 'platform', wording }
const NEXT_STEP_NETWORK =
  'Next step: check the runner\'s network and proxy settings (HTTPS_PROXY, NO_PROXY); raise "timeout-seconds" if Adobe is slow.' +
  more('network-failure-or-no-answer-in-time')

function setup(policy: Partial<RetryPolicy> = {}, describeHook?: (response: HttpResponse) => string) {
  const sleeps: number[] = []
  const infos: string[] = []
  const debugs: string[] = []
  const transport = new Transport(
    {
      ...DEFAULT_RETRY,
      maxAttempts: 4,
      timeoutMs: 2000,
      random: () => 0.5,
      sleep: ms => {
        sleeps.push(ms)
        return Promise.resolve()
      },
      ...policy
    },
    { info: message => infos.push(message), debug: message => debugs.push(message) },
    describeHook
  )
  const request = (overrides: Partial<HttpRequest> = {}): HttpRequest => ({
    operation: 'read connection spec',
    method: 'GET',
    url: `${emulator.url}${PATH}`,
    headers: {
      Authorization: `Bearer ${emulator.issueToken()}`,
      'x-api-key': 'demo-client-id',
      'x-gw-ims-org-id': '0123456789ABCDEF01234567@AdobeOrg',
      'x-sandbox-name': 'prod'
    },
    ...overrides
  })
  /** Sends the request with `status` as its reader, and any other options. */
  const send = (overrides: Partial<HttpRequest> = {}, options: Partial<SendOptions<unknown>> = {}): Promise<unknown> =>
    transport.send(request(overrides), { read: status, ...options })
  return { transport, sleeps, infos, debugs, request, send }
}

/** A reader as the Adobe clients write them: an answer that is not a JSON object is malformed. */
const status = (response: HttpResponse): number => {
  readJsonObject(response)
  return response.status
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

/** A recover() that counts its calls and answers `found`. */
function recoverer(found: string | undefined) {
  const calls = { count: 0 }
  const recover = (): Promise<string | undefined> => {
    calls.count++
    return Promise.resolve(found)
  }
  return { calls, recover }
}

const hits = (): number => emulator.requests.filter(r => r.path === PATH).length
const host = (): string => new URL(emulator.url).host
/** A message with its request id (a random UUID) replaced by <id>. */
const withoutId = (message: string): string => message.replace(/request id [0-9a-f-]{36}/, 'request id <id>')

describe('Transport retry policy', () => {
  it('retries 500, 502, 503, 504 with exponential backoff and full jitter, logging each reason', async () => {
    for (const code of [500, 502, 503, 504])
      emulator.fault({ path: PATH, action: { status: code, body: { errorMessage: 'busy' } } })
    const { send, sleeps, infos, debugs } = setup({ maxAttempts: 5 })
    await expect(send()).resolves.toBe(200)
    // random() = 0.5 of a ceiling of 500 ms doubling each attempt.
    expect(sleeps).toEqual([250, 500, 1000, 2000])
    expect(infos).toEqual([
      'Read connection spec: HTTP 500; waiting 0.3 s before attempt 2 of 5',
      'Read connection spec: HTTP 502; waiting 0.5 s before attempt 3 of 5',
      'Read connection spec: HTTP 503; waiting 1 s before attempt 4 of 5',
      'Read connection spec: HTTP 504; waiting 2 s before attempt 5 of 5'
    ])
    expect(debugs.slice(0, 2)).toEqual([`GET ${PATH}`, `GET ${PATH}: HTTP 500`])
    expect(debugs.at(-1)).toBe(`GET ${PATH}: HTTP 200`)
  })

  it('caps the backoff at its maximum', async () => {
    emulator.fault({ path: PATH, times: 3, action: { status: 503 } })
    const { send, sleeps } = setup({ random: () => 0.999, maxDelayMs: 600 })
    await send()
    expect(sleeps).toEqual([500, 599, 599])
  })

  it('honours Retry-After in seconds and as an HTTP date, capped', async () => {
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '3' } } })
    emulator.fault({
      path: PATH,
      action: { status: 503, headers: { 'Retry-After': new Date(Date.now() + 10_000).toUTCString() } }
    })
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '86400' } } })
    const { send, sleeps, infos } = setup()
    await send()
    expect(sleeps[0]).toBe(3000)
    // The date has whole seconds: between 9 and 10 s from when it was written.
    expect(sleeps[1]).toBeGreaterThan(8000)
    expect(sleeps[1]).toBeLessThanOrEqual(10_000)
    expect(sleeps[2]).toBe(60_000)
    expect(infos[0]).toBe('Read connection spec: HTTP 429; as Retry-After asks, waiting 3 s before attempt 2 of 4')
    expect(infos[2]).toBe('Read connection spec: HTTP 429; as Retry-After asks, waiting 60 s before attempt 4 of 4')
  })

  it('waits nothing for a Retry-After date in the past, and backs off as usual for an unreadable or empty one', async () => {
    emulator.fault({ path: PATH, action: { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' } } })
    emulator.fault({ path: PATH, action: { status: 503, headers: { 'Retry-After': 'soon' } } })
    emulator.fault({ path: PATH, action: { status: 503, headers: { 'Retry-After': '' } } })
    const { send, sleeps, infos } = setup()
    await send()
    expect(sleeps).toEqual([0, 500, 1000])
    expect(infos).toEqual([
      'Read connection spec: HTTP 503; as Retry-After asks, waiting 0 s before attempt 2 of 4',
      'Read connection spec: HTTP 503; waiting 0.5 s before attempt 3 of 4',
      'Read connection spec: HTTP 503; waiting 1 s before attempt 4 of 4'
    ])
  })

  it('names answers in log lines with the describe hook', async () => {
    emulator.fault({
      path: PATH,
      action: {
        status: 429,
        body: { error_code: '429001', message: 'Too many requests' },
        headers: { 'Retry-After': '1' }
      }
    })
    const { send, infos, debugs } = setup({}, describeAnswer)
    await send()
    expect(infos).toEqual([
      'Read connection spec: HTTP 429 (429001); as Retry-After asks, waiting 1 s before attempt 2 of 4'
    ])
    expect(debugs).toEqual([`GET ${PATH}`, `GET ${PATH}: HTTP 429 (429001)`, `GET ${PATH}`, `GET ${PATH}: HTTP 200`])
  })

  it('does not retry other 4xx', async () => {
    emulator.fault({ path: PATH, action: { status: 400, body: { errorMessage: 'bad' } } })
    const { send, sleeps } = setup()
    const error = await rejection(send())
    expect(error).toBeInstanceOf(HttpStatusError)
    expect(error).toMatchObject({ message: 'Could not read connection spec: HTTP 400', attempts: 1, gaveUp: false })
    expect((error as HttpStatusError).response.text).toBe('{"errorMessage":"bad"}')
    expect(withoutId((explainFailure(error, WORDED) as Error).message)).toBe(
      'Could not read connection spec: HTTP 400: bad (request id <id>)\nNext step: Flow Service rejected the request: check the inputs named in the message.' +
        more('400-bad-request')
    )
    expect(hits()).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('makes at most max-attempts attempts and says so', async () => {
    emulator.fault({
      path: PATH,
      times: Infinity,
      action: { status: 503, body: { error_code: '503', message: 'Service Unavailable' } }
    })
    const { send, sleeps } = setup({ maxAttempts: 3 })
    const error = await rejection(send())
    expect(hits()).toBe(3)
    expect(sleeps).toHaveLength(2)
    expect(error).toMatchObject({ name: 'HttpStatusError', attempts: 3, gaveUp: true })
    expect(withoutId((explainFailure(error, WORDED) as Error).message).split('\n')[0]).toBe(
      'Could not read connection spec: HTTP 503, code 503: Service Unavailable (request id <id>) (gave up after 3 attempts)'
    )
  })

  it('retries a reset connection and a malformed answer on a read', async () => {
    emulator.fault({ path: PATH, action: { reset: true } })
    emulator.fault({ path: PATH, action: { malformed: true } })
    const { send, infos } = setup()
    await expect(send()).resolves.toBe(200)
    expect(hits()).toBe(3)
    expect(infos).toEqual([
      'Read connection spec: the connection was reset; waiting 0.3 s before attempt 2 of 4',
      'Read connection spec: HTTP 200 with an answer that is not the JSON Adobe documents (not JSON); waiting 0.5 s before attempt 3 of 4'
    ])
  })

  it('bounds a hung request by the time limit', async () => {
    emulator.fault({ path: PATH, action: { hang: true } })
    const { send, infos } = setup({ timeoutMs: 300 })
    const started = Date.now()
    await expect(send()).resolves.toBe(200)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(infos).toEqual(['Read connection spec: no answer within 0.3 s; waiting 0.3 s before attempt 2 of 4'])
  })

  it('bounds a body that never ends by the same time limit', async () => {
    emulator.fault({ path: PATH, action: { stallBody: true } })
    const { send } = setup({ maxAttempts: 1, timeoutMs: 300 })
    const error = await rejection(send())
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({
      failure: 'timeout',
      code: undefined,
      attempts: 1,
      gaveUp: true,
      message: `Could not read connection spec: no answer within 0.3 s (${host()})`
    })
  })

  it('retries a refused connection, and fails clearly when it stays refused', async () => {
    const port = await closedPort()
    const { send, infos } = setup({ maxAttempts: 2 })
    const error = await rejection(send({ url: `http://127.0.0.1:${port}/nothing` }))
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({
      failure: 'refused',
      code: 'ECONNREFUSED',
      neverSent: true,
      attempts: 2,
      gaveUp: true
    })
    expect(infos).toEqual(['Read connection spec: the connection was refused; waiting 0.3 s before attempt 2 of 2'])
    expect((explainFailure(error, WORDED) as Error).message).toBe(
      `Could not read connection spec: the connection was refused (127.0.0.1:${port}) (gave up after 2 attempts)\n${NEXT_STEP_NETWORK}`
    )
  })

  it('lets a reader reject an answer as malformed', async () => {
    const { send } = setup({ maxAttempts: 1 })
    const error = await rejection(
      send(
        {},
        {
          read: () => {
            throw notDocumented('no id and etag')
          }
        }
      )
    )
    expect(error).toBeInstanceOf(UnreadableAnswerError)
    expect(error).toMatchObject({
      problem: 'an answer that is not the JSON Adobe documents (no id and etag)',
      attempts: 1,
      gaveUp: true
    })
    expect(withoutId((explainFailure(error, WORDED) as Error).message)).toBe(
      'Could not read connection spec: HTTP 200 with an answer that is not the JSON Adobe documents (no id and etag) (request id <id>) (gave up after 1 attempt)'
    )
  })

  it('lets any other error of a reader through at once', async () => {
    const bug = new TypeError('reader bug')
    const { send } = setup()
    await expect(
      send(
        {},
        {
          read: () => {
            throw bug
          }
        }
      )
    ).rejects.toBe(bug)
    expect(hits()).toBe(1)
  })

  it('lets an invalid URL through as the TypeError it is, sending nothing', async () => {
    const { send } = setup()
    await expect(send({ url: 'not a url' })).rejects.toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_URL' })
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('Transport errors told apart by code', () => {
  it('does not retry a request Node refuses to send (a header value with a line break)', async () => {
    const { send, sleeps } = setup()
    const error = await rejection(send({ headers: { 'x-api-key': 'demo\nclient' } }))
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({
      failure: 'other',
      code: 'ERR_INVALID_CHAR',
      attempts: 1,
      gaveUp: false
    })
    // Node's message; under Jest the error comes from another realm and is named in full.
    expect(error.message).toMatch(
      /^Could not read connection spec: the request could not be sent to 127\.0\.0\.1:\d+ \((TypeError \[ERR_INVALID_CHAR\]: )?Invalid character in header content \["x-api-key"\]\)$/
    )
    expect(sleeps).toEqual([])
    expect(emulator.requests).toHaveLength(0)
  })

  it('does not retry a TLS certificate the runner does not trust', async () => {
    const fixture = (name: string): Buffer => readFileSync(new URL(`../../harness/tls/${name}`, import.meta.url))
    const tls = await startEmulator({ tls: { key: fixture('server-key.pem'), cert: fixture('server.pem') } })
    try {
      const { send, sleeps } = setup()
      const error = await rejection(send({ url: `${tls.url}${PATH}` }))
      const tlsHost = new URL(tls.url).host
      expect(error).toBeInstanceOf(TransportError)
      expect(error).toMatchObject({
        failure: 'tls',
        code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        attempts: 1,
        gaveUp: false,
        message: `Could not read connection spec: the TLS certificate of ${tlsHost} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`
      })
      expect(sleeps).toEqual([])
      expect(tls.requests).toHaveLength(0)
    } finally {
      await tls.close()
    }
  })

  // TLS and other failures name the host in their reason already.
  it.each<[NetworkFailure, boolean, boolean, string]>([
    ['reset', false, true, 'Could not x: why (h:1)'],
    ['refused', true, true, 'Could not x: why (h:1)'],
    ['dns', true, true, 'Could not x: why (h:1)'],
    ['unreachable', true, true, 'Could not x: why (h:1)'],
    ['timeout', false, true, 'Could not x: why (h:1)'],
    ['aborted', false, true, 'Could not x: why (h:1)'],
    ['closed', false, true, 'Could not x: why (h:1)'],
    ['too-large', false, false, 'Could not x: why (h:1)'],
    ['tls', false, false, 'Could not x: why'],
    ['other', false, false, 'Could not x: why']
  ])('failure %s: neverSent %s, retryable %s, message "%s"', (failure, neverSent, retryable, message) => {
    const error = new TransportError('x', failure, undefined, 'why', 'h:1')
    expect({ neverSent: error.neverSent, retryable: error.retryable, message: error.message }).toEqual({
      neverSent,
      retryable,
      message
    })
  })

  it('sleeps for real by default', async () => {
    const started = Date.now()
    await DEFAULT_RETRY.sleep(30)
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
  })

  it('reads the first value of a repeated header', () => {
    expect([headerValue(['1', '2']), headerValue('3'), headerValue(undefined)]).toEqual(['1', '3', undefined])
  })
})

describe('Transport recover() for requests that must not happen twice', () => {
  it('before repeating a request whose outcome is unknown (a 5xx), asks recover() and returns what it found', async () => {
    emulator.fault({ path: PATH, action: { status: 502 } })
    const { send, sleeps, infos } = setup()
    const { calls, recover } = recoverer('found')
    const result = await send({ method: 'POST', body: '{}' }, { read: () => 'sent', recover })
    expect({ result, recovered: calls.count, hits: hits(), sleeps }).toEqual({
      result: 'found',
      recovered: 1,
      hits: 1,
      sleeps: []
    })
    expect(infos).toEqual(['Read connection spec: HTTP 502; checking whether it went through'])
  })

  it('repeats a request whose outcome is unknown (a lost connection) when recover() finds nothing', async () => {
    emulator.fault({ path: PATH, action: { reset: true, commit: true } })
    const { send, infos } = setup()
    const { calls, recover } = recoverer(undefined)
    const result = await send({}, { read: () => 'sent', recover })
    expect({ result, recovered: calls.count, hits: hits() }).toEqual({ result: 'sent', recovered: 1, hits: 2 })
    expect(infos).toEqual([
      'Read connection spec: the connection was reset; checking whether it went through',
      'Read connection spec: the connection was reset; waiting 0.3 s before attempt 2 of 4'
    ])
  })

  it('asks recover() even after the last attempt, so nothing made is lost', async () => {
    emulator.fault({ path: PATH, times: Infinity, action: { status: 503 } })
    const found = recoverer('found')
    await expect(setup({ maxAttempts: 1 }).send({}, { read: () => 'sent', recover: found.recover })).resolves.toBe(
      'found'
    )
    const nothing = recoverer(undefined)
    const error = await rejection(setup({ maxAttempts: 1 }).send({}, { read: () => 'sent', recover: nothing.recover }))
    expect(error).toMatchObject({ name: 'HttpStatusError', attempts: 1, gaveUp: true })
    expect([found.calls.count, nothing.calls.count, hits()]).toEqual([1, 1, 2])
  })

  it('repeats a refused (429) request without asking recover()', async () => {
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '0' } } })
    const { send } = setup()
    const { calls, recover } = recoverer(undefined)
    const result = await send({}, { read: () => 'sent', recover })
    expect({ result, recovered: calls.count, hits: hits() }).toEqual({ result: 'sent', recovered: 0, hits: 2 })
  })

  it('repeats a refused connection without asking recover(): it cannot have been sent', async () => {
    const { send } = setup({ maxAttempts: 2 })
    const { calls, recover } = recoverer('found')
    const error = await rejection(send({ url: `http://127.0.0.1:${await closedPort()}/` }, { recover }))
    expect(error).toMatchObject({ failure: 'refused', attempts: 2, gaveUp: true })
    expect(calls.count).toBe(0)
  })

  it('neither repeats nor recovers a final 4xx', async () => {
    emulator.fault({ path: PATH, action: { status: 409 } })
    const { send } = setup()
    const { calls, recover } = recoverer('found')
    await expect(send({}, { recover })).rejects.toMatchObject({ name: 'HttpStatusError', attempts: 1, gaveUp: false })
    expect([calls.count, hits()]).toEqual([0, 1])
  })

  it('returns what recover() finds after an unreadable 2xx (the request took effect)', async () => {
    emulator.fault({ path: PATH, action: { malformed: true } })
    const { send, infos } = setup()
    const { calls, recover } = recoverer('found')
    await expect(send({}, { recover })).resolves.toBe('found')
    expect([calls.count, hits()]).toEqual([1, 1])
    expect(infos).toEqual([
      'Read connection spec: HTTP 200 with an answer that is not the JSON Adobe documents (not JSON); checking whether it went through'
    ])
  })

  it('throws at once, without a retry, when recover() does not find what an unreadable 2xx did', async () => {
    emulator.fault({ path: PATH, action: { malformed: true } })
    const { send, sleeps } = setup()
    const { calls, recover } = recoverer(undefined)
    const error = await rejection(send({}, { recover }))
    expect(error).toBeInstanceOf(UnreadableAnswerError)
    expect(error).toMatchObject({ attempts: 1, gaveUp: false })
    expect({ recovered: calls.count, hits: hits(), sleeps }).toEqual({ recovered: 1, hits: 1, sleeps: [] })
  })
})

describe('Transport size limit, and answers only a server of our own sends', () => {
  let server: http.Server
  let base: string
  let served = 0
  beforeAll(async () => {
    // GET /bytes/N answers N bytes; GET /cut starts a 100-byte body and drops the connection.
    server = http.createServer((req, res) => {
      served++
      if (req.url === '/cut') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"items":[')
        setTimeout(() => res.socket?.destroy(), 20)
        return
      }
      const size = Number(req.url?.split('/')[2])
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('x'.repeat(size))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))
  beforeEach(() => {
    served = 0
  })

  const MB = 1024 * 1024
  const length = (response: HttpResponse): number => response.text.length

  it('reads an answer of exactly maxBodyBytes', async () => {
    const { send } = setup({ maxBodyBytes: MB })
    await expect(send({ url: `${base}/bytes/${MB}` }, { read: length })).resolves.toBe(MB)
  })

  it('refuses an answer over maxBodyBytes, without a retry', async () => {
    const { send, sleeps } = setup({ maxBodyBytes: MB })
    const error = await rejection(send({ url: `${base}/bytes/${2 * MB}` }, { read: length }))
    expect(error).toBeInstanceOf(TransportError)
    expect(error).toMatchObject({
      failure: 'too-large',
      attempts: 1,
      gaveUp: false,
      message: `Could not read connection spec: the answer is larger than 1 MB (${new URL(base).host})`
    })
    expect({ served, sleeps }).toEqual({ served: 1, sleeps: [] })
  })

  it('names a limit under a megabyte in bytes (an emulator answer over 100 bytes)', async () => {
    const { send } = setup({ maxBodyBytes: 100 })
    await expect(send()).rejects.toMatchObject({
      failure: 'too-large',
      message: `Could not read connection spec: the answer is larger than 100 bytes (${host()})`
    })
    expect(hits()).toBe(1)
  })

  it('counts a body cut off mid-way as a reset connection, and retries it', async () => {
    const { send, infos } = setup({ maxAttempts: 2 })
    const error = await rejection(send({ url: `${base}/cut` }, { read: length }))
    expect(error).toMatchObject({ failure: 'reset', code: 'ECONNRESET', attempts: 2, gaveUp: true })
    expect(infos).toEqual(['Read connection spec: the connection was reset; waiting 0.3 s before attempt 2 of 2'])
    expect(served).toBe(2)
  })
})

describe('through a proxy (HTTPS_PROXY)', () => {
  const ADOBE = 'https://platform.adobe.io/data/foundation/flowservice/connections'
  const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], https_proxy: process.env['https_proxy'] }
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })
  /** The proxy's user-info, which no message may show. */
  const PROXY_USER = 'aep-proxy-user'
  const PROXY_PASSWORD = 'pr#xy/Pass?word'
  const userInfo = `${PROXY_USER}:${encodeURIComponent(PROXY_PASSWORD)}@`
  const expectNoUserInfo = (message: string): void => {
    for (const part of [PROXY_USER, PROXY_PASSWORD, encodeURIComponent(PROXY_PASSWORD)])
      expect(message).not.toContain(part)
  }

  it('tells a proxy that refuses the connection from a reset, retrying it, never showing its user-info', async () => {
    const port = await closedPort()
    process.env['HTTPS_PROXY'] = `http://${userInfo}127.0.0.1:${port}`
    const { send, infos } = setup({ maxAttempts: 2 })
    const error = await rejection(send({ url: ADOBE }))
    expect(error).toMatchObject({ failure: 'proxy-refused', code: 'ECONNRESET', neverSent: true, attempts: 2 })
    const reason = `the proxy http://127.0.0.1:${port} (HTTPS_PROXY) refused the connection`
    expect(infos).toEqual([`Read connection spec: ${reason}; waiting 0.3 s before attempt 2 of 2`])
    const message = (explainFailure(error, WORDED) as Error).message
    expect(message).toBe(
      `Could not read connection spec: ${reason} (platform.adobe.io) (gave up after 2 attempts)\n` +
        'Next step: check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.' +
        more('proxy-refused-the-connection')
    )
    expectNoUserInfo(message)
  })

  it('says that a proxy answering 407 requires authentication, and does not retry', async () => {
    const proxy = await startProxy({ host: '127.0.0.1', port: await closedPort() }, { answer: 407 })
    try {
      process.env['https_proxy'] = proxy.url.replace('http://', `http://${userInfo}`)
      const { send, infos } = setup()
      const error = await rejection(send({ url: ADOBE }))
      expect(error).toMatchObject({ failure: 'proxy-auth', neverSent: true, attempts: 1, gaveUp: false })
      expect(infos).toEqual([])
      expect(proxy.connects).toEqual(['platform.adobe.io:443'])
      const message = (explainFailure(error, WORDED) as Error).message
      expect(message).toBe(
        `Could not read connection spec: the proxy ${proxy.url} (https_proxy) requires authentication (HTTP 407) (platform.adobe.io)\n` +
          "Next step: give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through." +
          more('proxy-requires-authentication-407')
      )
      expectNoUserInfo(message)
    } finally {
      await proxy.close()
    }
  })

  it('names any other answer of the proxy to CONNECT, and retries it', async () => {
    const proxy = await startProxy({ host: '127.0.0.1', port: await closedPort() }, { answer: 502 })
    try {
      process.env['HTTPS_PROXY'] = proxy.url
      const { send } = setup({ maxAttempts: 2 })
      const error = await rejection(send({ url: ADOBE }))
      expect(error).toMatchObject({ failure: 'proxy', attempts: 2, gaveUp: true })
      expect((explainFailure(error, WORDED) as Error).message).toBe(
        `Could not read connection spec: the proxy ${proxy.url} (HTTPS_PROXY) answered HTTP 502 to CONNECT (platform.adobe.io) (gave up after 2 attempts)\n` +
          "Next step: check HTTPS_PROXY and NO_PROXY, and that the proxy lets the runner reach Adobe's hosts." +
          more('proxy-failed')
      )
      expect(proxy.connects).toEqual(['platform.adobe.io:443', 'platform.adobe.io:443'])
    } finally {
      await proxy.close()
    }
  })

  it('names the code of any other failure to reach the proxy (a proxy host name that does not resolve)', async () => {
    process.env['HTTPS_PROXY'] = `http://${userInfo}proxy.invalid:3128`
    const error = await rejection(setup({ maxAttempts: 1 }).send({ url: ADOBE }))
    expect(error).toMatchObject({ failure: 'proxy', neverSent: true })
    expect(error.message).toMatch(
      /^Could not read connection spec: the connection to the proxy http:\/\/proxy\.invalid:3128 \(HTTPS_PROXY\) failed \((ENOTFOUND|EAI_AGAIN)\) \(platform\.adobe\.io\)$/
    )
    expectNoUserInfo(error.message)
  })

  it('leaves loopback addresses unproxied: a refused server is still a refused server', async () => {
    process.env['HTTPS_PROXY'] = `http://127.0.0.1:${await closedPort()}`
    const port = await closedPort()
    const error = await rejection(setup({ maxAttempts: 1 }).send({ url: `http://127.0.0.1:${port}/` }))
    expect(error).toMatchObject({ failure: 'refused', code: 'ECONNREFUSED' })
  })
})

describe('connections opened ahead (preconnect)', () => {
  it('is used by the first request: one connection for the preconnect and the request', async () => {
    const { transport, request } = setup()
    transport.preconnect(emulator.url)
    await transport.send(request(), { read: status })
    await transport.send(request(), { read: status })
    expect(emulator.connectionsAccepted(emulator.url)).toBe(1)
    transport.close()
  })

  it('opens as many as asked: that many requests at once use them, and no other is opened', async () => {
    const { transport, request } = setup()
    transport.preconnect(emulator.url, 3)
    const answers = await Promise.all([1, 2, 3].map(() => transport.send(request(), { read: status })))
    await transport.send(request(), { read: status })
    expect([answers, emulator.connectionsAccepted(emulator.url)]).toEqual([[200, 200, 200], 3])
    transport.close()
  })

  it('a handshake that hangs still ends the first request within its own time limit', async () => {
    // Accepts TCP, then never says a word: a TLS handshake to it never completes.
    const silent = net.createServer(() => undefined)
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}`
    const { transport, request } = setup({ timeoutMs: 500, maxAttempts: 1 })
    try {
      transport.preconnect(url)
      const started = Date.now()
      const error = await rejection(transport.send(request({ url: `${url}/x` }), { read: status }))
      expect([(error as TransportError).failure, error.message]).toEqual([
        'timeout',
        `Could not read connection spec: no answer within 0.5 s (127.0.0.1:${(silent.address() as AddressInfo).port})`
      ])
      expect(Date.now() - started).toBeLessThan(900)
    } finally {
      transport.close()
      silent.close()
    }
  })
})

describe('requests sent beside each other', () => {
  it('a 5xx answer drops its own connection only: a request in flight beside it ends on its own', async () => {
    const SLOW = '/data/foundation/flowservice/connections'
    emulator.fault({ method: 'GET', path: SLOW, action: { delayMs: 300 } })
    emulator.fault({ path: PATH, action: { status: 503, body: { errorMessage: 'busy' } } })
    const { transport, request, infos } = setup()
    transport.preconnect(emulator.url, 2)
    const [slow, failing] = await Promise.all([
      transport.send(request({ url: `${emulator.url}${SLOW}` }), { read: status }),
      transport.send(request(), { read: status })
    ])
    expect([slow, failing]).toEqual([200, 200])
    // The slow one once, on its own connection; the failed one again, on a new connection.
    expect(emulator.requests.filter(r => r.path === SLOW)).toHaveLength(1)
    expect([hits(), emulator.connectionsAccepted(emulator.url)]).toEqual([2, 3])
    expect(infos.filter(line => line.includes('reset'))).toEqual([])
    transport.close()
  })
})

describe('a cancelled job', () => {
  it('starts no further attempt once stopped() is true, and says it gave up', async () => {
    let stopped = false
    emulator.fault({ path: PATH, times: Infinity, action: { status: 503, body: { errorMessage: 'busy' } } })
    const { transport, request, sleeps } = setup({ stopped: () => stopped, maxAttempts: 5 })
    const first = transport.send(request(), { read: status })
    stopped = true
    const error = await rejection(first)
    expect([(error as HttpStatusError).attempts, (error as HttpStatusError).gaveUp, hits(), sleeps]).toEqual([
      1,
      true,
      1,
      []
    ])
    transport.close()
  })
})

describe('a signal during the wait before a retry', () => {
  it('ends the request there, without the retry', async () => {
    let stopped = false
    emulator.fault({ path: PATH, times: Infinity, action: { status: 503, body: { errorMessage: 'busy' } } })
    const { transport, request } = setup({
      stopped: () => stopped,
      maxAttempts: 5,
      sleep: () => {
        stopped = true // the signal arrives while waiting
        return Promise.resolve()
      }
    })
    const error = await rejection(transport.send(request(), { read: status }))
    expect([(error as HttpStatusError).attempts, (error as HttpStatusError).gaveUp, hits()]).toEqual([1, true, 1])
    transport.close()
  })
})
