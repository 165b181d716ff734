// The one HTTP layer: JSON over @actions/http-client (which honours HTTPS_PROXY and NO_PROXY), a
// time limit on every request, and the one retry policy for IMS and Flow Service alike.
import { HttpClient } from '@actions/http-client'
import { ActionError, AdobeApiError, parseAdobeError, requestIdNote } from './errors.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  /** What the action is doing, for logs and errors: "create the base connection". */
  readonly operation: string
  readonly method: Method
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

export interface HttpResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly text: string
  readonly requestId?: string
}

export interface Logger {
  info(message: string): void
  debug(message: string): void
}

export interface RetryPolicy {
  readonly maxAttempts: number
  readonly timeoutMs: number
  readonly sleep: (ms: number) => Promise<void>
  /** 0 ≤ random() < 1, for full jitter. */
  readonly random: () => number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly maxRetryAfterMs: number
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'maxAttempts' | 'timeoutMs'> = {
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504])
const USER_AGENT = 'aep-oracle-service-cloud-connection'

/**
 * What a failed attempt did to the server: nothing (refused, 4xx), maybe something (5xx, lost
 * connection, time-out), or certainly its work (a 2xx whose answer cannot be read).
 */
type Effect = 'none' | 'unknown' | 'done'

interface Failure {
  readonly error: Error
  readonly retryable: boolean
  readonly effect: Effect
  readonly reason: string
  readonly retryAfterMs?: number
}

export interface SendOptions<T> {
  /**
   * Given for a request that must not happen twice (a create): after an attempt that may have
   * taken effect it looks for that effect, and a value found is the result.
   */
  readonly recover?: () => Promise<T | undefined>
}

class TransportError extends Error {
  constructor(
    readonly reason: string,
    /** True when the request cannot have reached the server (refused, DNS). */
    readonly neverSent: boolean
  ) {
    super(reason)
  }
}

/** Thrown by a response reader when a 2xx answer is not what Adobe documents. */
export class MalformedAnswerError extends Error {}

export class Http {
  /** Server clock minus ours, from the Date header of the latest answer. */
  private clockOffsetMs: number | undefined

  constructor(
    private readonly policy: RetryPolicy,
    private readonly log: Logger
  ) {}

  /** How far the server's clock is ahead of ours (negative: behind), to within a second. */
  get serverClockOffsetMs(): number | undefined {
    return this.clockOffsetMs
  }

  /**
   * Sends a request until it succeeds, fails for good, or runs out of attempts; `read` turns a
   * 2xx answer into the result (throwing MalformedAnswerError when it cannot).
   */
  async send<T>(request: HttpRequest, read: (response: HttpResponse) => T, options: SendOptions<T> = {}): Promise<T> {
    const { maxAttempts } = this.policy
    const { recover } = options
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(request, read)
      if ('value' in outcome) return outcome.value
      const { error } = outcome
      if (!outcome.retryable) throw error
      if (recover && outcome.effect !== 'none') {
        // Never repeat a create that may have happened: look for its effect first, even after
        // the last attempt, so that nothing made is lost.
        this.log.info(`${capitalize(request.operation)}: ${outcome.reason}; checking whether it went through`)
        const found = await recover()
        if (found !== undefined) return found
        if (outcome.effect === 'done') {
          throw new ActionError(
            `${error.message}\nNext step: Adobe accepted the request, but its answer could not be read and the result is not listed yet. Run the workflow again: the re-run finds it instead of creating another.`
          )
        }
      }
      if (attempt >= maxAttempts) throw attemptsExhausted(error, maxAttempts)
      const delayMs = outcome.retryAfterMs ?? this.backoff(attempt)
      const seconds = (delayMs / 1000).toFixed(1).replace(/\.0$/, '')
      const why = outcome.retryAfterMs !== undefined ? 'as Retry-After asks, ' : ''
      this.log.info(
        `${capitalize(request.operation)}: ${outcome.reason}; ${why}waiting ${seconds} s before attempt ${attempt + 1} of ${maxAttempts}`
      )
      await this.policy.sleep(delayMs)
    }
  }

  /** Exponential backoff with full jitter. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1))
    return Math.round(this.policy.random() * ceiling)
  }

  private async attempt<T>(request: HttpRequest, read: (response: HttpResponse) => T): Promise<{ value: T } | Failure> {
    let response: HttpResponse
    try {
      response = await this.exchange(request)
    } catch (error) {
      if (!(error instanceof TransportError)) throw error
      return {
        error: new ActionError(
          `Could not ${request.operation}: ${error.reason} (${new URL(request.url).host})\nNext step: check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY); raise "timeout-seconds" if Adobe is slow.`
        ),
        retryable: true,
        effect: error.neverSent ? 'none' : 'unknown',
        reason: error.reason
      }
    }
    if (response.status >= 200 && response.status < 300) {
      try {
        return { value: read(response) }
      } catch (error) {
        if (!(error instanceof MalformedAnswerError)) throw error
        const reason = `HTTP ${response.status} with an answer that is not the JSON Adobe documents (${error.message})`
        return {
          error: new ActionError(`Could not ${request.operation}: ${reason}${requestIdNote(response.requestId)}`),
          retryable: true,
          effect: 'done',
          reason
        }
      }
    }
    const details = parseAdobeError(request.operation, response.status, response.text, response.requestId)
    const code = details.code ? ` (${details.code})` : ''
    return {
      error: new AdobeApiError(details),
      retryable: RETRY_STATUSES.has(response.status),
      // A 429 was refused before any work; a 5xx may have happened after the work was done.
      effect: response.status >= 500 ? 'unknown' : 'none',
      reason: `HTTP ${response.status}${code}`,
      retryAfterMs: this.retryAfter(response.headers['retry-after'])
    }
  }

  private retryAfter(header: string | string[] | undefined): number | undefined {
    const value = headerValue(header)
    if (value === undefined || value.trim() === '') return undefined
    const ms = /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : Date.parse(value) - Date.now()
    if (Number.isNaN(ms)) return undefined
    return Math.min(Math.max(ms, 0), this.policy.maxRetryAfterMs)
  }

  /** One round trip, bounded by the time limit whatever the server does. */
  private async exchange(request: HttpRequest): Promise<HttpResponse> {
    const { timeoutMs } = this.policy
    const client = new HttpClient(USER_AGENT, [], {
      allowRetries: false,
      allowRedirects: false,
      keepAlive: false,
      socketTimeout: timeoutMs
    })
    const path = new URL(request.url).pathname
    this.log.debug(`${request.method} ${path}`)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TransportError(`no answer within ${timeoutMs / 1000} s`, false)), timeoutMs)
    })
    let message: { destroy(): void } | undefined
    try {
      const answer = await Promise.race([client.request(request.method, request.url, request.body ?? null, { ...request.headers }), deadline])
      message = answer.message
      const text = await Promise.race([answer.readBody(), deadline])
      const status = answer.message.statusCode ?? 0
      const serverDate = Date.parse(headerValue(answer.message.headers.date) ?? '')
      if (!Number.isNaN(serverDate)) this.clockOffsetMs = serverDate - Date.now()
      const requestId = headerValue(answer.message.headers['x-request-id'])
      this.log.debug(`${request.method} ${path}: HTTP ${status}${requestIdNote(requestId)}`)
      return { status, headers: answer.message.headers, text, requestId }
    } catch (error) {
      if (error instanceof TransportError) throw error
      throw classifyError(request, error)
    } finally {
      clearTimeout(timer)
      message?.destroy()
      client.dispose()
    }
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** The JSON object of a 2xx answer; anything else is malformed. */
export function readJsonObject(response: HttpResponse): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    throw new MalformedAnswerError('not JSON')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new MalformedAnswerError('not a JSON object')
  return body as Record<string, unknown>
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved',
  ETIMEDOUT: 'the connection timed out',
  ECONNABORTED: 'the connection was aborted',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection was closed while sending'
}
const NEVER_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']
const TLS_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|ERR_TLS/

/** Network trouble is worth another attempt; anything else (TLS trust, a bad header) is not. */
function classifyError(request: HttpRequest, error: unknown): Error {
  const code = errorCode(error) ?? ''
  const message = error instanceof Error ? error.message : String(error)
  const host = new URL(request.url).host
  const reason =
    NETWORK_ERRORS[code] ??
    (/Request timeout/i.test(message)
      ? 'the server stopped answering (socket time limit)'
      : /socket hang up/i.test(message)
        ? 'the connection was closed without an answer'
        : undefined)
  if (reason !== undefined) return new TransportError(reason, NEVER_SENT.includes(code))
  if (TLS_ERRORS.test(code)) {
    return new ActionError(
      `Could not ${request.operation}: the TLS certificate of ${host} is not trusted (${code})\nNext step: behind a proxy that inspects TLS, give its CA certificate to Node with NODE_EXTRA_CA_CERTS; TLS verification is never turned off.`
    )
  }
  // Node's messages name headers and hosts, never header values.
  return new ActionError(`Could not ${request.operation}: the request could not be sent to ${host} (${message})`)
}

function attemptsExhausted(error: Error, attempts: number): Error {
  const note = ` (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`
  const [first, ...rest] = error.message.split('\n')
  const message = [`${first}${note}`, ...rest].join('\n')
  if (error instanceof AdobeApiError) return new AdobeApiError(error.details, error.hint, message)
  return new ActionError(message)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
