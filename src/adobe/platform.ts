// Experience Platform's API gateway, as every service behind it is called: the token, the API key,
// the organization and the sandbox on each request, one repeat with a new token when the gateway
// rejects it, and the server's clock read off each answer. Flow Service, Data Prep and Catalog share it.
import { headerValue, HttpResponse, Logger, Method, SendOptions, Transport } from '../http/transport.js'
import { ActionError } from '../runner/errors.js'
import { isNotFound, isTokenRejection, notDocumented, readJsonObject, safe, sendToAdobe, Wording } from './errors.js'
import { TokenSource } from './ims.js'

/** Flow Service lives under this path of the platform's URL. */
export const FLOW_SERVICE_PATH = '/data/foundation/flowservice'

export interface PlatformSettings {
  readonly platformUrl: string
  readonly apiKey: string
  readonly orgId: string
  readonly sandboxName: string
}

export interface PlatformRequest {
  readonly operation: string
  readonly method: Method
  readonly url: string
  readonly body?: string
  readonly headers?: Readonly<Record<string, string>>
}

export class Platform {
  private clockOffsetMs: number | undefined

  constructor(
    private readonly transport: Transport,
    readonly settings: PlatformSettings,
    private readonly tokens: TokenSource,
    private readonly log: Logger,
    private readonly wording?: Wording
  ) {}

  /** How far the platform's clock is ahead of ours (negative: behind), from its latest Date header. */
  get serverClockOffsetMs(): number | undefined {
    return this.clockOffsetMs
  }

  /**
   * Every item of a paged list (`items` and `_links.next.href`), page after page, that `keep` keeps.
   * A list that does not end is a failure, not a hang; one that goes on past LIST_LIMITS fails too,
   * before it fills the runner's memory.
   */
  async list<T>(
    operation: string,
    firstUrl: string,
    serviceBase: string,
    readItem: (raw: unknown) => T,
    { keep, name, settled }: ListOptions<T> = {}
  ): Promise<T[]> {
    const seen = new Set<string>()
    const found: T[] = []
    const read = { bytes: 0, items: 0 }
    let url: string | undefined = firstUrl
    while (url !== undefined) {
      if (seen.has(url) || seen.size >= LIST_LIMITS.pages) {
        throw new ActionError(`Could not ${operation}: the list did not end after ${seen.size} pages.`)
      }
      seen.add(url)
      const page: Page<T> & { bytes: number } = await this.call(
        { operation, method: 'GET', url },
        { read: r => ({ ...readItems(r, readItem), bytes: Buffer.byteLength(r.text) }) }
      )
      read.bytes += page.bytes
      read.items += page.items.length
      const over =
        read.bytes > LIST_LIMITS.bytes
          ? `${megabytes(LIST_LIMITS.bytes)} MB`
          : read.items > LIST_LIMITS.items
            ? `${LIST_LIMITS.items.toLocaleString('en-US')} items`
            : undefined
      if (over !== undefined) throw this.unending(operation, name, over, seen.size, read)
      for (const item of page.items) if (keep === undefined || keep(item)) found.push(item)
      if (settled?.(found, page.items) === true) break
      url = page.next === undefined ? undefined : this.resolveLink(operation, page.next, serviceBase)
    }
    return found
  }

  /** A list past LIST_LIMITS: what was looked up, where, and how much was read. */
  private unending(
    operation: string,
    name: string | undefined,
    over: string,
    pages: number,
    read: { bytes: number; items: number }
  ): ActionError {
    const forName = name === undefined || operation.includes(`"${name}"`) ? '' : ` for the name "${name}"`
    const items = (n: number): string => n.toLocaleString('en-US')
    return new ActionError(
      `Could not ${operation}: the list${forName} in sandbox "${this.settings.sandboxName}" went past ${over} without ending (${pages} pages, ${items(read.items)} items, ${megabytes(read.bytes)} MB read); one look-up reads at most ${megabytes(LIST_LIMITS.bytes)} MB and ${items(LIST_LIMITS.items)} items.\nNext step: run again later; if the list still does not end, report it to Adobe support.`
    )
  }

  /** `_links.next.href` is relative to the service (or absolute on the same origin); kept verbatim. */
  private resolveLink(operation: string, href: string, serviceBase: string): string {
    const { platformUrl } = this.settings
    if (href.startsWith('/data/')) return `${platformUrl}${href}`
    if (href.startsWith('/')) return `${serviceBase}${href}`
    // The token goes wherever the link points: only ever to the platform itself.
    if (URL.canParse(href) && new URL(href).origin === new URL(platformUrl).origin) return href
    throw new ActionError(
      `Could not ${operation}: the answer gave a next-page link to another origin than ${platformUrl}.`
    )
  }

  /** The request's answer, or undefined when the platform answers that it is not there (isNotFound); other errors are thrown. */
  async callUnlessNotFound<T>(request: PlatformRequest, options: SendOptions<T>): Promise<T | undefined> {
    try {
      return await this.call(request, options)
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }

  /** Repeats a request once with a new token when the gateway says the token is no longer valid. */
  async call<T>(request: PlatformRequest, options: SendOptions<T>): Promise<T> {
    const read = (response: HttpResponse): T => {
      const serverDate = Date.parse(headerValue(response.headers.date) ?? '')
      if (!Number.isNaN(serverDate)) this.clockOffsetMs = serverDate - Date.now()
      return options.read(response)
    }
    const send = (token: string): Promise<T> =>
      sendToAdobe(
        this.transport,
        {
          operation: request.operation,
          method: request.method,
          url: request.url,
          body: request.body,
          headers: {
            Authorization: `Bearer ${token}`,
            'x-api-key': this.settings.apiKey,
            'x-gw-ims-org-id': this.settings.orgId,
            'x-sandbox-name': this.settings.sandboxName,
            Accept: 'application/json',
            ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...request.headers
          }
        },
        { ...options, read },
        { service: 'platform', credentials: this.tokens.credentials, wording: this.wording }
      )
    try {
      return await send(await this.tokens.token())
    } catch (error) {
      if (!isTokenRejection(error)) throw error
      const fresh = await this.tokens.refresh()
      if (fresh === undefined) throw error
      this.log.info('Adobe rejected the access token (401013); got a new one from IMS and repeating the request once')
      return send(fresh)
    }
  }
}

/**
 * What one look-up reads at most, all its pages together (each answer is capped by the transport):
 * far past any real list, and low enough that the step stays under 150 MB of memory (the items
 * read are what a look-up may keep; 100,000 of them would not).
 */
export const LIST_LIMITS = { pages: 1000, bytes: 50 * 1024 * 1024, items: 25_000 } as const

export interface ListOptions<T> {
  /** Which items are kept (all, without it); the others are counted and dropped page by page. */
  readonly keep?: (item: T) => boolean
  /** The name looked up, for a message whose operation does not say it. */
  readonly name?: string
  /** Whether what was kept so far and the page just read settle the question: no later page is read. */
  readonly settled?: (kept: readonly T[], page: readonly T[]) => boolean
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)

/** The shapes of Adobe's ids, as each service issues them. */
const ID_SHAPES = {
  'flow-service': {
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    what: 'a Flow Service id (a UUID)'
  },
  'mapping-set': { pattern: /^[0-9a-f]{32}$/i, what: 'a Data Prep mapping set id (32 hexadecimal digits)' },
  dataset: { pattern: /^[0-9a-f]{24}$/i, what: 'a Catalog dataset id (24 hexadecimal digits)' }
} as const

export type IdKind = keyof typeof ID_SHAPES

/**
 * The id as a segment of a URL's path, once it has the shape of its kind: ids come from answers,
 * and one such as `../flows/x` or `a%2Fb` would send the request (and the token) to another
 * object. `operation` words the request for the id, which the message shows made safe.
 */
export function idSegment(id: string, kind: IdKind, operation: (id: string) => string): string {
  const { pattern, what } = ID_SHAPES[kind]
  if (!pattern.test(id)) throw new ActionError(`Could not ${operation(safe(id, 100) ?? '')}: the id is not ${what}.`)
  return id
}

interface Page<T> {
  readonly items: T[]
  readonly next?: string
}

/** A page of a list: `items`, and the link to the next page when there is one. */
export function readItems<T>(response: HttpResponse, readItem: (raw: unknown) => T): Page<T> {
  const body = readJsonObject(response)
  if (!Array.isArray(body.items)) throw notDocumented('no items list')
  const next = (body._links as { next?: { href?: unknown } } | undefined)?.next?.href
  return { items: body.items.map(readItem), next: typeof next === 'string' && next !== '' ? next : undefined }
}
