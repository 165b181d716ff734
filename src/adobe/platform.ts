// Experience Platform's API gateway, as every service behind it is called: the token, the API key,
// the organization and the sandbox on each request, one repeat with a new token when the gateway
// rejects it, and the server's clock read off each answer. Flow Service, Data Prep and Catalog share it.
import { headerValue, HttpResponse, Logger, Method, SendOptions, Transport } from '../http/transport.js'
import { ActionError } from '../runner/errors.js'
import { AdobeApiError, isTokenRejection, notDocumented, readJsonObject, sendToAdobe, Wording } from './errors.js'
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
   * Every item of a paged list (`items` and `_links.next.href`), page after page. A list that does
   * not end is a failure, not a hang.
   */
  async list<T>(operation: string, firstUrl: string, serviceBase: string, readItem: (raw: unknown) => T): Promise<T[]> {
    const seen = new Set<string>()
    const found: T[] = []
    let url: string | undefined = firstUrl
    while (url !== undefined) {
      if (seen.has(url) || seen.size >= MAX_PAGES) {
        throw new ActionError(`Could not ${operation}: the list did not end after ${seen.size} pages.`)
      }
      seen.add(url)
      const page: Page<T> = await this.call({ operation, method: 'GET', url }, { read: r => readItems(r, readItem) })
      found.push(...page.items)
      url = page.next === undefined ? undefined : this.resolveLink(operation, page.next, serviceBase)
    }
    return found
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

  /** The request's answer, or undefined when the platform answers 404 (not there); other errors are thrown. */
  async callUnlessNotFound<T>(request: PlatformRequest, options: SendOptions<T>): Promise<T | undefined> {
    try {
      return await this.call(request, options)
    } catch (error) {
      if (error instanceof AdobeApiError && error.status === 404) return undefined
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

const MAX_PAGES = 1000

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
