// The bundle under faults: nothing lost, nothing duplicated, no secret shown. Real sleeps (short),
// real sockets; every test checks the connections left, the outputs and the logs.
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'
import { expectNoLeak, startTlsEmulator, TLS_FIXTURES, tokensSeen, validInputs } from '../support/e2e.js'
import { startProxy } from '../support/proxy.js'

const FLOW = '/data/foundation/flowservice'
const CONNECTIONS = `${FLOW}/connections`

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const count = (method: string, pathname: string): number =>
  emulator.requests.filter(r => r.method === method && r.path === pathname).length

/** Runs with debug logging on, and checks that no secret reached any log, output or summary. */
async function run(overrides: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction({ inputs: validInputs(emulator, overrides), env: { RUNNER_DEBUG: '1', ...env } })
  expectNoLeak(result, [overrides.password ?? DEMO_ORACLE.password, DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)])
  return result
}

function expectOneConnection(result: ActionRun, created = 'true'): void {
  const [only, ...others] = emulator.connections()
  expect(others).toEqual([])
  expect(result.code).toBe(0)
  // Not created by this run provably: a connection found after a lost answer is reused.
  const outcome = created === 'true' ? 'created' : 'reused'
  expect(result.outputs).toEqual({ 'base-connection-id': only?.id, etag: only?.etag, created, outcome })
}

describe('bounded answers', () => {
  it('an answer over 10 MB is refused at once, without a retry, with a next step', async () => {
    const huge = `{"items":[],"pad":"${'x'.repeat(10 * 1024 * 1024)}"}`
    emulator.fault({ method: 'GET', path: CONNECTIONS, action: { status: 200, body: huge } })
    const result = await run()
    expect(result.code).toBe(1)
    expect(count('GET', CONNECTIONS)).toBe(1)
    expect(result.stdout).toContain(
      '::error::Could not look up existing base connections: the answer is larger than 10 MB'
    )
    expect(result.stdout).toContain("%0ANext step: Adobe's answer was far larger than any it documents")
    expect(emulator.connections()).toEqual([])
  })
})

describe('retries', () => {
  it('429 with Retry-After: waits as asked, says so, then succeeds', async () => {
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      action: {
        status: 429,
        headers: { 'Retry-After': '1' },
        body: { error_code: '429001', message: 'Too many requests' }
      }
    })
    const started = Date.now()
    const result = await run()
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(result.stdout).toContain(
      'Look up existing base connections: HTTP 429 (429001); as Retry-After asks, waiting 1 s before attempt 2 of 5'
    )
    expect(count('GET', CONNECTIONS)).toBe(3)
    expectOneConnection(result)
  })

  it('IMS answering 503 twice', async () => {
    emulator.fault({ path: '/ims/token/v3', times: 2, action: { status: 503 } })
    const result = await run()
    expect(count('POST', '/ims/token/v3')).toBe(3)
    expect(result.stdout).toContain('Get an access token from Adobe IMS: HTTP 503; waiting')
    expectOneConnection(result)
  })

  it('502 on the look-up', async () => {
    emulator.fault({ method: 'GET', path: CONNECTIONS, action: { status: 502 } })
    const result = await run()
    expect(count('GET', CONNECTIONS)).toBe(3)
    expectOneConnection(result)
  })

  it('malformed JSON on the look-up', async () => {
    emulator.fault({ method: 'GET', path: CONNECTIONS, action: { malformed: true } })
    const result = await run()
    expect(result.stdout).toContain(
      'Look up existing base connections: HTTP 200 with an answer that is not the JSON Adobe documents (not JSON)'
    )
    expectOneConnection(result)
  })

  it('a 400 is not retried', async () => {
    emulator.fault({
      method: 'POST',
      path: CONNECTIONS,
      action: {
        status: 400,
        body: {
          type: 'http://ns.adobe.com/aep/errors/FLOW-1100-400',
          title: 'Invalid request',
          status: 400,
          report: { 'detailed-message': 'Bad params', 'request-id': 'req-400' }
        }
      }
    })
    const result = await run()
    expect(result.code).toBe(1)
    expect(count('POST', CONNECTIONS)).toBe(1)
    expect(result.stdout).toContain(
      '::error::Could not create the base connection: HTTP 400, code 1100-400: Bad params (request id req-400)'
    )
    expect(emulator.connections()).toEqual([])
  })

  it('500 on every POST: exactly max-attempts POSTs, then a clear error', async () => {
    emulator.fault({
      method: 'POST',
      path: CONNECTIONS,
      times: Infinity,
      action: { status: 500, body: { errorMessage: 'Internal error' } }
    })
    const result = await run({ 'max-attempts': '3' })
    expect(result.code).toBe(1)
    expect(count('POST', CONNECTIONS)).toBe(3)
    expect(result.stdout).toContain(
      '::error::Could not create the base connection: HTTP 500: Internal error (request id '
    )
    expect(result.stdout).toContain(
      "(gave up after 3 attempts)%0ANext step: Adobe's service failed; run the job again later"
    )
    // After each POST the action looked for a connection it might have made.
    expect(count('GET', CONNECTIONS)).toBe(1 + 3)
    expect(emulator.connections()).toEqual([])
    expect(result.outputs).toEqual({})
  })
})

describe('a create whose outcome is unknown is never duplicated', () => {
  it('connection reset before the POST was processed: looks up, then creates once', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true } })
    const result = await run({ 'timeout-seconds': '2' })
    expect(count('POST', CONNECTIONS)).toBe(2)
    expect(result.stdout).toContain(
      'Create the base connection: the connection was reset; checking whether it went through'
    )
    expectOneConnection(result)
  })

  it('POST committed but its answer lost: adopts the connection instead of creating another', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true, commit: true } })
    // Unanswered, the POST could still commit for as long again as it may take: the run waits that out.
    const started = Date.now()
    const result = await run({ 'timeout-seconds': '3' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000)
    expect(count('POST', CONNECTIONS)).toBe(1)
    expect(result.stdout).toContain(
      `The create's answer was lost, but base connection ${emulator.connections()[0]?.id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it reports created=false; with delete-on-completion the post step deletes it unless another run's turns out older)`
    )
    expectOneConnection(result, 'false')
  })

  it('the last allowed POST committed but lost: still looked up and adopted, not reported as failed', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, times: 2, action: { status: 503 } })
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true, commit: true } })
    const result = await run({ 'max-attempts': '3', 'timeout-seconds': '3' })
    expect(count('POST', CONNECTIONS)).toBe(3)
    expectOneConnection(result, 'false')
  })

  it('a malformed 201 that no look-up finds yet: fails without sending the create again', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { malformed: true } })
    const result = await run()
    expect(result.code).toBe(1)
    expect(count('POST', CONNECTIONS)).toBe(1)
    expect(result.stdout).toContain('the re-run finds it by name instead of creating another')
    expect(result.outputs).toEqual({})
  })

  it('answer headers arrive, then the body stalls: the time limit still ends it', async () => {
    emulator.fault({ method: 'GET', path: CONNECTIONS, action: { stallBody: true } })
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { stallBody: true, commit: true } })
    const started = Date.now()
    const result = await run({ 'timeout-seconds': '1' })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(count('GET', CONNECTIONS)).toBe(4)
    expect(count('POST', CONNECTIONS)).toBe(1)
    expectOneConnection(result, 'false')
  })

  it('POST committed, answered with malformed JSON: adopts', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { malformed: true, commit: true } })
    const result = await run()
    expect(count('POST', CONNECTIONS)).toBe(1)
    expectOneConnection(result, 'false')
  })

  it('POST committed, answered 504: adopts', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { status: 504, commit: true } })
    // A gateway's 504 does not say the create did not commit: the run waits out its commit window.
    const result = await run({ 'timeout-seconds': '3' })
    expect(count('POST', CONNECTIONS)).toBe(1)
    expectOneConnection(result, 'false')
  })

  it('POST hangs past timeout-seconds: the time limit ends it, and the committed connection is adopted', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { hang: true, commit: true } })
    const started = Date.now()
    const result = await run({ 'timeout-seconds': '1' })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result.stdout).toMatch(/Create the base connection: (no answer within 1 s|the server stopped answering)/)
    expect(count('POST', CONNECTIONS)).toBe(1)
    expectOneConnection(result, 'false')
  })

  it('POST hangs without effect: after the time limit it is sent again, once', async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { hang: true } })
    const result = await run({ 'timeout-seconds': '1' })
    expect(count('POST', CONNECTIONS)).toBe(2)
    expectOneConnection(result)
  })

  it('with if-exists=create adopts only what the lost POST made, not an older same-named connection', async () => {
    const older = emulator.seedConnection({
      name: 'Oracle',
      params: { host: 'h', username: 'u', password: 'p' },
      createdAt: Date.now() - 60_000
    })
    const token = emulator.issueToken()
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true, commit: true } })
    const result = await runAction({
      inputs: validInputs(emulator, {
        name: 'Oracle',
        'if-exists': 'create',
        'client-secret': '',
        'access-token': token
      }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(result.code).toBe(0)
    const fresh = emulator.connections().filter(c => c.id !== older.id)
    expect(fresh).toHaveLength(1)
    expect(result.outputs).toEqual({
      'base-connection-id': fresh[0]?.id,
      etag: fresh[0]?.etag,
      created: 'false',
      outcome: 'reused'
    })
    expect(count('POST', CONNECTIONS)).toBe(1)
    expectNoLeak(result, [DEMO_ORACLE.password, token])
  })

  it.each([
    ['30 s behind', -30_000, 5000],
    ['1.5 s behind', -1500, 3000],
    ['30 s ahead of', 30_000, 5000],
    ['1.5 s ahead of', 1500, 1000]
  ])(
    "with if-exists=create and Flow Service's clock %s the runner's: still tells its own connection from an older one",
    async (_, clockOffsetMs, ageMs) => {
      const skewed = await startEmulator({ clockOffsetMs })
      try {
        // Made ageMs before this run, by Flow Service's clock.
        const older = skewed.seedConnection({
          name: 'Oracle',
          params: { host: 'h', username: 'u', password: 'p' },
          createdAt: Date.now() + clockOffsetMs - ageMs
        })
        skewed.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true, commit: true } })
        const result = await runAction({
          inputs: validInputs(skewed, {
            name: 'Oracle',
            'if-exists': 'create',
            'client-secret': '',
            'access-token': skewed.issueToken()
          })
        })
        expect(result.code).toBe(0)
        const fresh = skewed.connections().filter(c => c.id !== older.id)
        expect(fresh).toHaveLength(1)
        expect(result.outputs['base-connection-id']).toBe(fresh[0]?.id)
        expect(skewed.requests.filter(r => r.method === 'POST')).toHaveLength(1)
        expect(result.stdout).not.toContain('More than one base connection')
      } finally {
        await skewed.close()
      }
    }
  )

  it('with if-exists=create and the POST lost before processing: creates exactly one more', async () => {
    emulator.seedConnection({
      name: 'Oracle',
      params: { host: 'h', username: 'u', password: 'p' },
      createdAt: Date.now() - 60_000
    })
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true } })
    const result = await run({ name: 'Oracle', 'if-exists': 'create', 'timeout-seconds': '2' })
    expect(result.code).toBe(0)
    expect(count('POST', CONNECTIONS)).toBe(2)
    expect(emulator.connections()).toHaveLength(2)
    expect(result.outputs['base-connection-id']).toBe(emulator.connections()[1]?.id)
  })
})

describe('token refresh', () => {
  const expired = { status: 401, body: { error_code: '401013', message: 'Oauth token is not valid' } }

  it('a 401013 from Flow Service fetches one new token and repeats the request once', async () => {
    emulator.fault({ method: 'GET', path: CONNECTIONS, action: expired })
    const result = await run()
    expect(count('POST', '/ims/token/v3')).toBe(2)
    const [first, second] = emulator.requests.filter(r => r.method === 'GET')
    expect(first?.headers.authorization).not.toBe(second?.headers.authorization)
    expect(result.stdout).toContain(
      'Adobe rejected the access token (401013); got a new one from IMS and repeating the request once'
    )
    expectOneConnection(result)
  })

  it('only once: a second 401013 fails with the hint', async () => {
    emulator.fault({ method: 'GET', path: CONNECTIONS, times: 2, action: expired })
    const result = await run()
    expect(result.code).toBe(1)
    expect(count('POST', '/ims/token/v3')).toBe(2)
    expect(result.stdout).toContain('HTTP 401, code 401013: Oauth token is not valid')
    expect(result.stdout).toContain('Next step: the access token was not accepted')
    expect(emulator.connections()).toEqual([])
    expect(result.outputs).toEqual({})
  })

  it('with a ready access token there is nothing to refresh: fails with the hint', async () => {
    const token = emulator.issueToken()
    emulator.expireTokens()
    const result = await runAction({
      inputs: validInputs(emulator, { 'client-secret': '', 'access-token': token }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(result.code).toBe(1)
    expect(count('POST', '/ims/token/v3')).toBe(0)
    expect(result.stdout).toContain('::error::Could not look up existing base connections: HTTP 401, code 401013')
    expectNoLeak(result, [token, DEMO_ORACLE.password])
  })
})

describe('proxy', () => {
  it('sends every request through HTTPS_PROXY, with TLS verified against the trusted CA', async () => {
    const secure = await startTlsEmulator()
    const proxy = await startProxy({ host: '127.0.0.1', port: secure.port })
    try {
      const result = await runAction({
        inputs: {
          ...validInputs(secure),
          'platform-url': 'https://platform.adobe.io',
          'ims-url': 'https://ims-na1.adobelogin.com'
        },
        env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: path.join(TLS_FIXTURES, 'ca.pem'), RUNNER_DEBUG: '1' }
      })
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(new Set(proxy.connects)).toEqual(new Set(['ims-na1.adobelogin.com:443', 'platform.adobe.io:443']))
      expect(secure.requests.map(r => `${r.method} ${r.path}`)).toEqual([
        'POST /ims/token/v3',
        `GET ${CONNECTIONS}`,
        `POST ${CONNECTIONS}`,
        `GET ${CONNECTIONS}`
      ])
      expect(result.outputs['base-connection-id']).toBe(secure.connections()[0]?.id)
      expectNoLeak(result, [
        DEMO_ORACLE.password,
        DEMO_CLIENT.clientSecret,
        ...secure.requests.flatMap(r => /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1] ?? [])
      ])
    } finally {
      await proxy.close()
      await secure.close()
    }
  })

  it('does not turn TLS verification off: an untrusted certificate fails', async () => {
    const secure = await startTlsEmulator()
    const proxy = await startProxy({ host: '127.0.0.1', port: secure.port })
    try {
      const result = await runAction({
        inputs: {
          ...validInputs(secure),
          'platform-url': 'https://platform.adobe.io',
          'ims-url': 'https://ims-na1.adobelogin.com'
        },
        env: { HTTPS_PROXY: proxy.url, RUNNER_DEBUG: '1' }
      })
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(
        /::error::Could not get an access token from Adobe IMS: the TLS certificate of ims-na1.adobelogin.com is not trusted \([A-Z_]+\)%0ANext step: behind a proxy that inspects TLS/
      )
      // Not a network fault: no second attempt.
      expect(proxy.connects).toEqual(['ims-na1.adobelogin.com:443'])
      expect(secure.requests).toEqual([])
      expect(secure.connections()).toEqual([])
      expect(result.outputs).toEqual({})
      expectNoLeak(result, [DEMO_ORACLE.password, DEMO_CLIENT.clientSecret])
    } finally {
      await proxy.close()
      await secure.close()
    }
  })
})
