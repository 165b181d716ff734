// Adobe's side of failures: its error bodies (the gateway's, Flow Service's, IMS's, a bare
// errorMessage), its codes, and what the user should do next. Every failure of a request to
// Adobe leaves here as an ActionError whose message carries the status, Adobe's code and
// message, the request id, and a next step.
import { INPUT, ORACLE_SERVICE_CLOUD_SPEC_ID } from '../base-connection/names.js'
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
 * Who answered, and how the run authenticates: the next step depends on both. IMS (the token
 * endpoint) or Experience Platform (its API gateway and Flow Service behind it); for the latter,
 * whether the token came from IMS with client credentials or was given as "access-token".
 */
export type AdobeContext =
  { readonly service: 'ims' } | { readonly service: 'platform'; readonly credentials?: 'client' | 'token' }

/** Experience Platform, the credentials not said. */
export const PLATFORM: AdobeContext = { service: 'platform' }

export class AdobeApiError extends ActionError {
  override name = 'AdobeApiError'
  constructor(
    readonly details: AdobeErrorDetails,
    readonly hint: string | undefined = hintFor(details, PLATFORM),
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

const quoted = (input: string): string => `"${input}"`

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

function safe(text: string | undefined, max: number): string | undefined {
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
  if (error instanceof HttpStatusError) {
    const { response } = error
    const details = parseAdobeError(error.operation, response.status, response.text, requestIdOf(response))
    const hint = hintFor(details, context)
    const [first = '', ...rest] = formatAdobeError(details, hint).split('\n')
    return new AdobeApiError(details, hint, [`${first}${note}`, ...rest].join('\n'))
  }
  if (error instanceof UnreadableAnswerError) {
    const first = `${error.message}${requestIdNote(requestIdOf(error.response))}${note}`
    // Not given up: the request was not repeated because it took effect, and no result is listed yet.
    return new ActionError(
      error.gaveUp
        ? first
        : `${first}${nextStep('Adobe accepted the request, but its answer could not be read and the result is not listed yet. Look in Experience Platform (Sources) or run the workflow again: the re-run finds it by name instead of creating another (except the base connection action with if-exists=create, which would create another).')}`
    )
  }
  if (error instanceof TransportError)
    return new ActionError(`${error.message}${note}${nextStep(transportHint(error))}`)
  return new ActionError(`${error.message}${note}`)
}

function transportHint(error: TransportError): string | undefined {
  switch (error.failure) {
    case 'tls':
      return 'behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.'
    case 'too-large':
      return 'Adobe\'s answer was far larger than any it documents: check that "platform-url" and "ims-url" point at Adobe.'
    case 'proxy-refused':
      return 'check that the proxy named in HTTPS_PROXY is running and that the runner can reach it at that host and port; hosts the runner reaches directly belong in NO_PROXY.'
    case 'proxy-auth':
      return "give the proxy's user name and password in HTTPS_PROXY, percent-encoded and from a secret (http://user:password@proxy.example.com:3128, sent as Basic authentication), or check them if they are there already; or have the proxy let the runner through."
    case 'proxy':
      return "check HTTPS_PROXY and NO_PROXY, and that the proxy lets the runner reach Adobe's hosts."
    case 'other':
      return undefined
    default:
      return `check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise ${quoted(INPUT.timeoutSeconds)} if Adobe is slow.`
  }
}

/** Adobe's status page, for a failing service. */
const STATUS_PAGE = 'https://status.adobe.com'

function hintFor(
  { status, code }: Pick<AdobeErrorDetails, 'status' | 'code'>,
  context: AdobeContext
): string | undefined {
  const key = code?.split('-')[0]
  // IMS's OAuth error codes say who answered by themselves.
  switch (key) {
    case 'invalid_client':
    case 'unauthorized_client':
      return `Adobe IMS rejected the client credentials: check ${quoted(INPUT.clientId)} and ${quoted(INPUT.clientSecret)} (was the secret rotated?) and that the credential is OAuth Server-to-Server.`
    case 'invalid_scope':
      return `Adobe IMS rejected the scopes: copy ${quoted(INPUT.scopes)} from the credential in Adobe Developer Console.`
  }
  return context.service === 'ims' ? imsHint(status) : platformHint(status, key, context.credentials)
}

/** Adobe IMS, the token endpoint, answered with no code of its own that says more. */
function imsHint(status: number): string | undefined {
  if (status === 429)
    return 'Adobe IMS is throttling token requests: run the job again later, or lower how many jobs run at once.'
  if (status >= 500) return `Adobe IMS failed; run the job again later, and check ${STATUS_PAGE} if it persists.`
  if (status === 404)
    return `${quoted(INPUT.imsUrl)} does not look like Adobe IMS (no token endpoint there): leave it out, or use https://ims-na1.adobelogin.com.`
  if (status >= 400)
    return `Adobe IMS did not issue a token: check ${quoted(INPUT.clientId)}, ${quoted(INPUT.clientSecret)} and ${quoted(INPUT.scopes)} against the OAuth Server-to-Server credential in Adobe Developer Console.`
  return undefined
}

/** Experience Platform: its API gateway (six-digit codes) and Flow Service (FLOW-1403-400). */
function platformHint(
  status: number,
  key: string | undefined,
  credentials: 'client' | 'token' | undefined
): string | undefined {
  switch (key) {
    case '401013':
      return tokenRejectedHint(credentials)
    case '403000':
    case '403003':
      return `the API key was not accepted: ${quoted(INPUT.apiKey)} (or ${quoted(INPUT.clientId)}) must be the client ID of the credential that issued the token.`
    case '403025':
      return `the credential has no Experience Platform product profile in this organization, or ${quoted(INPUT.orgId)} is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check ${quoted(INPUT.orgId)}.`
    case '403027':
      // Adobe's Experience Platform troubleshooting guide names these two causes.
      return `Adobe found no region for this credential ("User region is missing"): either ${quoted(INPUT.orgId)} is not the organization ID of the credential (copy it from the project in Adobe Developer Console), or the credential is not in an Experience Platform product profile: add the Experience Platform API with a product profile to the project in Adobe Developer Console, then run again.`
    case '2101':
      return `the sandbox does not exist in this organization: check ${quoted(INPUT.sandboxName)} (lowercase, as shown in the sandbox list of Experience Platform).`
    case '1413':
      return `Flow Service does not offer this connection spec to the organization: check ${quoted(INPUT.connectionSpecId)}.`
    case '1415':
      return `${quoted(INPUT.authSpecName)} is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).`
    case '1403':
      return "Flow Service says the update carried no If-Match header, which the action always sends: this is a bug in the action, not a problem with your inputs, and running again will not help. Please report it to the action's maintainers (an issue in its repository), with this message."
    case '1404':
      return 'the connection changed while it was being updated: run the workflow again.'
    case '1418':
      return 'dataflows still use this base connection: delete them first (Sources > Dataflows, or the dataflow action with delete-on-completion), then the base connection.'
    case '1447':
      return 'an active dataflow still uses it: delete (or disable) that dataflow first, then run again.'
    case '1412':
    case '1419':
      return 'Data Prep does not have that mapping set version: run the dataflow action again, which writes a new version from "mapping".'
    case '1425':
      return 'the mapping set was written for another schema than the dataset\'s: check "dataset-id" and the destinations in "mapping".'
  }
  if (status === 429)
    return 'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.'
  if (status >= 500) return `Adobe's service failed; run the job again later, and check ${STATUS_PAGE} if it persists.`
  if (status === 404)
    return `the resource was not found in this organization and sandbox: check ${quoted(INPUT.orgId)} and ${quoted(INPUT.sandboxName)}.`
  if (status === 403)
    return `the credential's product profile may lack the Sources permissions (View Sources, Manage Sources) or access to the sandbox named in ${quoted(INPUT.sandboxName)}: in Adobe Admin Console, add them to the Experience Platform product profile of the credential.`
  if (status === 401)
    return `check the Adobe credentials (${quoted(INPUT.clientId)}, ${quoted(INPUT.clientSecret)} or ${quoted(INPUT.accessToken)}) and ${quoted(INPUT.orgId)}.`
  if (status === 400) return 'Flow Service rejected the request: check the inputs named in the message.'
  return undefined
}

/** 401013: the gateway did not accept the token. Whose token it was decides what to do. */
function tokenRejectedHint(credentials: 'client' | 'token' | undefined): string {
  switch (credentials) {
    case 'token':
      return `the access token was not accepted: the given ${quoted(INPUT.accessToken)} expired, or it was issued for another Adobe environment or organization. Get a fresh one for ${quoted(INPUT.orgId)} (or give ${quoted(INPUT.clientId)} and ${quoted(INPUT.clientSecret)} so that the action gets its own).`
    case 'client':
      return `the access token was not accepted, though Adobe IMS had just issued it: ${quoted(INPUT.imsUrl)} must be the IMS of the Adobe environment of ${quoted(INPUT.platformUrl)} (https://ims-na1.adobelogin.com for https://platform.adobe.io).`
    case undefined:
      return `the access token was not accepted: it expired, or it was issued for another Adobe environment or organization. Pass a fresh ${quoted(INPUT.accessToken)}, or with ${quoted(INPUT.clientSecret)} check that ${quoted(INPUT.imsUrl)} is the IMS of the environment of ${quoted(INPUT.platformUrl)}.`
  }
}

/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
export function isSourceRejection(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '')
}

/** The gateway no longer accepts the token (it expired or was revoked): worth one fresh token. */
export function isTokenRejection(error: unknown): boolean {
  return error instanceof AdobeApiError && error.status === 401 && error.code === '401013'
}

/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
export function unknownSpecError(connectionSpecId: string, cause?: AdobeApiError): ActionError {
  const adobe = cause ? ` (${adobeReference(cause)})` : ''
  const why =
    connectionSpecId === ORACLE_SERVICE_CLOUD_SPEC_ID
      ? 'Adobe deprecated the Oracle Service Cloud source at the end of May 2025, and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).'
      : `Check ${quoted(INPUT.connectionSpecId)}: GET /connectionSpecs lists the sources this organization has.`
  return new ActionError(`Flow Service does not know connection spec ${connectionSpecId}${adobe}. ${why}`)
}

/** The answer to a create that names an unknown connection spec. */
export function isUnknownSpec(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.code === '1413-400'
}
