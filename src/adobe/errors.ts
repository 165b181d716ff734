// Adobe's side of failures: its error bodies (the gateway's, Flow Service's, IMS's, a bare
// errorMessage), its codes, and what they mean (an Advice, in Adobe's terms). Every failure of a
// request to Adobe leaves here as an ActionError whose message carries the status, Adobe's code
// and message, the request id, and a next step: the action words the advice (Wording), naming its
// own inputs; this layer knows no action and no input.
import {
  headerValue,
  HttpError,
  HttpRequest,
  HttpResponse,
  HttpStatusError,
  MalformedAnswerError,
  SendOptions,
  Transport,
  TransportError,
  UnreadableAnswerError
} from '../http/transport.js'
import { ActionError } from '../runner/errors.js'
import { escapeControlCharacters } from '../runner/log.js'
import { redactSecrets } from '../runner/secrets.js'

export interface AdobeErrorDetails {
  /** What the action was doing, e.g. "create the base connection". */
  readonly operation: string
  readonly status: number
  /** Adobe's code: "1413-400" (Flow Service), "401013" (API gateway), "invalid_client" (IMS). */
  readonly code?: string
  readonly adobeMessage?: string
  readonly requestId?: string
}

/**
 * What an answer or a failure means for the user, in Adobe's terms: who refused what. An action
 * turns each into a next step that names its inputs (its Wording).
 */
export const ADVICE = [
  // IMS, the token endpoint
  'ims-client-rejected',
  'ims-scope-rejected',
  'ims-throttled',
  'ims-failed',
  'ims-not-found',
  'ims-refused',
  // The API gateway, for a token given ready, one IMS had just issued, or either
  'token-rejected-given',
  'token-rejected-issued',
  'token-rejected',
  'api-key-rejected',
  'no-product-profile',
  'no-region',
  'unknown-sandbox',
  // Flow Service, Data Prep and Catalog
  'unknown-connection-spec',
  'unknown-auth-spec',
  'if-match-missing',
  'changed-meanwhile',
  'base-connection-in-use',
  'in-use-by-dataflow',
  'unknown-mapping-version',
  'mapping-schema-mismatch',
  // Any of them, by status alone
  'throttled',
  'service-failed',
  'not-found',
  'forbidden',
  'unauthorized',
  'bad-request',
  // The way there
  'tls-untrusted',
  'answer-too-large',
  'proxy-refused',
  'proxy-auth',
  'proxy-failed',
  'network',
  'answer-unreadable'
] as const

/** What an answer or a failure means (ADVICE). */
export type Advice = (typeof ADVICE)[number]

/** An action's next step for an Advice: a sentence that names its inputs (undefined: none). */
export type Wording = (advice: Advice) => string | undefined

/**
 * Who answered, and how the run authenticates: the advice depends on both. IMS (the token
 * endpoint) or Experience Platform (its API gateway and the services behind it); for the latter,
 * whether the token came from IMS with client credentials or was given ready. `wording`: how the
 * action words the advice.
 */
export type AdobeContext = { readonly wording?: Wording } & (
  { readonly service: 'ims' } | { readonly service: 'platform'; readonly credentials?: 'client' | 'token' }
)

/** Experience Platform, the credentials not said. */
export const PLATFORM: AdobeContext = { service: 'platform' }

export class AdobeApiError extends ActionError {
  override name = 'AdobeApiError'
  constructor(
    readonly details: AdobeErrorDetails,
    readonly hint: string | undefined = undefined,
    message: string = formatAdobeError(details, hint)
  ) {
    super(message)
  }
  get status(): number {
    return this.details.status
  }
  get code(): string | undefined {
    return this.details.code
  }
}

function formatAdobeError(details: AdobeErrorDetails, hint: string | undefined): string {
  const code = details.code ? `, code ${details.code}` : ''
  const message = details.adobeMessage ? `: ${details.adobeMessage}` : ''
  return `Could not ${details.operation}: HTTP ${details.status}${code}${message}${requestIdNote(details.requestId)}${nextStep(hint)}`
}

function nextStep(hint: string | undefined): string {
  return hint ? `\nNext step: ${hint}` : ''
}

/** " (request id …)", the id users quote to Adobe support; empty without one. */
export function requestIdNote(requestId: string | undefined): string {
  return requestId ? ` (request id ${requestId})` : ''
}

/** "HTTP 400, code 1413-400, request id …": Adobe's side of an error, for messages of our own. */
export function adobeReference({ details }: AdobeApiError): string {
  const code = details.code ? `, code ${details.code}` : ''
  const requestId = details.requestId ? `, request id ${details.requestId}` : ''
  return `HTTP ${details.status}${code}${requestId}`
}

/** Adobe's request id: in the answer's header (Flow Service repeats it in its error report). */
export function requestIdOf(response: HttpResponse): string | undefined {
  return headerValue(response.headers['x-request-id'])
}

/** How a failed answer is named in a retry log line: "HTTP 429 (429001)". */
export function describeAnswer(response: HttpResponse): string {
  const { code } = parseAdobeError('', response.status, response.text, undefined)
  return `HTTP ${response.status}${code ? ` (${code})` : ''}`
}

/** Longest message kept from Adobe's answer, after secrets are redacted from it; codes and ids are shorter. */
const MAX_MESSAGE = 500
const MAX_CODE = 100

/**
 * Reads any of Adobe's error bodies; never keeps the body itself (it may echo credentials). Each
 * text kept is made safe wherever it goes: registered secrets redacted (before anything clips it, so
 * no prefix of a secret survives), control characters shown as escapes (so it stays on one line
 * and cannot start a workflow command), and clipped.
 */
export function parseAdobeError(
  operation: string,
  status: number,
  bodyText: string,
  requestIdHeader: string | undefined
): AdobeErrorDetails {
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(bodyText)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): status and request id are all there is.
  }
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined
  const report = (body.report ?? {}) as Record<string, unknown>

  // Flow Service: {type: ".../FLOW-1413-400", title, report: {detailed-message, request-id}, errorMessage}
  const flowCode = text(body.type)?.match(/(\d{4}-\d{3})$/)?.[1]
  const code = flowCode ?? text(body.error_code) ?? text(body.code) ?? text(body.error)
  const adobeMessage =
    text(report['detailed-message']) ??
    text(body.errorMessage) ??
    text(body.message) ??
    text(body.error_description) ??
    text(body.detail) ??
    text(body.title)
  const requestId = text(report['request-id']) ?? text(body['request-id']) ?? requestIdHeader
  return {
    operation,
    status,
    code: safe(code, MAX_CODE),
    adobeMessage: safe(adobeMessage, MAX_MESSAGE),
    requestId: safe(requestId, MAX_CODE)
  }
}

/** A text from Adobe's answer, made safe to show: secrets redacted, control characters escaped, clipped. */
export function safe(text: string | undefined, max: number = MAX_MESSAGE): string | undefined {
  return text === undefined ? undefined : clip(escapeControlCharacters(redactSecrets(text)), max)
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}

/** The JSON object of a 2xx answer; anything else is malformed. */
export function readJsonObject(response: HttpResponse): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    throw notDocumented('not JSON')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw notDocumented('not a JSON object')
  return body as Record<string, unknown>
}

/** A 2xx answer that is not what Adobe documents. */
export function notDocumented(problem: string): MalformedAnswerError {
  return new MalformedAnswerError(`an answer that is not the JSON Adobe documents (${problem})`)
}

/** Sends a request to Adobe; a failure leaves as the user should read it. */
export async function sendToAdobe<T>(
  transport: Transport,
  request: HttpRequest,
  options: SendOptions<T>,
  context: AdobeContext = PLATFORM
): Promise<T> {
  try {
    return await transport.send(request, options)
  } catch (error) {
    throw explainFailure(error, context)
  }
}

/** A transport failure of a request to Adobe, as the user should read it. */
export function explainFailure(error: unknown, context: AdobeContext = PLATFORM): unknown {
  if (!(error instanceof HttpError)) return error
  const note = error.gaveUp ? ` (gave up after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'})` : ''
  const word = (advice: Advice | undefined): string | undefined =>
    advice === undefined ? undefined : context.wording?.(advice)
  if (error instanceof HttpStatusError) {
    const { response } = error
    const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response))
    const hint = word(adviceFor(details, context))
    const [first = '', ...rest] = formatAdobeError(details, hint).split('\n')
    return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'))
  }
  if (error instanceof UnreadableAnswerError) {
    const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`
    // Not given up: the request was not repeated because it took effect, and no result is listed yet.
    return new ActionError(error.gaveUp ? first : `${first}${nextStep(word('answer-unreadable'))}`)
  }
  if (error instanceof TransportError)
    return new ActionError(`${error.message}${note}${nextStep(word(transportAdvice(error)))}`)
  return new ActionError(`${error.message}${note}`)
}

function transportAdvice(error: TransportError): Advice | undefined {
  switch (error.failure) {
    case 'tls':
      return 'tls-untrusted'
    case 'too-large':
      return 'answer-too-large'
    case 'proxy-refused':
      return 'proxy-refused'
    case 'proxy-auth':
      return 'proxy-auth'
    case 'proxy':
      return 'proxy-failed'
    case 'other':
      return undefined
    default:
      return 'network'
  }
}

/** What Adobe's answer means: IMS's OAuth codes, the gateway's six-digit codes, Flow Service's 1xxx, then the status. */
export function adviceFor(
  { status, code, adobeMessage }: Pick<AdobeErrorDetails, 'status' | 'code'> & { adobeMessage?: string },
  context: AdobeContext
): Advice | undefined {
  const key = adviceKey(code)
  // 1403 means two things in Adobe's catalogues: a missing If-Match header (flow-service-errors.md)
  // and a schedule change to once after the start time (sources-errors.md). Only the first is a bug of ours.
  if (key === '1403' && /frequency|start time/i.test(adobeMessage ?? '')) return STATUS_ADVICE[status]
  // IMS's OAuth error codes say who answered by themselves.
  const byImsCode = IMS_CODES[key ?? '']
  if (byImsCode !== undefined) return byImsCode
  if (context.service === 'ims') {
    if (status === 429) return 'ims-throttled'
    if (status >= 500) return 'ims-failed'
    if (status === 404) return 'ims-not-found'
    return status >= 400 ? 'ims-refused' : undefined
  }
  const byCode = PLATFORM_CODES[key ?? '']
  if (byCode !== undefined) return byCode
  if (key === TOKEN_REJECTED) {
    const { credentials } = context
    return credentials === 'token'
      ? 'token-rejected-given'
      : credentials === 'client'
        ? 'token-rejected-issued'
        : 'token-rejected'
  }
  if (status === 429) return 'throttled'
  if (status >= 500) return 'service-failed'
  return STATUS_ADVICE[status]
}

/** IMS's OAuth error codes (RFC 6749) that say more than the status. */
const IMS_CODES: Readonly<Record<string, Advice>> = {
  invalid_client: 'ims-client-rejected',
  unauthorized_client: 'ims-client-rejected',
  invalid_scope: 'ims-scope-rejected'
}

/** The gateway's code for a token it no longer accepts: whose token it was decides the advice. */
const TOKEN_REJECTED = '401013'

/** A code without its status: Flow Service's "2101-404" is 2101. */
function adviceKey(code: string | undefined): string | undefined {
  return code?.split('-')[0]
}

/** Flow Service's code for a sandbox that does not exist in the organization. */
const UNKNOWN_SANDBOX = '2101'

/** Experience Platform's codes: its API gateway (six digits) and Flow Service (FLOW-1403-400). */
const PLATFORM_CODES: Readonly<Record<string, Advice>> = {
  '403000': 'api-key-rejected',
  '403003': 'api-key-rejected',
  '403025': 'no-product-profile',
  // Adobe's Experience Platform troubleshooting guide: "User region is missing".
  '403027': 'no-region',
  [UNKNOWN_SANDBOX]: 'unknown-sandbox',
  '1413': 'unknown-connection-spec',
  '1415': 'unknown-auth-spec',
  '1403': 'if-match-missing',
  '1404': 'changed-meanwhile',
  '1418': 'base-connection-in-use',
  '1447': 'in-use-by-dataflow',
  '1412': 'unknown-mapping-version',
  '1419': 'unknown-mapping-version',
  '1425': 'mapping-schema-mismatch'
}

const STATUS_ADVICE: Readonly<Record<number, Advice>> = {
  404: 'not-found',
  403: 'forbidden',
  401: 'unauthorized',
  400: 'bad-request'
}

/**
 * Every code of Adobe's that adviceFor reads (IMS's, the gateway's, Flow Service's without the
 * status), and every status it reads alone (5xx for any of 500 to 599): docs/troubleshooting.md has
 * an entry for each.
 */
export const EXPLAINED = {
  codes: [...Object.keys(IMS_CODES), TOKEN_REJECTED, ...Object.keys(PLATFORM_CODES)],
  statuses: [...Object.keys(STATUS_ADVICE), '429', '5xx']
} as const

/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
export function isSourceRejection(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '')
}

/**
 * A 404 that says the object is not there; not one that says the sandbox is not (2101), which every
 * request of the run gets and which must fail the step naming "sandbox-name" instead of reading as
 * "nothing of that name yet".
 */
export function isNotFound(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.status === 404 && adviceKey(error.code) !== UNKNOWN_SANDBOX
}

/** The gateway no longer accepts the token (it expired or was revoked): worth one fresh token. */
export function isTokenRejection(error: unknown): boolean {
  return error instanceof AdobeApiError && error.status === 401 && error.code === TOKEN_REJECTED
}

/** The answer to a create that names an unknown connection spec. */
export function isUnknownSpec(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.code === '1413-400'
}
