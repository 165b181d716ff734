// Adobe's side of failures: its error bodies, its codes, the next step for each, and how transport
// errors reach the user (exact messages: they are the action's interface when something fails).
import { describe, expect, it } from '@jest/globals'

import { ACCESS_HINTS } from '../../src/access/hints.js'
import {
  AdobeApiError,
  AdobeContext,
  adobeReference,
  ADVICE,
  Advice,
  adviceFor,
  describeAnswer,
  explainFailure,
  isSourceRejection,
  isTokenRejection,
  isUnknownSpec,
  notDocumented,
  parseAdobeError,
  PLATFORM,
  readJsonObject,
  requestIdNote,
  requestIdOf
} from '../../src/adobe/errors.js'
import { unknownSpecError, wording } from '../../src/base-connection/describe.js'
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { wording as dataflowWording } from '../../src/dataflow/describe.js'
import { DATAFLOW_INPUT } from '../../src/dataflow/names.js'
import {
  HttpError,
  HttpResponse,
  HttpStatusError,
  MalformedAnswerError,
  NetworkFailure,
  TransportError,
  UnreadableAnswerError
} from '../../src/http/transport.js'
import { ActionError } from '../../src/runner/errors.js'
import { maskSecret } from '../../src/runner/secrets.js'
import { more } from '../support/troubleshooting.js'

const response = (status: number, body: unknown, requestId?: string): HttpResponse => ({
  status,
  headers: requestId === undefined ? {} : { 'x-request-id': requestId },
  text: typeof body === 'string' ? body : JSON.stringify(body)
})

/** Marks an error as the transport does after its last attempt. */
function gaveUp<E extends HttpError>(error: E, attempts: number): E {
  error.attempts = attempts
  error.gaveUp = true
  return error
}

const apiError = (status: number, code?: string, requestId?: string): AdobeApiError =>
  new AdobeApiError({ operation: 'x', status, code, requestId })

/** The entry that explains each advice (its heading's anchor in docs/troubleshooting.md). */
const ENTRY_OF: Readonly<Record<Advice, string>> = {
  'ims-client-rejected': 'invalid_client-unauthorized_client-client-credentials-rejected',
  'ims-scope-rejected': 'invalid_scope-scopes-rejected',
  'ims-throttled': 'ims-429-token-requests-throttled',
  'ims-failed': 'ims-5xx-adobe-ims-failed',
  'ims-not-found': 'ims-404-no-token-endpoint',
  'ims-refused': 'ims-4xx-no-token-issued',
  'token-rejected-given': '401013-oauth-token-is-not-valid',
  'token-rejected-issued': '401013-oauth-token-is-not-valid',
  'token-rejected': '401013-oauth-token-is-not-valid',
  'api-key-rejected': '403000-403003-api-key-missing-or-not-valid',
  'no-product-profile': '403025-profile-is-not-valid',
  'no-region': '403027-user-region-is-missing',
  'unknown-sandbox': '2101-sandbox-not-found',
  'unknown-connection-spec': '1413-connection-spec-not-found',
  'unknown-auth-spec': '1415-authentication-spec-not-found',
  'if-match-missing': '1403-if-match-missing-or-frequency-change-refused',
  'changed-meanwhile': '412-1404-version-not-matching',
  'base-connection-in-use': '1418-base-connection-in-use',
  'in-use-by-dataflow': '1447-still-used-by-an-active-dataflow',
  'unknown-mapping-version': '1412-1419-mapping-set-or-version-not-found',
  'mapping-schema-mismatch': '1425-mapping-set-for-another-schema',
  throttled: '429-429001-too-many-requests',
  'service-failed': '5xx-service-failed',
  'not-found': '404-not-found',
  forbidden: '403-forbidden',
  unauthorized: '401-unauthorized',
  'bad-request': '400-bad-request',
  'tls-untrusted': 'tls-certificate-not-trusted',
  'answer-too-large': 'answer-too-large',
  'proxy-refused': 'proxy-refused-the-connection',
  'proxy-auth': 'proxy-requires-authentication-407',
  'proxy-failed': 'proxy-failed',
  network: 'network-failure-or-no-answer-in-time',
  'answer-unreadable': 'answer-could-not-be-read'
}

/** A next step as an action prints it: the sentence, then the link to the advice's entry. */
const linked = (advice: Advice | undefined, hint: string | undefined): string | undefined =>
  advice === undefined || hint === undefined ? undefined : `${hint}${more(ENTRY_OF[advice])}`

describe('parseAdobeError', () => {
  it("reads Flow Service's error body: code from the type, detailed message, request id from the report", () => {
    const body = JSON.stringify({
      type: 'http://ns.adobe.com/aep/errors/FLOW-1413-400',
      title: 'Invalid request',
      status: 400,
      report: { 'detailed-message': 'The provided spec id is invalid.', 'request-id': 'req-flow-1' },
      errorMessage: 'Invalid request'
    })
    expect(parseAdobeError('create the base connection', 400, body, 'req-header')).toEqual({
      operation: 'create the base connection',
      status: 400,
      code: '1413-400',
      adobeMessage: 'The provided spec id is invalid.',
      requestId: 'req-flow-1'
    })
  })

  it("reads the API gateway's body and takes the request id from the header", () => {
    const body = '{"error_code":"403025","message":"Profile is not valid"}'
    expect(parseAdobeError('look up existing base connections', 403, body, 'req-9')).toEqual({
      operation: 'look up existing base connections',
      status: 403,
      code: '403025',
      adobeMessage: 'Profile is not valid',
      requestId: 'req-9'
    })
  })

  it('reads a bare errorMessage body and IMS error bodies', () => {
    expect(parseAdobeError('x', 500, '{"errorMessage":"Something broke"}', undefined)).toMatchObject({
      code: undefined,
      adobeMessage: 'Something broke'
    })
    expect(
      parseAdobeError(
        'get an access token from Adobe IMS',
        400,
        '{"error":"invalid_client","error_description":"invalid client_secret parameter"}',
        undefined
      )
    ).toMatchObject({ code: 'invalid_client', adobeMessage: 'invalid client_secret parameter' })
  })

  it.each([
    [
      "the gateway's content-type body (a type without a code)",
      {
        type: '/placeholder/type/uri',
        status: 400,
        title: 'BadRequestError',
        detail: 'A valid content-type must be specified'
      },
      undefined,
      'A valid content-type must be specified'
    ],
    ['a title alone', { title: 'Invalid request' }, undefined, 'Invalid request'],
    ['a numeric code', { code: 2101, message: 'Sandbox not found' }, '2101', 'Sandbox not found'],
    ['error_code before code before error', { error_code: 'a', code: 'b', error: 'c' }, 'a', undefined],
    ['code before error', { code: 'b', error: 'c' }, 'b', undefined],
    [
      'blank strings skipped, others trimmed',
      { error_code: '  ', code: ' 403003 ', errorMessage: ' ', message: '  Api Key is invalid  ' },
      '403003',
      'Api Key is invalid'
    ],
    [
      'message before error_description before detail',
      { message: 'm', error_description: 'e', detail: 'd' },
      undefined,
      'm'
    ],
    ['error_description before detail', { error_description: 'e', detail: 'd', title: 't' }, undefined, 'e'],
    ['detail before title', { detail: 'd', title: 't' }, undefined, 'd']
  ])('reads %s', (_, body, code, adobeMessage) => {
    expect(parseAdobeError('x', 400, JSON.stringify(body), undefined)).toEqual({
      operation: 'x',
      status: 400,
      code,
      adobeMessage,
      requestId: undefined
    })
  })

  it('takes a request id from the body before the header', () => {
    expect(parseAdobeError('x', 404, '{"request-id":"in-body"}', 'in-header').requestId).toBe('in-body')
  })

  it.each(['<html>Bad Gateway</html>', '', 'null', '[{"error_code":"503"}]', '"Service Unavailable"'])(
    'keeps only status and request id of a body that is not a JSON object: %j',
    body => {
      expect(parseAdobeError('x', 502, body, 'r1')).toEqual({
        operation: 'x',
        status: 502,
        code: undefined,
        adobeMessage: undefined,
        requestId: 'r1'
      })
    }
  )

  it('clips a message over 500 characters to 497 and an ellipsis, and keeps one of exactly 500', () => {
    const clipped = parseAdobeError('x', 400, JSON.stringify({ message: 'a'.repeat(501) }), undefined).adobeMessage
    expect(clipped).toBe(`${'a'.repeat(497)}...`)
    expect(parseAdobeError('x', 400, JSON.stringify({ message: 'b'.repeat(500) }), undefined).adobeMessage).toBe(
      'b'.repeat(500)
    )
  })

  it('redacts every registered secret before clipping, so that no prefix of one survives', () => {
    const secret = 'Echoed-Secret-0123456789'
    maskSecret(secret, 'a test secret')
    for (const filler of [470, 480, 490, 496]) {
      const message = `${'f'.repeat(filler)}${secret} and more`
      const { adobeMessage = '' } = parseAdobeError('x', 400, JSON.stringify({ message }), undefined)
      const redacted = `${'f'.repeat(filler)}*** and more`
      expect(adobeMessage).toBe(redacted.length > 500 ? `${redacted.slice(0, 497)}...` : redacted)
      for (let length = 4; length <= secret.length; length++)
        expect(adobeMessage).not.toContain(secret.slice(0, length))
    }
  })

  it('redacts the form-encoded and percent-encoded forms of a secret, as IMS and gateways echo them', () => {
    const secret = 'client secret&+=/x'
    maskSecret(secret, 'a test secret')
    const body = {
      error: 'invalid_client',
      error_description: `bad client_secret=${new URLSearchParams({ s: secret }).toString().slice(2)} in ${encodeURIComponent(secret)}`
    }
    expect(parseAdobeError('x', 400, JSON.stringify(body), undefined).adobeMessage).toBe('bad client_secret=*** in ***')
  })

  it('shows control characters of the code, message and request id as escapes, on one line', () => {
    const body = {
      error_code: '400\n::add-mask::true',
      message: 'x\r\n::error::fake\u0085##[warning]y\u2028z',
      'request-id': 'r-1\n::save-state name=a::b'
    }
    expect(parseAdobeError('x', 400, JSON.stringify(body), undefined)).toEqual({
      operation: 'x',
      status: 400,
      code: '400\\n::add-mask::true',
      adobeMessage: 'x\\r\\n::error::fake\\u0085##[warning]y\\u2028z',
      requestId: 'r-1\\n::save-state name=a::b'
    })
  })

  it('clips a code and a request id over 100 characters, after redacting and escaping them', () => {
    const body = JSON.stringify({ code: 'c'.repeat(101), 'request-id': 'r'.repeat(100) })
    expect(parseAdobeError('x', 400, body, undefined)).toMatchObject({
      code: `${'c'.repeat(97)}...`,
      requestId: 'r'.repeat(100)
    })
    // The header's id too; its BEL becomes "\u0007", six characters, and the whole is clipped.
    expect(parseAdobeError('x', 400, '{}', `${'r'.repeat(95)}\u0007`).requestId).toBe(`${'r'.repeat(95)}\\u...`)
  })
})

const TOKEN_REJECTED =
  'the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh "access-token", or with "client-secret" check that "ims-url" is the IMS of the environment of "platform-url".'
const GIVEN_TOKEN_REJECTED =
  'the access token was not accepted: the given "access-token" expired, or it was issued for another Adobe environment or organization. Get a fresh one for "org-id" (or give "client-id" and "client-secret" so that the action gets its own).'
const ISSUED_TOKEN_REJECTED =
  'the access token was not accepted, though Adobe IMS had just issued it: "ims-url" must be the IMS of the Adobe environment of "platform-url" (https://ims-na1.adobelogin.com for https://platform.adobe.io).'
const MISSING_IF_MATCH =
  "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message."
const REGION_MISSING =
  'Adobe found no region for this credential ("User region is missing"): either "org-id" is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.'
const SOURCES_PERMISSIONS =
  'the credential\'s product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in "sandbox-name": in Adobe Admin Console, add them to the Experience Platform product profile of the credential.'
const IMS_CLIENT =
  'Adobe IMS rejected the client credentials: check "client-id" and "client-secret" (was the secret rotated?) and that the credential is OAuth Server-to-Server.'
const IMS_REFUSED =
  'Adobe IMS did not issue a token: check "client-id", "client-secret" and "scopes" against the OAuth Server-to-Server credential in Adobe Developer Console.'
const NO_PRODUCT_PROFILE =
  'the credential has no Experience Platform product profile in this organization, or "org-id" is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check "org-id".'

/** Experience Platform, the credentials not said, as the base connection action words Adobe's advice. */
const WORDED: AdobeContext = { service: 'platform', wording }

/** Adobe's answer with this status and code (none: an empty body), as the transport reports it. */
const answer = (status: number, code?: string): HttpStatusError =>
  new HttpStatusError('x', response(status, code === undefined ? '' : { error_code: code }))

/** The error a request to Adobe fails with, explained in this context. */
const explainedAnswer = (status: number, code: string | undefined, context: AdobeContext): AdobeApiError =>
  explainFailure(answer(status, code), context) as AdobeApiError

describe('AdobeApiError', () => {
  it('says what failed, the status, code, message, request id and the next step', () => {
    const details = {
      operation: 'look up existing base connections',
      status: 403,
      code: '403025',
      adobeMessage: 'Profile is not valid',
      requestId: 'req-9'
    }
    expect(adviceFor(details, PLATFORM)).toBe('no-product-profile')
    const error = new AdobeApiError(details, wording('no-product-profile'))
    expect(error.message).toBe(
      'Could not look up existing base connections: HTTP 403, code 403025: Profile is not valid (request id req-9)\n' +
        `Next step: ${NO_PRODUCT_PROFILE}${more('403025-profile-is-not-valid')}`
    )
    expect([error.name, error.status, error.code, error instanceof ActionError]).toEqual([
      'AdobeApiError',
      403,
      '403025',
      true
    ])
    // The hint is the caller's: none given, none said.
    expect(new AdobeApiError(details).message).toBe(
      'Could not look up existing base connections: HTTP 403, code 403025: Profile is not valid (request id req-9)'
    )
  })

  it('leaves out what it does not know, and the next step when there is none', () => {
    expect(new AdobeApiError({ operation: 'x', status: 409 }).message).toBe('Could not x: HTTP 409')
  })
})

const CREDENTIALS = 'check the Adobe credentials ("client-id", "client-secret" or "access-token") and "org-id".'
const CHANGED = 'the connection changed while it was being updated: run the workflow again.'
const API_KEY =
  'the API key was not accepted: "api-key" (or "client-id") must be the client ID of the credential that issued the token.'
const SERVICE_FAILED =
  "Adobe's service failed; run the job again later, and check https://status.adobe.com if it persists."
const UNKNOWN_CONNECTION_SPEC =
  'Flow Service does not offer this connection spec to the organization: check "connection-spec-id".'
const UNKNOWN_AUTH_SPEC =
  '"auth-spec-name" is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).'
const UNKNOWN_MAPPING_VERSION =
  'Data Prep does not have that mapping set version: run the dataflow action again, which writes a new version from "mapping".'
const MAPPING_SCHEMA_MISMATCH =
  'the mapping set was written for another schema than the dataset\'s: check "dataset-id" and the destinations in "mapping".'

/** Experience Platform's answers, what they mean (the Adobe layer's advice), and the next step every action gives. */
type AdviceRow = [code: string | undefined, status: number, advice: Advice | undefined, hint: string | undefined]
const SHARED_ADVICE: AdviceRow[] = [
  ['401013', 401, 'token-rejected', TOKEN_REJECTED],
  ['403000', 403, 'api-key-rejected', API_KEY],
  ['403003', 403, 'api-key-rejected', API_KEY],
  ['403025', 403, 'no-product-profile', NO_PRODUCT_PROFILE],
  [
    '2101',
    404,
    'unknown-sandbox',
    'the sandbox does not exist in this organization: check "sandbox-name" (lowercase, as shown in the sandbox list of Experience Platform).'
  ],
  ['1403-400', 400, 'if-match-missing', MISSING_IF_MATCH],
  ['1404-412', 412, 'changed-meanwhile', CHANGED],
  ['invalid_client', 400, 'ims-client-rejected', IMS_CLIENT],
  ['unauthorized_client', 400, 'ims-client-rejected', IMS_CLIENT],
  [
    'invalid_scope',
    400,
    'ims-scope-rejected',
    'Adobe IMS rejected the scopes: copy "scopes" from the credential in Adobe Developer Console.'
  ],
  [
    '429001',
    429,
    'throttled',
    'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.'
  ],
  [undefined, 500, 'service-failed', SERVICE_FAILED],
  ['503', 503, 'service-failed', SERVICE_FAILED],
  [
    '1101-404',
    404,
    'not-found',
    'the resource was not found in this organization and sandbox: check "org-id" and "sandbox-name".'
  ],
  ['401001', 401, 'unauthorized', CREDENTIALS],
  [undefined, 401, 'unauthorized', CREDENTIALS],
  ['403027', 403, 'no-region', REGION_MISSING],
  [undefined, 403, 'forbidden', SOURCES_PERMISSIONS],
  ['403010', 403, 'forbidden', SOURCES_PERMISSIONS],
  ['1422-403', 403, 'forbidden', SOURCES_PERMISSIONS],
  ['1100-400', 400, 'bad-request', 'Flow Service rejected the request: check the inputs named in the message.'],
  [
    '1447-400',
    400,
    'in-use-by-dataflow',
    'an active dataflow still uses it: delete (or disable) that dataflow first, then run again.'
  ],
  [undefined, 409, undefined, undefined],
  ['unsupported_grant_type', 405, undefined, undefined]
]
/** The codes that name the base connection action's own inputs. */
const BASE_CONNECTION_ADVICE: [string, number, Advice, string][] = [
  ['1413-400', 400, 'unknown-connection-spec', UNKNOWN_CONNECTION_SPEC],
  ['1415-400', 400, 'unknown-auth-spec', UNKNOWN_AUTH_SPEC],
  // Only this action deletes base connections.
  [
    '1418-400',
    400,
    'base-connection-in-use',
    'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.'
  ]
]
/** The codes that name the dataflow action's own inputs. */
const DATAFLOW_ADVICE: [string, number, Advice, string][] = [
  [
    '1413-400',
    400,
    'unknown-connection-spec',
    'Flow Service does not offer the source of the base connection (its connection spec) to this organization: check "base-connection-id" and "flow-spec-name".'
  ],
  [
    '1415-400',
    400,
    'unknown-auth-spec',
    'the base connection\'s authentication does not fit its connection spec: recreate it with the base connection action, then use its "base-connection-id".'
  ],
  ['1412-400', 400, 'unknown-mapping-version', UNKNOWN_MAPPING_VERSION],
  ['1419-400', 400, 'unknown-mapping-version', UNKNOWN_MAPPING_VERSION],
  ['1425-400', 400, 'mapping-schema-mismatch', MAPPING_SCHEMA_MISMATCH]
]

describe("the next step for each of Adobe's answers, in an action's words", () => {
  it.each([...SHARED_ADVICE, ...BASE_CONNECTION_ADVICE])(
    "gives the next step for code %s (HTTP %i) in the base connection action's words",
    (code, status, advice, hint) => {
      const error = explainedAnswer(status, code, WORDED)
      expect(error.hint).toBe(linked(advice, hint))
      expect(error.message.split('\nNext step: ')[1]).toBe(linked(advice, hint))
    }
  )

  it.each([...SHARED_ADVICE, ...DATAFLOW_ADVICE])(
    "gives the next step for code %s (HTTP %i) in the dataflow action's words",
    (code, status, advice, hint) => {
      const error = explainedAnswer(status, code, { service: 'platform', wording: dataflowWording })
      expect(error.hint).toBe(linked(advice, hint))
      expect(error.message.split('\nNext step: ')[1]).toBe(linked(advice, hint))
    }
  )

  it('every shared next step is the access hints; an action adds only those that name its own inputs', () => {
    for (const [, , advice, hint] of SHARED_ADVICE) {
      if (advice === undefined) continue
      const printed = linked(advice, hint)
      expect([ACCESS_HINTS[advice], wording(advice), dataflowWording(advice)]).toEqual([hint, printed, printed])
    }
    for (const [, , advice, hint] of BASE_CONNECTION_ADVICE)
      expect([ACCESS_HINTS[advice], wording(advice)]).toEqual([undefined, linked(advice, hint)])
    for (const [, , advice, hint] of DATAFLOW_ADVICE)
      expect([ACCESS_HINTS[advice], dataflowWording(advice)]).toEqual([undefined, linked(advice, hint)])
  })

  it('links every next step to the entry of its advice, in both actions', () => {
    for (const words of [wording, dataflowWording])
      for (const advice of ADVICE) {
        const hint = words(advice)
        if (hint === undefined) continue
        expect({ advice, entry: hint.slice(hint.indexOf('\nMore: ')) }).toEqual({
          advice,
          entry: more(ENTRY_OF[advice])
        })
      }
  })

  it('no action names an input it does not have, for any advice', () => {
    /** Every input of either action that a sentence could name: quoted, or bare when hyphenated. */
    const allInputs = [...new Set([...Object.values(INPUT), ...Object.values(DATAFLOW_INPUT)])]
    const named = (text: string): string[] =>
      allInputs.filter(
        input => text.includes(`"${input}"`) || (input.includes('-') && new RegExp(`\\b${input}\\b`).test(text))
      )
    for (const [words, inputs] of [
      [wording, Object.values(INPUT)],
      [dataflowWording, Object.values(DATAFLOW_INPUT)]
    ] as const) {
      const texts = ADVICE.flatMap(advice => words(advice) ?? [])
      expect(texts.length).toBeGreaterThan(ADVICE.length - 5)
      const foreign = texts.flatMap(text => named(text).filter(input => !(inputs as readonly string[]).includes(input)))
      expect(foreign).toEqual([])
    }
  })

  it('every advice has a next step in each action but those of a service it never calls', () => {
    // The base connection action never calls Data Prep; the dataflow action never deletes a base connection.
    expect(ADVICE.filter(advice => wording(advice) === undefined)).toEqual([
      'unknown-mapping-version',
      'mapping-schema-mismatch'
    ])
    expect(ADVICE.filter(advice => dataflowWording(advice) === undefined)).toEqual(['base-connection-in-use'])
  })
})

describe("the Adobe layer alone: what an answer means, in no action's words", () => {
  /** Every input either action has, as a next step would name it. */
  const INPUT_NAMES = [...new Set([...Object.values(INPUT), ...Object.values(DATAFLOW_INPUT)])]
  const namesNoInput = (message: string): void => {
    expect(message).not.toContain('Next step')
    expect(message).not.toMatch(/"[a-z]+(-[a-z]+)*"/)
    for (const input of INPUT_NAMES.filter(name => name.includes('-'))) expect(message).not.toContain(input)
  }

  it.each([...SHARED_ADVICE, ...BASE_CONNECTION_ADVICE, ...DATAFLOW_ADVICE])(
    'maps code %s (HTTP %i) to the advice %s, and words no next step',
    (code, status, advice) => {
      expect(adviceFor({ status, code }, PLATFORM)).toBe(advice)
      const error = explainedAnswer(status, code, PLATFORM)
      expect(error.hint).toBeUndefined()
      namesNoInput(error.message)
    }
  )

  it.each<[number, string | undefined, Advice | undefined]>([
    [400, 'invalid_request', 'ims-refused'],
    [400, 'invalid_client', 'ims-client-rejected'],
    [400, 'invalid_scope', 'ims-scope-rejected'],
    [404, undefined, 'ims-not-found'],
    [429, undefined, 'ims-throttled'],
    [503, undefined, 'ims-failed'],
    [302, undefined, undefined]
  ])('maps IMS answering HTTP %i with code %s to the advice %s', (status, code, advice) => {
    expect(adviceFor({ status, code }, { service: 'ims' })).toBe(advice)
    namesNoInput(explainedAnswer(status, code, { service: 'ims' }).message)
  })

  it('tells whose token the gateway rejected (401013)', () => {
    expect(
      (['token', 'client', undefined] as const).map(credentials =>
        adviceFor({ status: 401, code: '401013' }, { service: 'platform', credentials })
      )
    ).toEqual(['token-rejected-given', 'token-rejected-issued', 'token-rejected'])
  })

  it('gives no next step for a failure on the way there, nor for an unreadable answer', () => {
    const failures = [
      new TransportError('read connection spec', 'timeout', undefined, 'no answer within 30 s', 'platform.adobe.io'),
      new TransportError('read connection spec', 'tls', 'SELF_SIGNED_CERT_IN_CHAIN', 'untrusted', 'platform.adobe.io'),
      new UnreadableAnswerError('create the base connection', response(201, '{"id":'), 'not JSON')
    ]
    for (const failure of failures) namesNoInput((explainFailure(failure) as Error).message)
  })
})

describe('the next step depends on who answered and whose token it was', () => {
  const hintOf = (error: HttpStatusError, context: AdobeContext = PLATFORM): string | undefined =>
    (explainFailure(error, { ...context, wording }) as AdobeApiError).hint
  const IMS: AdobeContext = { service: 'ims' }

  it.each<[number, string | undefined, string | undefined, string | undefined]>([
    [400, 'invalid_request', IMS_REFUSED, 'ims-4xx-no-token-issued'],
    [400, undefined, IMS_REFUSED, 'ims-4xx-no-token-issued'],
    [401, 'unknown_error', IMS_REFUSED, 'ims-4xx-no-token-issued'],
    [403, undefined, IMS_REFUSED, 'ims-4xx-no-token-issued'],
    [400, 'invalid_client', IMS_CLIENT, 'invalid_client-unauthorized_client-client-credentials-rejected'],
    [
      400,
      'invalid_scope',
      'Adobe IMS rejected the scopes: copy "scopes" from the credential in Adobe Developer Console.',
      'invalid_scope-scopes-rejected'
    ],
    [
      404,
      undefined,
      '"ims-url" does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.',
      'ims-404-no-token-endpoint'
    ],
    [
      429,
      undefined,
      'Adobe IMS is throttling token requests: run the job again later, or lower how many jobs run at once.',
      'ims-429-token-requests-throttled'
    ],
    [
      503,
      undefined,
      'Adobe IMS failed; run the job again later, and check https://status.adobe.com if it persists.',
      'ims-5xx-adobe-ims-failed'
    ],
    [302, undefined, undefined, undefined]
  ])('IMS answering HTTP %i with code %s: a hint about IMS', (status, code, hint, entry) => {
    expect(hintOf(answer(status, code), IMS)).toBe(hint === undefined ? undefined : `${hint}${more(entry ?? '')}`)
    if (hint !== undefined) expect(hint).not.toMatch(/Flow Service|sandbox/)
  })

  it('a 401013 names the given access-token, or IMS and "ims-url" for a token IMS issued', () => {
    const entry = more('401013-oauth-token-is-not-valid')
    expect(hintOf(answer(401, '401013'), { service: 'platform', credentials: 'token' })).toBe(
      `${GIVEN_TOKEN_REJECTED}${entry}`
    )
    expect(hintOf(answer(401, '401013'), { service: 'platform', credentials: 'client' })).toBe(
      `${ISSUED_TOKEN_REJECTED}${entry}`
    )
    expect(hintOf(answer(401, '401013'), { service: 'platform' })).toBe(`${TOKEN_REJECTED}${entry}`)
    expect(hintOf(answer(401, '401013'))).toBe(`${TOKEN_REJECTED}${entry}`)
    expect(GIVEN_TOKEN_REJECTED).not.toContain('ims-url')
  })

  it('the same codes on a 400 from Flow Service and from IMS get their own service named', () => {
    expect(hintOf(answer(400), { service: 'platform', credentials: 'client' })).toBe(
      `Flow Service rejected the request: check the inputs named in the message.${more('400-bad-request')}`
    )
    expect(hintOf(answer(400), IMS)).toBe(`${IMS_REFUSED}${more('ims-4xx-no-token-issued')}`)
  })
})

describe('small helpers', () => {
  it('notes a request id only when there is one', () => {
    expect([requestIdNote('r-1'), requestIdNote(undefined), requestIdNote('')]).toEqual([' (request id r-1)', '', ''])
  })

  it("names Adobe's side of an error for messages of the action's own", () => {
    expect(adobeReference(apiError(400, '1413-400', 'r-3'))).toBe('HTTP 400, code 1413-400, request id r-3')
    expect(adobeReference(apiError(404))).toBe('HTTP 404')
  })

  it("takes the request id from the answer's header, the first of repeated ones", () => {
    expect(requestIdOf(response(500, '', 'r-5'))).toBe('r-5')
    expect(requestIdOf({ status: 500, headers: { 'x-request-id': ['r-6', 'r-7'] }, text: '' })).toBe('r-6')
    expect(requestIdOf(response(500, ''))).toBeUndefined()
  })

  it("names an answer for retry log lines by status and Adobe's code", () => {
    expect(describeAnswer(response(429, { error_code: '429001', message: 'Too many requests' }))).toBe(
      'HTTP 429 (429001)'
    )
    expect(describeAnswer(response(503, { type: 'http://ns.adobe.com/aep/errors/FLOW-1099-503' }))).toBe(
      'HTTP 503 (1099-503)'
    )
    expect(describeAnswer(response(502, '<html>Bad Gateway</html>'))).toBe('HTTP 502')
  })

  it('reads the JSON object of a 2xx answer', () => {
    expect(readJsonObject(response(200, { id: 'c-1', etag: '"e"' }))).toEqual({ id: 'c-1', etag: '"e"' })
  })

  it.each([
    ['{"id":', 'not JSON'],
    ['', 'not JSON'],
    ['null', 'not a JSON object'],
    ['[{"id":"c-1"}]', 'not a JSON object'],
    ['42', 'not a JSON object']
  ])('refuses %j as malformed (%s)', (text, problem) => {
    const read = (): unknown => readJsonObject({ status: 200, headers: {}, text })
    expect(read).toThrow(MalformedAnswerError)
    expect(read).toThrow(`an answer that is not the JSON Adobe documents (${problem})`)
  })

  it('names what is not documented', () => {
    const error = notDocumented('no id and etag')
    expect([error instanceof MalformedAnswerError, error.message]).toEqual([
      true,
      'an answer that is not the JSON Adobe documents (no id and etag)'
    ])
  })
})

describe('explainFailure', () => {
  const NETWORK_HINT = `Next step: check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise "timeout-seconds" if Adobe is slow.${more('network-failure-or-no-answer-in-time')}`
  const transportError = (failure: NetworkFailure, reason: string, code?: string): TransportError =>
    new TransportError('read connection spec', failure, code, reason, 'platform.adobe.io')
  const actionError = (message: string) => ({ type: 'ActionError', message })
  const explained = (error: unknown): { type: string; message: string } => {
    const result = explainFailure(error, WORDED) as Error
    return { type: result.constructor.name, message: result.message }
  }

  it("turns a non-2xx answer into Adobe's error, with the next step", () => {
    const answer = response(403, { error_code: '403025', message: 'Profile is not valid' }, 'req-9')
    const result = explainFailure(new HttpStatusError('look up existing base connections', answer), WORDED)
    expect(result).toBeInstanceOf(AdobeApiError)
    const hint = `${NO_PRODUCT_PROFILE}${more('403025-profile-is-not-valid')}`
    expect(result).toEqual(
      new AdobeApiError(parseAdobeError('look up existing base connections', 403, answer.text, 'req-9'), hint)
    )
    expect((result as AdobeApiError).message.split('\nNext step: ')[1]).toBe(hint)
    expect((result as AdobeApiError).details).toEqual({
      operation: 'look up existing base connections',
      status: 403,
      code: '403025',
      adobeMessage: 'Profile is not valid',
      requestId: 'req-9'
    })
  })

  it('says on the first line when it gave up, and keeps the next step on its own line', () => {
    const answer = response(503, { error_code: '503', message: 'Service Unavailable' }, 'r-1')
    const result = explainFailure(
      gaveUp(new HttpStatusError('read connection spec', answer), 3),
      WORDED
    ) as AdobeApiError
    expect(result.message).toBe(
      `Could not read connection spec: HTTP 503, code 503: Service Unavailable (request id r-1) (gave up after 3 attempts)\nNext step: Adobe's service failed; run the job again later, and check https://status.adobe.com if it persists.${more('5xx-service-failed')}`
    )
    expect([result.status, result.code, result.hint]).toEqual([
      503,
      '503',
      `Adobe's service failed; run the job again later, and check https://status.adobe.com if it persists.${more('5xx-service-failed')}`
    ])
  })

  it('says "1 attempt" in the singular, and gives no next step where there is none', () => {
    expect(explained(gaveUp(new HttpStatusError('x', response(418, '')), 1))).toEqual({
      type: 'AdobeApiError',
      message: 'Could not x: HTTP 418 (gave up after 1 attempt)'
    })
  })

  it.each<[NetworkFailure, string]>([
    ['reset', 'the connection was reset'],
    ['refused', 'the connection was refused'],
    ['dns', 'the host name could not be resolved'],
    ['timeout', 'no answer within 30 s']
  ])('names the proxy settings and "timeout-seconds" for a network failure (%s)', (failure, reason) => {
    expect(explained(gaveUp(transportError(failure, reason), 5))).toEqual(
      actionError(
        `Could not read connection spec: ${reason} (platform.adobe.io) (gave up after 5 attempts)\n${NETWORK_HINT}`
      )
    )
    expect(explained(transportError(failure, reason)).message).toBe(
      `Could not read connection spec: ${reason} (platform.adobe.io)\n${NETWORK_HINT}`
    )
  })

  class OtherHttpError extends HttpError {}
  const CERTIFICATE = 'the TLS certificate of platform.adobe.io is not trusted (SELF_SIGNED_CERT_IN_CHAIN)'
  const UNSENT =
    'the request could not be sent to platform.adobe.io (Invalid character in header content ["x-api-key"])'
  it.each<[string, HttpError, string]>([
    [
      'after an unreadable 2xx that was not repeated, asks for a re-run: the re-run finds the result',
      new UnreadableAnswerError(
        'create the base connection',
        response(201, '{"id":', 'r-2'),
        'an answer that is not the JSON Adobe documents (not JSON)'
      ),
      'Could not create the base connection: HTTP 201 with an answer that is not the JSON Adobe documents (not JSON) (request id r-2)\n' +
        'Next step: Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except with if-exists=create, which would create another).' +
        more('answer-could-not-be-read')
    ],
    [
      'after unreadable answers to every attempt of a read, says it gave up, with no next step',
      gaveUp(new UnreadableAnswerError('read base connection c-1', response(200, '[]'), 'not a one-item list'), 3),
      'Could not read base connection c-1: HTTP 200 with not a one-item list (gave up after 3 attempts)'
    ],
    [
      'points at NODE_EXTRA_CA_CERTS for an untrusted certificate, naming the host once',
      transportError('tls', CERTIFICATE, 'SELF_SIGNED_CERT_IN_CHAIN'),
      `Could not read connection spec: ${CERTIFICATE}\n` +
        'Next step: behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.' +
        more('tls-certificate-not-trusted')
    ],
    [
      'asks whether the URLs point at Adobe for an answer over the size limit',
      transportError('too-large', 'the answer is larger than 10 MB'),
      'Could not read connection spec: the answer is larger than 10 MB (platform.adobe.io)\n' +
        'Next step: Adobe\'s answer was far larger than any it documents: check that "platform-url" and "ims-url" point at Adobe.' +
        more('answer-too-large')
    ],
    [
      'gives no next step for a request that could not be sent',
      transportError('other', UNSENT, 'ERR_INVALID_CHAR'),
      `Could not read connection spec: ${UNSENT}`
    ],
    [
      'keeps the message of any other HttpError, noting when it gave up',
      gaveUp(new OtherHttpError('x', 'Could not x: something else'), 2),
      'Could not x: something else (gave up after 2 attempts)'
    ]
  ])('%s', (_, error, message) => {
    expect(explained(error)).toEqual(actionError(message))
  })

  it.each([new Error('bug'), new ActionError('already explained'), 'a string', undefined])(
    'lets %p through unchanged',
    value => {
      expect(explainFailure(value)).toBe(value)
    }
  )
})

describe('unknownSpecError', () => {
  it('tells an organization without the Oracle Service Cloud source to use Data Landing Zone', () => {
    expect(unknownSpecError(ORACLE_SERVICE_CLOUD_SPEC_ID).message).toBe(
      'Flow Service does not know connection spec ba5126ec-c9ac-11eb-b8bc-0242ac130003. Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).' +
        more('1413-connection-spec-not-found')
    )
  })

  it("asks to check another spec id, quoting Adobe's side of the error", () => {
    const error = unknownSpecError('0000-spec', apiError(400, '1413-400', 'r-4'))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(
      'Flow Service does not know connection spec 0000-spec (HTTP 400, code 1413-400, request id r-4). Check "connection-spec-id": GET /connectionSpecs lists the sources this organization has.' +
        more('1413-connection-spec-not-found')
    )
  })
})

describe('telling errors apart', () => {
  const predicates = { isSourceRejection, isTokenRejection, isUnknownSpec }
  it.each<[keyof typeof predicates, string, unknown, boolean]>([
    ['isSourceRejection', "Flow Service's own 400", apiError(400, '1100-400'), true],
    ['isSourceRejection', "the gateway's 400", apiError(400, '400003'), false],
    ['isSourceRejection', 'a 400 without a code', apiError(400), false],
    ['isSourceRejection', "Flow Service's own 404", apiError(404, '1101-404'), false],
    ['isSourceRejection', 'an Error with the same message', new Error(apiError(400, '1100-400').message), false],
    ['isTokenRejection', '401013', apiError(401, '401013'), true],
    ['isTokenRejection', 'another 401', apiError(401, '401001'), false],
    ['isTokenRejection', '401013 on a 403', apiError(403, '401013'), false],
    ['isTokenRejection', 'not an AdobeApiError', new ActionError('401013'), false],
    ['isUnknownSpec', '1413-400', apiError(400, '1413-400'), true],
    ['isUnknownSpec', '1415-400', apiError(400, '1415-400'), false],
    ['isUnknownSpec', 'no code', apiError(400), false],
    ['isUnknownSpec', 'not an AdobeApiError', undefined, false]
  ])('%s: %s → %s', (predicate, _, error, expected) => {
    expect(predicates[predicate](error)).toBe(expected)
  })
})

describe("1403, which means two things in Adobe's catalogues", () => {
  it('a missing If-Match header is our bug; a frequency change after the start time is a refusal of the request', () => {
    expect(adviceFor({ status: 400, code: '1403-400', adobeMessage: 'Header If-Match is missing' }, PLATFORM)).toBe(
      'if-match-missing'
    )
    expect(
      adviceFor(
        {
          status: 400,
          code: '1403-400',
          adobeMessage: 'The start time has passed and you can no longer change the frequency to once.'
        },
        PLATFORM
      )
    ).toBe('bad-request')
  })
})
