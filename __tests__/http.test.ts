// The retry policy, over real HTTP against the emulator, with the sleep injected so it runs in ms.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Emulator, startEmulator } from '../emulator/server.js'
import { AdobeApiError } from '../src/errors.js'
import { DEFAULT_RETRY, Http, HttpRequest, HttpResponse, MalformedAnswerError, RetryPolicy } from '../src/http.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const PATH = '/data/foundation/flowservice/connectionSpecs/ba5126ec-c9ac-11eb-b8bc-0242ac130003'

function setup(policy: Partial<RetryPolicy> = {}) {
  const sleeps: number[] = []
  const infos: string[] = []
  const http = new Http(
    {
      ...DEFAULT_RETRY,
      maxAttempts: 4,
      timeoutMs: 2000,
      random: () => 0.5,
      sleep: async ms => {
        sleeps.push(ms)
      },
      ...policy
    },
    { info: message => infos.push(message), debug: () => undefined }
  )
  const request = (method: HttpRequest['method'] = 'GET'): HttpRequest => ({
    operation: 'read connection spec',
    method,
    url: `${emulator.url}${PATH}`,
    headers: {
      Authorization: `Bearer ${emulator.issueToken()}`,
      'x-api-key': 'demo-client-id',
      'x-gw-ims-org-id': '0123456789ABCDEF01234567@AdobeOrg',
      'x-sandbox-name': 'prod'
    }
  })
  return { http, sleeps, infos, request }
}

/** A reader as the clients write them: an answer that is not JSON is malformed. */
const status = (response: HttpResponse): number => {
  try {
    JSON.parse(response.text)
  } catch {
    throw new MalformedAnswerError('not JSON')
  }
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
const hits = (): number => emulator.requests.filter(r => r.path === PATH).length

describe('Http retry policy', () => {
  it('retries 500, 502, 503, 504 with exponential backoff and full jitter, logging each reason', async () => {
    for (const code of [500, 502, 503, 504]) emulator.fault({ path: PATH, action: { status: code, body: { errorMessage: 'busy' } } })
    const { http, sleeps, infos, request } = setup({ maxAttempts: 5 })
    await expect(http.send(request(), status)).resolves.toBe(200)
    // random() = 0.5 of a ceiling of 500 ms doubling each attempt.
    expect(sleeps).toEqual([250, 500, 1000, 2000])
    expect(infos).toEqual([
      'Read connection spec: HTTP 500; waiting 0.3 s before attempt 2 of 5',
      'Read connection spec: HTTP 502; waiting 0.5 s before attempt 3 of 5',
      'Read connection spec: HTTP 503; waiting 1 s before attempt 4 of 5',
      'Read connection spec: HTTP 504; waiting 2 s before attempt 5 of 5'
    ])
  })

  it('caps the backoff at its maximum', async () => {
    emulator.fault({ path: PATH, times: 3, action: { status: 503 } })
    const { http, sleeps, request } = setup({ random: () => 0.999, maxDelayMs: 600 })
    await http.send(request(), status)
    expect(sleeps).toEqual([500, 599, 599])
  })

  it('honours Retry-After in seconds and as an HTTP date, capped', async () => {
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '3' } } })
    emulator.fault({ path: PATH, action: { status: 503, headers: { 'Retry-After': new Date(Date.now() + 10_000).toUTCString() } } })
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '86400' } } })
    const { http, sleeps, infos, request } = setup()
    await http.send(request(), status)
    expect(sleeps[0]).toBe(3000)
    expect(sleeps[1]).toBeGreaterThan(8000)
    expect(sleeps[1]).toBeLessThanOrEqual(10_000)
    expect(sleeps[2]).toBe(60_000)
    expect(infos[0]).toBe('Read connection spec: HTTP 429; as Retry-After asks, waiting 3 s before attempt 2 of 4')
  })

  it('does not retry other 4xx', async () => {
    emulator.fault({ path: PATH, action: { status: 400, body: { errorMessage: 'bad' } } })
    const { http, sleeps, request } = setup()
    const error = await rejection(http.send(request(), status))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect(error.message).toMatch(
      /^Could not read connection spec: HTTP 400: bad \(request id [0-9a-f-]{36}\)\nNext step: Flow Service rejected the request/
    )
    expect(hits()).toBe(1)
    expect(sleeps).toEqual([])
  })

  it('makes at most max-attempts attempts and says so', async () => {
    emulator.fault({ path: PATH, times: Infinity, action: { status: 503, body: { error_code: '503', message: 'Service Unavailable' } } })
    const { http, request } = setup({ maxAttempts: 3 })
    const error = await rejection(http.send(request(), status))
    expect(hits()).toBe(3)
    expect(error.message.split('\n')[0]).toMatch(
      /^Could not read connection spec: HTTP 503, code 503: Service Unavailable \(request id [0-9a-f-]{36}\) \(gave up after 3 attempts\)$/
    )
  })

  it('retries a reset connection and a malformed answer on a read', async () => {
    emulator.fault({ path: PATH, action: { reset: true } })
    emulator.fault({ path: PATH, action: { malformed: true } })
    const { http, infos, request } = setup()
    await expect(http.send(request(), status)).resolves.toBe(200)
    expect(hits()).toBe(3)
    expect(infos[0]).toMatch(/^Read connection spec: the connection (was reset|was closed without an answer); waiting/)
    expect(infos[1]).toMatch(/^Read connection spec: HTTP 200 with an answer that is not the JSON Adobe documents/)
  })

  it('bounds a hung request by the time limit', async () => {
    emulator.fault({ path: PATH, action: { hang: true } })
    const { http, infos, request } = setup({ timeoutMs: 300 })
    const started = Date.now()
    await expect(http.send(request(), status)).resolves.toBe(200)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(infos[0]).toMatch(/^Read connection spec: (no answer within 0.3 s|the server stopped answering)/)
  })

  it('retries a refused connection, and fails clearly when it stays refused', async () => {
    const { http, request } = setup({ maxAttempts: 2 })
    const closed = { ...request(), url: 'http://127.0.0.1:9/nothing' }
    await expect(http.send(closed, status)).rejects.toThrow(
      'Could not read connection spec: the connection was refused (127.0.0.1:9) (gave up after 2 attempts)\nNext step: check the runner\'s network'
    )
  })

  it('before repeating a non-idempotent request whose outcome is unknown, asks recover()', async () => {
    emulator.fault({ path: PATH, action: { status: 502 } })
    const { http, sleeps, request } = setup()
    let recovered = 0
    const result = await http.send(request(), () => 'sent', {
      recover: async () => {
        recovered++
        return 'found'
      }
    })
    expect({ result, recovered, hits: hits(), sleeps }).toEqual({ result: 'found', recovered: 1, hits: 1, sleeps: [] })
  })

  it('repeats a refused (429) non-idempotent request without asking recover()', async () => {
    emulator.fault({ path: PATH, action: { status: 429, headers: { 'Retry-After': '0' } } })
    const { http, request } = setup()
    let recovered = 0
    const result = await http.send(request(), () => 'sent', {
      recover: async () => {
        recovered++
        return undefined
      }
    })
    expect({ result, recovered, hits: hits() }).toEqual({ result: 'sent', recovered: 0, hits: 2 })
  })

  it('lets a reader reject an answer as malformed', async () => {
    const { http, request } = setup({ maxAttempts: 1 })
    await expect(
      http.send(request(), () => {
        throw new MalformedAnswerError('no id and etag')
      })
    ).rejects.toThrow(/^Could not read connection spec: HTTP 200 with an answer that is not the JSON Adobe documents \(no id and etag\) \(request id [0-9a-f-]{36}\) \(gave up after 1 attempt\)$/)
  })
})
