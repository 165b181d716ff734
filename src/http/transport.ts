// A neutral HTTP transport over @actions/http-client (which honours HTTPS_PROXY and NO_PROXY):
// a time limit on every attempt, a cap on what an answer may weigh, one retry policy, and
// transport errors told apart by their error codes. It knows nothing of any particular service:
// callers name answers for the log (`describe`) and read successful ones (`read`).
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { types } from 'node:util'

import { getProxyUrl, HttpClient } from '@actions/http-client'

import { preconnect, Preconnection } from './preconnect.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  /** What the caller is doing, for logs and errors: "create the base connection". */
  readonly operation: string
  readonly method: Method
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

export interface HttpResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
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
  /** Largest answer body read, in bytes; a larger one is an error. */
  readonly maxBodyBytes: number
  /** True once no further attempt should start (a cancelled job): the last error is thrown instead. */
  readonly stopped?: () => boolean
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'maxAttempts' | 'timeoutMs'> = {
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  maxBodyBytes: 10 * 1024 * 1024
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504])
const USER_AGENT = 'aep-oracle-service-cloud-connection'

/** Thrown by a `read` function when a 2xx answer is not what the service documents. */
export class MalformedAnswerError extends Error {}

/** What a failed attempt did at the server: nothing, maybe something, or certainly its work. */
export type Effect = 'none' | 'unknown' | 'done'

/** Every error the transport throws: what was being done, and how many attempts were made. */
export abstract class HttpError extends Error {
  /** Attempts made, the failed one included. */
  attempts = 1
  /** True when the request was worth repeating but no attempts were left. */
  gaveUp = false
  constructor(
    readonly operation: string,
    message: string
  ) {
    super(message)
  }
}

/** A non-2xx answer, final or after the last attempt. */
export class HttpStatusError extends HttpError {
  override name = 'HttpStatusError'
  constructor(
    operation: string,
    readonly response: HttpResponse
  ) {
    super(operation, `Could not ${operation}: HTTP ${response.status}`)
  }
}

/** A 2xx answer the caller could not read: the request most likely took effect. */
export class UnreadableAnswerError extends HttpError {
  override name = 'UnreadableAnswerError'
  constructor(
    operation: string,
    readonly response: HttpResponse,
    /** What the caller's reader said, e.g. "not JSON". */
    readonly problem: string
  ) {
    super(operation, `Could not ${operation}: HTTP ${response.status} with ${problem}`)
  }
}

export type NetworkFailure =
  | 'reset'
  | 'refused'
  | 'dns'
  | 'unreachable'
  | 'timeout'
  | 'aborted'
  | 'closed'
  | 'tls'
  | 'too-large'
  /** The proxy (HTTPS_PROXY) refused the connection to it. */
  | 'proxy-refused'
  /** The proxy answered CONNECT with 407. */
  | 'proxy-auth'
  /** The proxy could not be reached otherwise, or answered CONNECT with another status. */
  | 'proxy'
  | 'other'

/** No usable answer: the network, TLS, the time limit, or an answer over the size limit. */
export class TransportError extends HttpError {
  override name = 'TransportError'
  constructor(
    operation: string,
    readonly failure: NetworkFailure,
    /** Node's error code (ECONNRESET, CERT_HAS_EXPIRED, …), when there is one. */
    readonly code: string | undefined,
    readonly reason: string,
    readonly host: string
  ) {
    // TLS and other failures name the host in their reason already.
    super(operation, `Could not ${operation}: ${reason}${failure === 'tls' || failure === 'other' ? '' : ` (${host})`}`)
  }

  /** Refused or unresolvable, or stopped at the proxy: the request cannot have reached the server. */
  get neverSent(): boolean {
    return ['refused', 'dns', 'unreachable', 'proxy-refused', 'proxy-auth', 'proxy'].includes(this.failure)
  }

  /** Worth another attempt: the network may recover; TLS trust, size limits and proxy credentials will not. */
  get retryable(): boolean {
    return !['tls', 'too-large', 'proxy-auth', 'other'].includes(this.failure)
  }
}

export interface SendOptions<T> {
  /** Turns a 2xx answer into the result; throws MalformedAnswerError when it cannot. */
  readonly read: (response: HttpResponse) => T
  /**
   * Given for a request that must not happen twice (a create): after an attempt that may have
   * taken effect it looks for that effect, and a value found is the result.
   */
  readonly recover?: (failure: { readonly effect: Effect; readonly answered: boolean }) => Promise<T | undefined>
}

interface Failure {
  readonly error: HttpError
  readonly retryable: boolean
  readonly effect: Effect
  /** For the log line: "HTTP 503", "the connection was reset". */
  readonly reason: string
  readonly retryAfterMs?: number
}

export class Transport {
  /** One keep-alive client per origin: a request after the first costs one round trip, not three. */
  private readonly clients = new Map<string, HttpClient>()
  /** Connections being opened ahead of their first request, by origin. */
  private readonly opening = new Map<string, Preconnection>()

  constructor(
    private readonly policy: RetryPolicy,
    private readonly log: Logger,
    /** Names a non-2xx answer in log lines; a service adds its own code, e.g. "HTTP 429 (429001)". */
    private readonly describe: (response: HttpResponse) => string = response => `HTTP ${response.status}`
  ) {}

  /**
   * Opens `count` connections to `url`'s origin now (TCP and TLS, no HTTP request), so that their
   * handshakes overlap other work such as fetching a token: as many as the requests that will go
   * out together first. Skipped behind a proxy, where the tunnel is made per request.
   */
  preconnect(url: string, count = 1): void {
    const { origin } = new URL(url)
    if (this.opening.has(origin) || this.clients.has(origin) || getProxyUrl(url) !== '') return
    this.opening.set(origin, preconnect(this.clientFor(origin).getAgent(url), url, count, this.policy.timeoutMs))
  }

  /** Closes every connection; the transport may be used again afterwards. */
  close(): void {
    for (const client of this.clients.values()) client.dispose()
    this.clients.clear()
    this.opening.clear()
  }

  private clientFor(origin: string): HttpClient {
    let client = this.clients.get(origin)
    if (client === undefined) {
      client = new HttpClient(USER_AGENT, [], {
        allowRetries: false,
        allowRedirects: false,
        keepAlive: true,
        // A backstop only: the deadline in exchange() fires first and is what callers see.
        socketTimeout: this.policy.timeoutMs + 1000
      })
      this.clients.set(origin, client)
    }
    return client
  }

  /** Sends a request until it succeeds, fails for good, or runs out of attempts. */
  async send<T>(request: HttpRequest, options: SendOptions<T>): Promise<T> {
    const { maxAttempts } = this.policy
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.try(request, options.read)
      if ('value' in outcome) return outcome.value
      const { error } = outcome
      error.attempts = attempt
      const giveUp = (): never => {
        error.gaveUp = true
        throw error
      }
      if (!outcome.retryable) throw error
      if (options.recover && outcome.effect !== 'none') {
        // Never repeat a request that may have taken effect: look for its effect first, even
        // after the last attempt, so that nothing made is lost.
        this.log.info(`${capitalize(request.operation)}: ${outcome.reason}; checking whether it went through`)
        // Answered: the server is done with it. Not answered: it may still be at work.
        const found = await options.recover({ effect: outcome.effect, answered: answered(error) })
        if (found !== undefined) return found
        if (outcome.effect === 'done') throw error
      }
      if (attempt >= maxAttempts || this.policy.stopped?.() === true) giveUp()
      const delayMs = outcome.retryAfterMs ?? this.backoff(attempt)
      const seconds = (delayMs / 1000).toFixed(1).replace(/\.0$/, '')
      const why = outcome.retryAfterMs !== undefined ? 'as Retry-After asks, ' : ''
      this.log.info(
        `${capitalize(request.operation)}: ${outcome.reason}; ${why}waiting ${seconds} s before attempt ${attempt + 1} of ${maxAttempts}`
      )
      await this.policy.sleep(delayMs)
      // A cancelled job cuts the wait short; it starts no attempt after it.
      if (this.policy.stopped?.() === true) giveUp()
    }
  }

  /** Exponential backoff with full jitter. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1))
    return Math.round(this.policy.random() * ceiling)
  }

  private async try<T>(request: HttpRequest, read: (response: HttpResponse) => T): Promise<{ value: T } | Failure> {
    let response: HttpResponse
    try {
      response = await this.exchange(request)
    } catch (error) {
      if (!(error instanceof TransportError)) throw error
      return { error, retryable: error.retryable, effect: error.neverSent ? 'none' : 'unknown', reason: error.reason }
    }
    if (response.status >= 200 && response.status < 300) {
      try {
        return { value: read(response) }
      } catch (error) {
        if (!(error instanceof MalformedAnswerError)) throw error
        const unreadable = new UnreadableAnswerError(request.operation, response, error.message)
        return {
          error: unreadable,
          retryable: true,
          effect: 'done',
          reason: `HTTP ${response.status} with ${error.message}`
        }
      }
    }
    return {
      error: new HttpStatusError(request.operation, response),
      retryable: RETRY_STATUSES.has(response.status),
      // A 429 was refused before any work; a 5xx may have come after the work was done.
      effect: response.status >= 500 ? 'unknown' : 'none',
      reason: this.describe(response),
      retryAfterMs: this.retryAfter(headerValue(response.headers['retry-after']))
    }
  }

  private retryAfter(value: string | undefined): number | undefined {
    const text = value?.trim()
    if (text === undefined || text === '') return undefined
    const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now()
    if (Number.isNaN(ms)) return undefined
    return Math.min(Math.max(ms, 0), this.policy.maxRetryAfterMs)
  }

  /** One round trip, bounded by the time limit and the size limit whatever the server does. */
  private async exchange(request: HttpRequest): Promise<HttpResponse> {
    const { timeoutMs } = this.policy
    const { host, origin, pathname: path } = new URL(request.url)
    this.log.debug(`${request.method} ${path}`)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new TransportError(request.operation, 'timeout', undefined, `no answer within ${timeoutMs / 1000} s`, host)
        )
      }, timeoutMs)
    })
    let message: IncomingMessage | undefined
    try {
      // The time limit covers a connection still being opened ahead of this request, too.
      await Promise.race([this.opening.get(origin)?.turn(), deadline])
      const client = this.clientFor(origin)
      const answer = await Promise.race([
        client.request(request.method, request.url, request.body ?? null, { ...request.headers }),
        deadline
      ])
      message = answer.message
      const { socket } = message
      const text = await Promise.race([readLimited(message, this.policy.maxBodyBytes), deadline])
      const response = { status: message.statusCode ?? 0, headers: message.headers, text }
      // A server that failed (5xx) gets a new connection for the next attempt (behind a load
      // balancer, perhaps another server); the connections of requests sent beside it stay.
      if (response.status >= 500) socket.destroy()
      this.log.debug(
        `${request.method} ${path}: ${response.status < 300 ? `HTTP ${response.status}` : this.describe(response)}`
      )
      return response
    } catch (error) {
      // A failed exchange is dropped with its connection, and with it only: requests sent beside it
      // go on on theirs. (A request that timed out before an answer keeps its connection busy until
      // close(); the agent never hands it to another request.)
      message?.destroy()
      if (error instanceof TransportError) throw error
      if (error instanceof BodyTooLargeError) {
        throw new TransportError(
          request.operation,
          'too-large',
          undefined,
          `the answer is larger than ${formatBytes(error.limit)}`,
          host
        )
      }
      throw classify(request.operation, request.url, host, error)
    } finally {
      clearTimeout(timer)
    }
  }
}

class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body over ${limit} bytes`)
  }
}

/** Reads the whole body in linear time, refusing more than `limit` bytes. */
function readLimited(message: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Before destroy(): destroying fires 'aborted' at once, which would report a reset instead.
        reject(new BodyTooLargeError(limit))
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')))
    message.on('error', reject)
    message.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })))
  })
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`
}

/**
 * Whether the server that did (or did not do) the work gave the answer. A 502 or 504 comes from a
 * gateway that gave up on it: the work may still be under way, as after a lost connection.
 */
function answered(error: HttpError): boolean {
  if (error instanceof TransportError) return false
  return !(error instanceof HttpStatusError && (error.response.status === 502 || error.response.status === 504))
}

/** The first value of a header that may repeat. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

const NETWORK_FAILURES: Readonly<Record<string, { failure: NetworkFailure; reason: string }>> = {
  ECONNRESET: { failure: 'reset', reason: 'the connection was reset' },
  ECONNREFUSED: { failure: 'refused', reason: 'the connection was refused' },
  ENOTFOUND: { failure: 'dns', reason: 'the host name could not be resolved' },
  EAI_AGAIN: { failure: 'dns', reason: 'the host name could not be resolved' },
  ETIMEDOUT: { failure: 'timeout', reason: 'the connection timed out' },
  ECONNABORTED: { failure: 'aborted', reason: 'the connection was aborted' },
  EHOSTUNREACH: { failure: 'unreachable', reason: 'the host is unreachable' },
  ENETUNREACH: { failure: 'unreachable', reason: 'the network is unreachable' },
  EPIPE: { failure: 'closed', reason: 'the connection was closed while sending' }
}
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|^ERR_TLS|^ERR_SSL/

/**
 * How @actions/http-client's tunnel agent (the `tunnel` package) fails to open a tunnel through
 * the proxy: always code ECONNRESET, with the proxy's CONNECT status or the cause in the message.
 */
const TUNNEL_FAILURE = /^tunneling socket could not be established, (?:statusCode=(\d+)|cause=(.*))$/s

/** By Node's error code: the proxy, network trouble, TLS trust, or anything else (a bad header, say). */
function classify(operation: string, url: string, host: string, error: unknown): TransportError {
  const code = errorCode(error)
  const tunnel = types.isNativeError(error) ? TUNNEL_FAILURE.exec(error.message) : null
  const proxy = tunnel === null ? undefined : proxyOf(url)
  if (tunnel !== null && proxy !== undefined) {
    const [, status, cause = ''] = tunnel
    if (status === '407')
      return new TransportError(
        operation,
        'proxy-auth',
        code,
        `the proxy ${proxy} requires authentication (HTTP 407)`,
        host
      )
    if (status !== undefined)
      return new TransportError(operation, 'proxy', code, `the proxy ${proxy} answered HTTP ${status} to CONNECT`, host)
    const causeCode = /\b(E[A-Z_]+)\b/.exec(cause)?.[1]
    if (causeCode === 'ECONNREFUSED')
      return new TransportError(operation, 'proxy-refused', code, `the proxy ${proxy} refused the connection`, host)
    return new TransportError(
      operation,
      'proxy',
      code,
      `the connection to the proxy ${proxy} failed (${causeCode ?? 'no error code'})`,
      host
    )
  }
  const known = code === undefined ? undefined : NETWORK_FAILURES[code]
  if (known !== undefined) return new TransportError(operation, known.failure, code, known.reason, host)
  if (code !== undefined && TLS_CODES.test(code)) {
    return new TransportError(operation, 'tls', code, `the TLS certificate of ${host} is not trusted (${code})`, host)
  }
  // Node's messages name headers and hosts, never header values.
  const message = types.isNativeError(error) ? error.message : String(error)
  return new TransportError(operation, 'other', code, `the request could not be sent to ${host} (${message})`, host)
}

/**
 * The proxy a request to `url` goes through, as @actions/http-client picks it (HTTPS_PROXY or
 * https_proxy, NO_PROXY; never for loopback): its scheme, host and port, and the variable that
 * named it; never its user name or password.
 */
function proxyOf(url: string): string | undefined {
  let proxy: URL
  try {
    const href = getProxyUrl(url)
    if (href === '') return undefined
    proxy = new URL(href)
  } catch {
    return undefined
  }
  if (proxy.hostname === '') return undefined
  const https = new URL(url).protocol === 'https:'
  const variable = https
    ? process.env['https_proxy']
      ? 'https_proxy'
      : 'HTTPS_PROXY'
    : process.env['http_proxy']
      ? 'http_proxy'
      : 'HTTP_PROXY'
  return `${proxy.protocol}//${proxy.host} (${variable})`
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
