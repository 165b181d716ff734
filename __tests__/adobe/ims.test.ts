// The access-token sources: IMS's over real HTTP against the emulator (what it sends, as the
// emulator recorded it, what it makes of the answers, and its messages), and a token given ready.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, startEmulator } from '../../emulator/server.js'
import { AdobeApiError, describeAnswer } from '../../src/adobe/errors.js'
import { ImsTokenSource, StaticTokenSource } from '../../src/adobe/ims.js'
import { wording } from '../../src/base-connection/describe.js'
import { DEFAULT_RETRY, Transport } from '../../src/http/transport.js'
import { captureStdout } from '../support/stdout.js'
import { more } from '../support/troubleshooting.js'
import { messageOf, NOT_DOCUMENTED, rejection } from './emulated.js'

const emulator = await startEmulator()
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

// ImsTokenSource masks each token on stdout (::add-mask::); kept here instead of in the test output.
const stdout = captureStdout()

const SCOPES = 'openid,AdobeID,read_organizations'
const IMS_OPERATION = 'Could not get an access token from Adobe IMS'

/** IMS's token source, worded as the base connection action words it, with three attempts. */
function imsSource(clientSecret = DEMO_CLIENT.clientSecret): ImsTokenSource {
  const log = { info: () => undefined, debug: () => undefined }
  const transport = new Transport(
    { ...DEFAULT_RETRY, maxAttempts: 3, timeoutMs: 2000, sleep: async () => {} },
    log,
    describeAnswer
  )
  return new ImsTokenSource(
    transport,
    emulator.url,
    { clientId: DEMO_CLIENT.clientId, clientSecret, scopes: SCOPES },
    wording
  )
}

const imsRequests = () => emulator.requests.filter(r => r.path === '/ims/token/v3')

describe('ImsTokenSource', () => {
  it('posts the client credentials as a form body, and masks the token the moment it arrives', async () => {
    const token = await imsSource().token()
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
    const ims = imsSource()
    const [first, again] = await Promise.all([ims.token(), ims.token()])
    expect(again).toBe(first)
    expect(imsRequests()).toHaveLength(1)
    const fresh = await ims.refresh()
    expect(fresh).not.toBe(first)
    expect(await ims.token()).toBe(fresh)
    expect(imsRequests()).toHaveLength(2)
  })

  it('says what IMS said when it rejects the credentials, with the next step, and does not retry', async () => {
    const error = await rejection(imsSource('rotated-secret').token())
    expect(error).toBeInstanceOf(AdobeApiError)
    expect(await messageOf(Promise.reject(error))).toBe(
      `${IMS_OPERATION}: HTTP 400, code invalid_client: invalid client_secret parameter (request id <id>)\n` +
        'Next step: Adobe IMS rejected the client credentials: check "client-id" and "client-secret" (was the secret rotated?) and that the credential is OAuth Server-to-Server.' +
        more('invalid_client-unauthorized_client-client-credentials-rejected')
    )
    expect(imsRequests()).toHaveLength(1)
  })

  it('gives a next step about IMS, not Flow Service, for an IMS error it has no special word for', async () => {
    emulator.fault({
      path: '/ims/token/v3',
      action: { status: 400, body: { error: 'invalid_request', error_description: 'missing grant_type parameter' } }
    })
    expect(await messageOf(imsSource().token())).toBe(
      `${IMS_OPERATION}: HTTP 400, code invalid_request: missing grant_type parameter (request id <id>)\n` +
        'Next step: Adobe IMS did not issue a token: check "client-id", "client-secret" and "scopes" against the OAuth Server-to-Server credential in Adobe Developer Console.' +
        more('ims-4xx-no-token-issued')
    )
  })

  it('knows its tokens come from client credentials; a static one, from "access-token"', () => {
    expect([imsSource().credentials, new StaticTokenSource('t').credentials]).toEqual(['client', 'token'])
  })

  it.each([{ token_type: 'bearer' }, { access_token: '' }, { access_token: 42 }])(
    'refuses an answer without an access token: %j',
    async body => {
      emulator.fault({ path: '/ims/token/v3', times: Infinity, action: { status: 200, body } })
      expect(await messageOf(imsSource().token())).toBe(
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
