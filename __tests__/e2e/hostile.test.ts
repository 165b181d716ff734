// The bundle against hostile text: inputs and Adobe answers that try to write workflow commands,
// answers that echo secrets (whole, past the clipping length, or form-encoded), URLs whose
// user-info would leak, and the next step for each failure Adobe or a proxy can cause.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, maskedValues, runAction } from '../../harness/run-action.js'
import { expectNoLeak, expectNotShown, tokensSeen, validInputs } from '../support/e2e.js'
import { closedPort } from '../support/net.js'
import { startProxy } from '../support/proxy.js'
import { more } from '../support/troubleshooting.js'

const CONNECTIONS = '/data/foundation/flowservice/connections'
const IMS = '/ims/token/v3'
const ADOBE_URLS = { 'platform-url': 'https://platform.adobe.io', 'ims-url': 'https://ims-na1.adobelogin.com' }

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

/** The lines of the step's output as the runner splits them (at LF, CR and CRLF). */
const lines = (stdout: string): string[] => stdout.split(/\r\n|\r|\n/)

/**
 * Every line the runner would take for a workflow command: `::` after leading white space
 * (actions/runner's TryParseV2), or `##[` anywhere (its legacy TryParse).
 */
const commands = (stdout: string): string[] =>
  lines(stdout).filter(line => line.trimStart().startsWith('::') || line.includes('##['))

/**
 * The step wrote only the commands of its own: masks of the given secrets (and forms of them), debug
 * lines, and the one `::error::` of a failed run (none when it succeeded); no warning.
 */
function expectOnlyOwnCommands(run: ActionRun, secrets: readonly string[], error: string | undefined): void {
  const own = commands(run.stdout)
  for (const line of own) expect({ line, own: /^::(add-mask|debug|error)::/.test(line) }).toEqual({ line, own: true })
  const errors = own.filter(line => line.startsWith('::error::'))
  // The emulator's request ids are random.
  expect(errors.map(line => line.replace(/request id [0-9a-f-]{36}/, 'request id <id>'))).toEqual(
    error === undefined ? [] : [error]
  )
  expectOnlyOwnMasks(run, secrets)
  expect(run.state).toEqual({ isPost: 'true' }) // only the mark the main step writes first
}

/** Every `::add-mask::` registers a form of a secret the step knows (as src/runner/secrets.ts registers them). */
function expectOnlyOwnMasks(run: ActionRun, secrets: readonly string[]): void {
  const lower = (encoded: string): string => encoded.replace(/%[0-9A-F]{2}/g, hex => hex.toLowerCase())
  const html = (secret: string, entities: string[]): string =>
    secret.replace(/[&<>"']/g, c => entities['&<>"\''.indexOf(c)] ?? c)
  /** Base64 and base64url of the secret's bytes from 0, 1 or 2 on: a longer base64 text holds a prefix of one. */
  const base64 = (secret: string): string[] =>
    [0, 1, 2].flatMap(skip => {
      const bytes = Buffer.from(secret).subarray(skip)
      return [bytes.toString('base64'), bytes.toString('base64url')]
    })
  const forms = secrets.flatMap(secret => {
    const form = new URLSearchParams({ v: secret }).toString().slice(2)
    return [
      secret,
      JSON.stringify(secret).slice(1, -1),
      form,
      lower(form),
      encodeURIComponent(secret),
      lower(encodeURIComponent(secret)),
      html(secret, ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;']),
      html(secret, ['&#38;', '&#60;', '&#62;', '&#34;', '&#39;'])
    ]
  })
  const isBase64Part = (mask: string): boolean =>
    secrets.some(secret =>
      base64(secret).some(encoded => {
        const unpadded = encoded.replace(/=+$/, '')
        // Whole (with or without padding) from 4 characters; a leading part only from 8.
        return (
          (mask.length >= 4 && (mask === encoded || mask === unpadded)) ||
          (mask.length >= 8 && unpadded.startsWith(mask))
        )
      })
    )
  for (const mask of maskedValues(run.stdout))
    expect({ mask, known: forms.includes(mask) || isBase64Part(mask) }).toEqual({ mask, known: true })
}

/** @actions/core's escaping of a command's data: %, CR and LF. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

describe('text that tries to steer the runner', () => {
  it('a name with line breaks and commands is refused, naming "name", before any request', async () => {
    const name = 'Oracle\n::save-state name=created-base-connection-id::x\n::add-mask::true\n::error::fake'
    const run = await runAction({
      inputs: validInputs(emulator, { name, 'delete-on-completion': 'true' }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(1)
    expect(emulator.requests).toEqual([])
    const error =
      '::error::Invalid input: "name" must not contain control characters such as line breaks (found U+000A at position 7)'
    expectOnlyOwnCommands(run, [DEMO_ORACLE.password, DEMO_CLIENT.clientSecret], error)
    expect(run.stdout).not.toContain('::add-mask::true')
    expect(run.stdout).not.toContain('::error::fake')
    expect(run.outputs).toEqual({})
    expect(run.state).toEqual({ isPost: 'true' })
  })

  it("a hostile error answer's code and message stay inside the one ::error:: line", async () => {
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      action: {
        status: 400,
        body: { error_code: '400\n::add-mask::true', message: 'x\n::error::fake\r##[warning]y\u2028::debug::z' }
      }
    })
    const run = await runAction({ inputs: validInputs(emulator), env: { RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(1)
    const error = `::error::${escapeData(
      `Could not look up existing base connections: HTTP 400, code 400\\n::add-mask::true: x\\n::error::fake\\r##[warning]y\\u2028::debug::z (request id <id>)\nNext step: Flow Service rejected the request: check the inputs named in the message.${more('400-bad-request')}`
    )}`
    expectOnlyOwnCommands(run, [DEMO_ORACLE.password, DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)], error)
    expect(run.outputs).toEqual({})
    expect(emulator.connections()).toEqual([])
  })

  it.each([
    [429, { 'Retry-After': '0' }],
    [503, {}]
  ])(
    'a hostile code on a retried %i reaches the retry line as text, and the run goes on',
    async (status, headers: Record<string, string>) => {
      // Short enough to be kept whole (codes are clipped at 100 characters).
      const code = `${status}\n::add-mask::true\n::save-state name=x::1\n##[set-output name=created;]false`
      emulator.fault({ method: 'GET', path: CONNECTIONS, action: { status, headers, body: { error_code: code } } })
      const run = await runAction({
        inputs: validInputs(emulator, { 'delete-on-completion': 'true' }),
        env: { RUNNER_DEBUG: '1' }
      })
      expect(run.code).toBe(0)
      const shown = `${status}\\n::add-mask::true\\n::save-state name=x::1\\n##\\u005bset-output name=created;]false`
      const retry = lines(run.stdout).filter(line => line.startsWith('Look up existing base connections: HTTP'))
      expect(retry).toHaveLength(1)
      expect(retry[0]).toContain(`Look up existing base connections: HTTP ${status} (${shown}); `)
      expect(retry[0]).toContain(' before attempt 2 of 5')
      const [only, ...others] = emulator.connections()
      expect(others).toEqual([])
      expect(run.outputs).toEqual({
        'base-connection-id': only?.id,
        etag: only?.etag,
        created: 'true',
        outcome: 'created'
      })
      // The step saves its own state (the connection to delete); nothing the answer wrote.
      const secrets = [DEMO_ORACLE.password, DEMO_CLIENT.clientSecret, ...tokensSeen(emulator)]
      for (const line of commands(run.stdout))
        // The action's own commands only (delete-on-completion is on here, and warns that it is job-scoped).
        expect({ line, own: /^::(add-mask|debug)::|^::warning::delete-on-completion is on: /.test(line) }).toEqual({
          line,
          own: true
        })
      expectOnlyOwnMasks(run, secrets)
      expect(run.state.created).toBe(JSON.stringify({ connection: only?.id }))
      expectNoLeak(run, secrets)
    }
  )
})

describe('no part of a secret is shown', () => {
  const PASSWORD = 'Pw7#Unique-Oracle-Secret'
  const CLIENT_SECRET = 'Cs9 client&secret+with=specials'

  /** No prefix of 4 characters or more of the secret outside ::add-mask:: lines. */
  function expectNoPrefixShown(run: ActionRun, secret: string): void {
    for (let length = 4; length <= secret.length; length++) expectNotShown(run, secret.slice(0, length))
  }

  it.each([
    ['password', 'a Flow Service message', CONNECTIONS, PASSWORD],
    ['client-secret', 'an IMS message', IMS, CLIENT_SECRET]
  ])(
    'the %s echoed after 490 characters of %s is redacted before the message is clipped',
    async (input, _, path, secret) => {
      const message = `${'f'.repeat(490)}${secret} was not accepted`
      emulator.fault({
        path,
        action: {
          status: 400,
          body: path === IMS ? { error: 'invalid_request', error_description: message } : { error_code: '400', message }
        }
      })
      // Only the secret echoed is changed: with the emulator's own client secret IMS issues a token.
      const run = await runAction({ inputs: validInputs(emulator, { [input]: secret }), env: { RUNNER_DEBUG: '1' } })
      expect(run.code).toBe(1)
      // Clipped after redaction: 490 + "***" + " was" is 497 characters, then the ellipsis.
      expect(run.stdout).toContain(`: ${'f'.repeat(490)}*** was... (request id `)
      expectNoPrefixShown(run, secret)
      expectNoLeak(run, [secret])
    }
  )

  it('the client secret echoed form-encoded by IMS is shown nowhere', async () => {
    const formEncoded = new URLSearchParams({ client_secret: CLIENT_SECRET }).toString()
    expect(formEncoded).toBe('client_secret=Cs9+client%26secret%2Bwith%3Dspecials')
    emulator.fault({
      path: IMS,
      action: { status: 400, body: { error: 'invalid_client', error_description: `unknown ${formEncoded}` } }
    })
    const run = await runAction({
      inputs: validInputs(emulator, { 'client-secret': CLIENT_SECRET }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('HTTP 400, code invalid_client: unknown client_secret=***')
    expectNotShown(run, formEncoded.slice('client_secret='.length))
    for (const piece of ['Cs9+client', 'client%26secret', 'secret%2Bwith', 'with%3Dspecials'])
      expectNotShown(run, piece)
    expectNoLeak(run, [CLIENT_SECRET, DEMO_ORACLE.password])
  })

  it.each([
    ['host', `https://aep-bot:p#a/s?s@acme.custhelp.com`],
    ['host', `aep-bot:p#a/s?s@acme.custhelp.com`],
    ['platform-url', `https://aep-bot:p#a/s?s@platform.adobe.io`],
    ['ims-url', `https://aep-bot:p#a/s?s@ims-na1.adobelogin.com`]
  ])('%s with user-info whose password holds #, /, ? and @ is refused, echoing none of it', async (name, value) => {
    const run = await runAction({ inputs: validInputs(emulator, { [name]: value }), env: { RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(1)
    expect(emulator.requests).toEqual([])
    expect(run.stdout).toContain(
      'got a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)\n'
    )
    for (const piece of ['aep-bot', 'p#a/s?s', 'p#a', '#a/s', 'a/s?s', 's?s@', value]) expectNotShown(run, piece)
  })
})

describe('host', () => {
  it.each([
    ['https://acme.custhelp.com/services/rest/connect/v1.4', '"https://acme.custhelp.com" with a path'],
    ['https://acme.custhelp.com?site=eu', '"https://acme.custhelp.com" with a query'],
    ['acme.custhelp.com#eu', '"acme.custhelp.com" with a fragment']
  ])('%s is refused with the example, before any request', async (host, shown) => {
    const run = await runAction({ inputs: validInputs(emulator, { host }) })
    expect(run.code).toBe(1)
    expect(emulator.requests).toEqual([])
    expect(run.stdout).toContain(
      `::error::Invalid input: "host" must be the Oracle Service Cloud host: a host name or an https:// URL without path, query or fragment (e.g. https://acme.custhelp.com), got ${shown}\n`
    )
  })

  it('a bare host name with a port and a trailing slash is sent to Adobe exactly as given', async () => {
    const run = await runAction({ inputs: validInputs(emulator, { host: 'acme.custhelp.com:8443/' }) })
    expect(run.code).toBe(0)
    const create = emulator.requests.find(r => r.method === 'POST' && r.path === CONNECTIONS)
    expect((create?.json as { auth: { params: { host: string } } }).auth.params.host).toBe('acme.custhelp.com:8443/')
  })
})

describe('the next step names the right party and the right fix', () => {
  async function failure(overrides: Record<string, string> = {}, env: Record<string, string> = {}): Promise<string> {
    const run = await runAction({ inputs: validInputs(emulator, overrides), env: { RUNNER_DEBUG: '1', ...env } })
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({})
    const errors = lines(run.stdout).filter(line => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    return errors[0] ?? ''
  }
  const nextStep = (error: string): string => error.split('%0ANext step: ')[1] ?? ''

  it('IMS failing with a code the action has no word for: a hint about IMS', async () => {
    emulator.fault({
      path: IMS,
      action: { status: 400, body: { error: 'invalid_request', error_description: 'missing scope parameter' } }
    })
    const error = await failure()
    expect(error).toContain('::error::Could not get an access token from Adobe IMS: HTTP 400, code invalid_request')
    expect(nextStep(error)).toBe(
      'Adobe IMS did not issue a token: check "client-id", "client-secret" and "scopes" against the OAuth Server-to-Server credential in Adobe Developer Console.' +
        escapeData(more('ims-4xx-no-token-issued'))
    )
  })

  it('an update refused for a missing If-Match (1403): a bug in the action, to report', async () => {
    const stored = emulator.seedConnection({ name: 'Base connection for Oracle Service Cloud' })
    emulator.fault({
      method: 'PATCH',
      path: `${CONNECTIONS}/${stored.id}`,
      action: {
        status: 400,
        body: {
          type: 'http://ns.adobe.com/aep/errors/FLOW-1403-400',
          title: 'Precondition required',
          status: 400,
          report: { 'detailed-message': 'If-Match header is missing.', 'request-id': 'req-1403' }
        }
      }
    })
    const error = await failure({ 'if-exists': 'update' })
    expect(error).toContain('HTTP 400, code 1403-400: If-Match header is missing. (request id req-1403)')
    expect(nextStep(error)).toBe(
      "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message." +
        escapeData(more('1403-if-match-missing-or-frequency-change-refused'))
    )
  })

  it('a given access-token rejected (401013): get a fresh one, with no word of "ims-url"', async () => {
    const token = emulator.issueToken()
    emulator.expireTokens()
    const error = await failure({ 'client-secret': '', 'access-token': token })
    expect(error).toContain('HTTP 401, code 401013')
    expect(nextStep(error)).toBe(
      'the access token was not accepted: the given "access-token" expired, or it was issued for another Adobe environment or organization. Get a fresh one for "org-id" (or give "client-id" and "client-secret" so that the action gets its own).' +
        escapeData(more('401013-oauth-token-is-not-valid'))
    )
    expect(emulator.requests.filter(r => r.path === IMS)).toEqual([])
  })

  it('a 403 without a code of its own: the Sources permissions or the sandbox', async () => {
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      action: {
        status: 403,
        body: {
          type: 'http://ns.adobe.com/aep/errors/FLOW-1401-403',
          title: 'Forbidden',
          status: 403,
          report: { 'detailed-message': 'Access denied.' }
        }
      }
    })
    expect(nextStep(await failure({ 'sandbox-name': 'dev-eu' }))).toBe(
      'the credential\'s product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in "sandbox-name": in Adobe Admin Console, add them to the Experience Platform product profile of the credential.' +
        escapeData(more('403-forbidden'))
    )
  })

  it('403027 "User region is missing": the organization ID, or the product profile', async () => {
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      action: { status: 403, body: { error_code: '403027', message: 'User region is missing' } }
    })
    const error = await failure()
    expect(error).toContain('HTTP 403, code 403027: User region is missing')
    expect(nextStep(error)).toBe(
      'Adobe found no region for this credential ("User region is missing"): either "org-id" is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.' +
        escapeData(more('403027-user-region-is-missing'))
    )
  })

  it('a proxy that refuses the connection: the proxy, never its user-info', async () => {
    const port = await closedPort()
    const error = await failure(
      { ...ADOBE_URLS, 'max-attempts': '2' },
      { HTTPS_PROXY: `http://proxy-user:pr%23xy-Secret@127.0.0.1:${port}` }
    )
    expect(error).toBe(
      `::error::Could not get an access token from Adobe IMS: the proxy http://127.0.0.1:${port} (HTTPS_PROXY) refused the connection (ims-na1.adobelogin.com) (gave up after 2 attempts)` +
        '%0ANext step: check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.' +
        escapeData(more('proxy-refused-the-connection'))
    )
    expect(emulator.requests).toEqual([])
  })

  it('a proxy that answers 407: it requires authentication, and nothing is retried', async () => {
    const proxy = await startProxy({ host: '127.0.0.1', port: emulator.port }, { answer: 407 })
    try {
      const run = await runAction({
        inputs: validInputs(emulator, ADOBE_URLS),
        env: { HTTPS_PROXY: proxy.url.replace('http://', 'http://proxy-user:pr%23xy-Secret@'), RUNNER_DEBUG: '1' }
      })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        `::error::Could not get an access token from Adobe IMS: the proxy ${proxy.url} (HTTPS_PROXY) requires authentication (HTTP 407) (ims-na1.adobelogin.com)` +
          "%0ANext step: give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through." +
          escapeData(more('proxy-requires-authentication-407')) +
          '\n'
      )
      expect(proxy.connects).toEqual(['ims-na1.adobelogin.com:443'])
      for (const piece of ['proxy-user', 'pr%23xy-Secret', 'pr#xy-Secret']) expectNotShown(run, piece)
      expect(emulator.requests).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})
