// Adobe answers errors in four shapes; they all become one AdobeApiError whose message carries
// the status, Adobe's code and message, the request id, and what to do next.

/** Expected failures: their message is the whole story, so no stack trace is shown. */
export class ActionError extends Error {
  override name = 'ActionError'
}

export interface AdobeErrorDetails {
  /** What the action was doing, e.g. "create the base connection". */
  readonly operation: string
  readonly status: number
  /** Adobe's code: "1413-400" (Flow Service), "401013" (API gateway), "invalid_client" (IMS). */
  readonly code?: string
  readonly adobeMessage?: string
  readonly requestId?: string
}

export class AdobeApiError extends ActionError {
  override name = 'AdobeApiError'
  constructor(
    readonly details: AdobeErrorDetails,
    readonly hint: string | undefined = hintFor(details),
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
  const next = hint ? `\nNext step: ${hint}` : ''
  return `Could not ${details.operation}: HTTP ${details.status}${code}${message}${requestIdNote(details.requestId)}${next}`
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

/** Reads any of Adobe's error bodies; never keeps the body itself (it may echo credentials). */
export function parseAdobeError(
  operation: string,
  status: number,
  bodyText: string,
  requestIdHeader: string | undefined
): AdobeErrorDetails {
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(bodyText)
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): status and request id are all there is.
  }
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined
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
  return { operation, status, code, adobeMessage: adobeMessage && clip(adobeMessage), requestId }
}

function clip(message: string): string {
  return message.length > 500 ? `${message.slice(0, 497)}...` : message
}

function hintFor({ status, code }: Pick<AdobeErrorDetails, 'status' | 'code'>): string | undefined {
  const key = code?.split('-')[0]
  switch (key) {
    case '401013':
      return 'the access token was not accepted: it expired, or it was issued by another IMS environment. Check "ims-url", or pass a fresh "access-token" (or use "client-secret" so the action gets its own).'
    case '403000':
    case '403003':
      return 'the API key was not accepted: "api-key" (or "client-id") must be the client ID of the credential that issued the token.'
    case '403025':
      return 'the credential has no Experience Platform product profile in this organization, or "org-id" is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check "org-id".'
    case '2101':
      return 'the sandbox does not exist in this organization: check "sandbox-name" (lowercase, as shown in the sandbox list of Experience Platform).'
    case '1413':
      return 'Flow Service does not offer this connection spec to the organization: check "connection-spec-id".'
    case '1415':
      return '"auth-spec-name" is not an authentication spec of this connection spec: use the name listed under authSpec in GET /connectionSpecs/{id} (for Oracle Service Cloud: Basic Authentication).'
    case '1403':
    case '1404':
      return 'the connection changed while it was being updated: run the workflow again.'
    case 'invalid_client':
    case 'unauthorized_client':
      return 'Adobe IMS rejected the client credentials: check "client-id" and "client-secret" (was the secret rotated?) and that the credential is OAuth Server-to-Server.'
    case 'invalid_scope':
      return 'Adobe IMS rejected the scopes: copy "scopes" from the credential in Adobe Developer Console.'
  }
  if (status === 429) return 'Adobe is throttling requests: run the job again later, or lower how many jobs run at once.'
  if (status >= 500) return 'Adobe\'s service failed; run the job again later, and check https://status.adobe.com if it persists.'
  if (status === 404) return 'the resource was not found in this organization and sandbox: check "org-id" and "sandbox-name".'
  if (status === 401 || status === 403) return 'check the Adobe credentials ("client-id", "client-secret" or "access-token") and "org-id".'
  if (status === 400) return 'Flow Service rejected the request: check the inputs named in the message.'
  return undefined
}
