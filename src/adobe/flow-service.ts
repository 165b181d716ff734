// Flow Service: the base connection calls this action makes, and nothing else. `FlowService` is
// what the executor needs; `FlowServiceClient` is the one that talks to Adobe.
import { HttpResponse, Logger, SendOptions, Transport } from '../http/transport.js'
import { notDocumented, readJsonObject } from './errors.js'
import { TokenSource } from './ims.js'
import { FLOW_SERVICE_PATH, Platform, PlatformRequest, PlatformSettings, readItems } from './platform.js'

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

export type FlowServiceSettings = PlatformSettings
type FlowRequest = PlatformRequest

export class FlowServiceClient implements FlowService {
  private readonly base: string
  /** The gateway calls, shared with the clients of the rest of the chain (chain.ts). */
  readonly platform: Platform

  constructor(transport: Transport, settings: FlowServiceSettings, tokens: TokenSource, log: Logger) {
    this.platform = new Platform(transport, settings, tokens, log)
    this.base = `${settings.platformUrl}${FLOW_SERVICE_PATH}`
  }

  private get settings(): FlowServiceSettings {
    return this.platform.settings
  }

  /** Read from the Date header of Flow Service's latest answer (whole seconds). */
  get serverClockOffsetMs(): number | undefined {
    return this.platform.serverClockOffsetMs
  }

  /** A comma in a filter value means OR to Flow Service, so such a name is matched here only. */
  async findByName(name: string, connectionSpecId: string): Promise<Connection[]> {
    const filters = [`connectionSpec.id==${connectionSpecId}`]
    if (!name.includes(',')) filters.unshift(`name==${name}`)
    const url = `${this.base}/connections?${filters.map(f => `property=${encodeURIComponent(f)}`).join('&')}`
    const items = await this.platform.list('look up existing base connections', url, this.base, readConnection)
    return items.filter(
      c =>
        c.name === name &&
        (c.connectionSpecId === undefined || c.connectionSpecId === connectionSpecId) &&
        (c.sandboxName === undefined || c.sandboxName === this.settings.sandboxName)
    )
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
          const { items } = readItems(response, readConnection)
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
    return (await this.platform.callUnlessNotFound(request, { read: () => true })) ?? false
  }

  private call<T>(request: PlatformRequest, options: SendOptions<T>): Promise<T> {
    return this.platform.call(request, options)
  }
}

export function readWritten(response: HttpResponse): Written {
  const { id, etag } = readJsonObject(response)
  if (typeof id !== 'string' || id === '' || typeof etag !== 'string') throw notDocumented('no id and etag')
  return { id, etag }
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
