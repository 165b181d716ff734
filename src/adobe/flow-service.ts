// Flow Service: the base connection calls this action makes, and nothing else. `FlowService` is
// what the executor needs; `FlowServiceClient` is the one that talks to Adobe.
import { FLOW_SERVICE_PATH } from '../constants.js'
import { ActionError } from '../errors.js'
import { headerValue, HttpResponse, Logger, Method, SendOptions, Transport } from '../http/transport.js'
import { AdobeApiError, isTokenRejection, notDocumented, readJsonObject, sendToAdobe } from './errors.js'
import { TokenSource } from './ims.js'

/** Looks for what a create whose outcome is unknown made; `answered` false: it may still land. */
export type Recover = NonNullable<SendOptions<Written>['recover']>

export type AuthParamValue = string | number | boolean

export interface ConnectionRequest {
  readonly name: string
  readonly description?: string
  readonly auth: { readonly specName: string; readonly params: Readonly<Record<string, AuthParamValue>> }
  readonly connectionSpec: { readonly id: string; readonly version: string }
}

/** What the action needs of a connection; its credentials are never kept. */
export interface Connection {
  readonly id: string
  readonly etag: string
  readonly name: string
  readonly createdAt?: number
  readonly sandboxName?: string
  readonly connectionSpecId?: string
  /** Flow Service's `state`: `enabled` for a usable connection. */
  readonly state?: string
}

export interface Written {
  readonly id: string
  readonly etag: string
}

export interface PatchOperation {
  readonly op: 'add' | 'replace' | 'remove'
  readonly path: string
  readonly value?: unknown
}

export interface FlowService {
  /** Every connection in the sandbox with exactly this name and connection spec. */
  findByName(name: string, connectionSpecId: string): Promise<Connection[]>
  /** POST; `recover` looks for the connection a lost answer may have made before it is sent again. */
  create(request: ConnectionRequest, recover: Recover, operation?: string): Promise<Written>
  get(id: string): Promise<Connection>
  /** A JSON Patch, sent with If-Match exactly as the etag was returned. */
  patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written>
  /** False when it was already gone. */
  delete(id: string): Promise<boolean>
  /** Has Flow Service reach the source with the stored credentials; throws Adobe's error when it cannot. */
  explore(id: string): Promise<void>
  connectionSpecExists(id: string): Promise<boolean>
  /** How far Flow Service's clock is ahead of ours (negative: behind), to within a second. */
  readonly serverClockOffsetMs: number | undefined
}

export interface FlowServiceSettings {
  readonly platformUrl: string
  readonly apiKey: string
  readonly orgId: string
  readonly sandboxName: string
}

interface FlowRequest {
  readonly operation: string
  readonly method: Method
  readonly url: string
  readonly body?: string
  readonly headers?: Readonly<Record<string, string>>
}

const MAX_PAGES = 1000

export class FlowServiceClient implements FlowService {
  private readonly base: string
  private clockOffsetMs: number | undefined

  constructor(
    private readonly transport: Transport,
    private readonly settings: FlowServiceSettings,
    private readonly tokens: TokenSource,
    private readonly log: Logger
  ) {
    this.base = `${settings.platformUrl}${FLOW_SERVICE_PATH}`
  }

  /** Read from the Date header of Flow Service's latest answer (whole seconds). */
  get serverClockOffsetMs(): number | undefined {
    return this.clockOffsetMs
  }

  /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
  async findByName(name: string, connectionSpecId: string): Promise<Connection[]> {
    const filters = [`connectionSpec.id==${connectionSpecId}`]
    if (!name.includes(',')) filters.unshift(`name==${name}`)
    let url: string | undefined =
      `${this.base}/connections?${filters.map(f => `property=${encodeURIComponent(f)}`).join('&')}`
    const seen = new Set<string>()
    const found: Connection[] = []
    while (url !== undefined) {
      if (seen.has(url) || seen.size >= MAX_PAGES) {
        throw new ActionError(
          `Could not look up existing base connections: Flow Service's list did not end after ${seen.size} pages.`
        )
      }
      seen.add(url)
      const page: ConnectionPage = await this.call(
        { operation: 'look up existing base connections', method: 'GET', url },
        { read: readPage }
      )
      found.push(
        ...page.items.filter(
          c =>
            c.name === name &&
            (c.connectionSpecId === undefined || c.connectionSpecId === connectionSpecId) &&
            (c.sandboxName === undefined || c.sandboxName === this.settings.sandboxName)
        )
      )
      url = page.next === undefined ? undefined : this.resolveLink(page.next)
    }
    return found
  }

  create(request: ConnectionRequest, recover: Recover, operation = 'create the base connection'): Promise<Written> {
    return this.call(
      {
        operation,
        method: 'POST',
        url: `${this.base}/connections`,
        body: JSON.stringify(request)
      },
      { read: readWritten, recover }
    )
  }

  get(id: string): Promise<Connection> {
    return this.call(
      { operation: `read base connection ${id}`, method: 'GET', url: this.connectionUrl(id) },
      {
        read: response => {
          const { items } = readPage(response)
          const [connection] = items
          if (items.length !== 1 || connection === undefined) throw notDocumented('not a one-item list')
          return connection
        }
      }
    )
  }

  patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written> {
    return this.call(
      {
        operation: `update base connection ${id}`,
        method: 'PATCH',
        url: this.connectionUrl(id),
        body: JSON.stringify(operations),
        headers: { 'If-Match': etag }
      },
      { read: readWritten }
    )
  }

  delete(id: string): Promise<boolean> {
    return this.okUnlessNotFound({
      operation: `delete base connection ${id}`,
      method: 'DELETE',
      url: this.connectionUrl(id)
    })
  }

  async explore(id: string): Promise<void> {
    await this.call(
      {
        operation: `explore base connection ${id}`,
        method: 'GET',
        url: `${this.connectionUrl(id)}/explore?objectType=root`
      },
      { read: () => undefined }
    )
  }

  connectionSpecExists(id: string): Promise<boolean> {
    return this.okUnlessNotFound({
      operation: `read connection spec ${id}`,
      method: 'GET',
      url: `${this.base}/connectionSpecs/${encodeURIComponent(id)}`
    })
  }

  private connectionUrl(id: string): string {
    return `${this.base}/connections/${encodeURIComponent(id)}`
  }

  /** True when the request succeeds, false on a 404; other errors are thrown. */
  private async okUnlessNotFound(request: FlowRequest): Promise<boolean> {
    try {
      await this.call(request, { read: () => undefined })
      return true
    } catch (error) {
      if (error instanceof AdobeApiError && error.status === 404) return false
      throw error
    }
  }

  /** Repeats a request once with a new token when the gateway says the token is no longer valid. */
  private async call<T>(request: FlowRequest, options: SendOptions<T>): Promise<T> {
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
        { service: 'platform', credentials: this.tokens.credentials }
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

  /** `_links.next.href` is relative to Flow Service (or absolute on the same origin); kept verbatim. */
  private resolveLink(href: string): string {
    if (href.startsWith('/data/')) return `${this.settings.platformUrl}${href}`
    if (href.startsWith('/')) return `${this.base}${href}`
    // The token goes wherever the link points: only ever to the platform itself.
    if (URL.canParse(href) && new URL(href).origin === new URL(this.settings.platformUrl).origin) return href
    throw new ActionError(
      'Could not look up existing base connections: Flow Service gave a next-page link outside "platform-url".'
    )
  }
}

interface ConnectionPage {
  readonly items: Connection[]
  readonly next?: string
}

function readWritten(response: HttpResponse): Written {
  const { id, etag } = readJsonObject(response)
  if (typeof id !== 'string' || id === '' || typeof etag !== 'string') throw notDocumented('no id and etag')
  return { id, etag }
}

function readPage(response: HttpResponse): ConnectionPage {
  const body = readJsonObject(response)
  if (!Array.isArray(body.items)) throw notDocumented('no items list')
  const next = (body._links as { next?: { href?: unknown } } | undefined)?.next?.href
  return { items: body.items.map(readConnection), next: typeof next === 'string' && next !== '' ? next : undefined }
}

function readConnection(raw: unknown): Connection {
  const item = (raw ?? {}) as Record<string, unknown>
  const etag = typeof item.etag === 'string' ? item.etag : item.version
  if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
    throw notDocumented('a connection without id, name or etag')
  }
  const spec = item.connectionSpec as { id?: unknown } | undefined
  return {
    id: item.id,
    etag,
    name: item.name,
    createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
    sandboxName: typeof item.sandboxName === 'string' ? item.sandboxName : undefined,
    connectionSpecId: typeof spec?.id === 'string' ? spec.id : undefined,
    state: typeof item.state === 'string' ? item.state : undefined
  }
}
