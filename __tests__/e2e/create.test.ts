// The bundle, run as the runner runs it, against the emulator over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import {
  creates,
  expectNoLeak,
  expectOutputsSurviveJobs,
  ORACLE_SPEC_ID,
  tokensSeen,
  validInputs
} from '../support/e2e.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ sandboxes: ['prod', 'dev'] })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

describe('creating the base connection', () => {
  it('gets a token, sends the documented request once, and outputs the id and quoted etag', async () => {
    const run = await runAction({ inputs: validInputs(emulator), env: { RUNNER_DEBUG: '1' } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    const [tokenCall, lookup, create, settle, ...rest] = emulator.requests
    expect(rest).toEqual([])
    expect(tokenCall?.rawUrl).toBe('/ims/token/v3')
    expect(tokenCall?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(tokenCall?.form).toEqual({
      grant_type: 'client_credentials',
      client_id: DEMO_CLIENT.clientId,
      client_secret: DEMO_CLIENT.clientSecret,
      scope: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session'
    })
    expect(lookup?.method).toBe('GET')
    expect(create?.path).toBe('/data/foundation/flowservice/connections')
    // After the create, the name is looked up again to settle with runs that created at the same time.
    expect(settle?.rawUrl).toBe(lookup?.rawUrl)
    expect(create?.json).toEqual({
      name: 'Base connection for Oracle Service Cloud',
      auth: {
        specName: 'Basic Authentication',
        params: { host: DEMO_ORACLE.host, username: DEMO_ORACLE.username, password: DEMO_ORACLE.password }
      },
      connectionSpec: { id: ORACLE_SPEC_ID, version: '1.0' }
    })
    const [token] = tokensSeen(emulator)
    expect(create?.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': 'prod',
      'content-type': 'application/json'
    })

    const [stored, ...others] = emulator.connections()
    expect(others).toEqual([])
    expect(run.outputs).toEqual({
      'base-connection-id': stored?.id,
      etag: stored?.etag,
      created: 'true',
      outcome: 'created'
    })
    expect(run.outputs.etag).toMatch(/^"[0-9a-f-]+"$/)
    // The id is an output for later jobs: never masked.
    expect(run.stdout).not.toContain(`::add-mask::${stored?.id}`)
    expectOutputsSurviveJobs(run)
    expect(run.stdout).toContain(
      `Created base connection ${stored?.id} ("Base connection for Oracle Service Cloud") in sandbox prod`
    )
    expect(run.summary).toContain(stored?.id)
    expectNoLeak(run, [DEMO_ORACLE.password, DEMO_CLIENT.clientSecret, token ?? 'no token'])
  })

  it('with a ready access token calls no IMS, sends api-key as x-api-key, and carries the description', async () => {
    const accessToken = emulator.issueToken({ clientId: 'other-client', orgId: DEMO_CLIENT.orgId })
    const run = await runAction({
      inputs: validInputs(emulator, {
        'client-id': '',
        'client-secret': '',
        'access-token': accessToken,
        'api-key': 'other-client',
        'sandbox-name': 'dev',
        name: 'Oracle <EU> & co',
        description: 'EU helpdesk'
      }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(0)
    expect(emulator.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /data/foundation/flowservice/connections',
      'POST /data/foundation/flowservice/connections',
      'GET /data/foundation/flowservice/connections'
    ])
    const [create] = creates(emulator)
    expect(create?.headers).toMatchObject({
      authorization: `Bearer ${accessToken}`,
      'x-api-key': 'other-client',
      'x-sandbox-name': 'dev'
    })
    expect(create?.json).toMatchObject({ name: 'Oracle <EU> & co', description: 'EU helpdesk' })
    // The job summary is HTML: the name is escaped there.
    expect(run.summary).toContain('<td>Oracle &#60;EU&#62; &#38; co</td>')
    expectOutputsSurviveJobs(run)
    expect(emulator.connections().map(c => c.sandboxName)).toEqual(['dev'])
    expectNoLeak(run, [DEMO_ORACLE.password, accessToken])
  })
})

describe("Adobe's errors", () => {
  it('shows status, code, message, request id and a next step, without a stack trace', async () => {
    const run = await runAction({ inputs: validInputs(emulator, { 'org-id': 'FFFFFFFFFFFFFFFFFFFFFFFF@AdobeOrg' }) })
    expect(run.code).toBe(1)
    const lookup = emulator.requests.find(r => r.method === 'GET')
    expect(lookup).toBeDefined()
    expect(run.stdout).toContain(
      '::error::Could not look up existing base connections: HTTP 403, code 403025: Profile is not valid (request id '
    )
    expect(run.stdout).toMatch(
      /\(request id [0-9a-f-]{36}\)%0ANext step: the credential has no Experience Platform product profile/
    )
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(creates(emulator)).toEqual([])
  })

  it('explains an unknown sandbox (2101)', async () => {
    const run = await runAction({ inputs: validInputs(emulator, { 'sandbox-name': 'nosuch' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('HTTP 404, code 2101-404')
    expect(run.stdout).toContain('Next step: the sandbox does not exist in this organization: check "sandbox-name"')
  })

  it("explains IMS's rejection of the client secret and never shows the secret", async () => {
    const run = await runAction({
      inputs: validInputs(emulator, { 'client-secret': 'wrong-secret-value' }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Could not get an access token from Adobe IMS: HTTP 400, code invalid_client: invalid client_secret parameter'
    )
    expect(run.stdout).toContain('Next step: Adobe IMS rejected the client credentials')
    expect(emulator.requests.map(r => r.path)).toEqual(['/ims/token/v3'])
    expectNoLeak(run, ['wrong-secret-value', DEMO_ORACLE.password])
  })

  it('explains a wrong auth-spec-name (1415-400)', async () => {
    const run = await runAction({ inputs: validInputs(emulator, { 'auth-spec-name': 'OAuth 2' }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Could not create the base connection: HTTP 400, code 1415-400')
    expect(run.stdout).toContain('"auth-spec-name" is not an authentication spec of this connection spec')
    expect(emulator.connections()).toEqual([])
  })
})
