// One Flow Service collection (connections, sourceConnections, targetConnections, flows): found by
// name, read, created, patched with If-Match, deleted, and (flows) acted on. Every collection is
// called and read the same way; only the item reader differs.
import { HttpResponse, SendOptions } from '../http/transport.js'
import { notDocumented, readJsonObject } from './errors.js'
import { idSegment, Platform, readItems } from './platform.js'

/** What every object that Flow Service finds by name has. */
export interface Named {
  readonly id: string
  readonly etag: string
  readonly name: string
  /** Flow Service's clock, epoch ms. */
  readonly createdAt?: number
  /** Flow Service's `state`: `enabled` for a usable connection or a running dataflow. */
  readonly state?: string
  readonly sandboxName?: string
}

/** What a create or a PATCH answers: the object's id and its new etag. */
export interface Written {
  readonly id: string
  readonly etag: string
}

export interface PatchOperation {
  readonly op: 'add' | 'replace' | 'remove'
  readonly path: string
  readonly value?: unknown
}

/** Looks for what a create whose outcome is unknown made; `answered` false: it may still land. */
export type Recover = NonNullable<SendOptions<Written>['recover']>

export type FlowAction = 'publish' | 'enable' | 'disable'

export interface CreateOptions {
  /** `?mode=draft` (Adobe's draft tutorial). */
  readonly draft?: boolean
  /** What the run is doing, for messages: "create the base connection". */
  readonly operation?: string
}

export interface Collection<T extends Named, R> {
  /** "source connection", for messages. */
  readonly what: string
  /**
   * Every object of the sandbox with exactly this name; `filters` are more `property` filters
   * (`connectionSpec.id==…`), ANDed by Flow Service.
   */
  findByName(name: string, filters?: readonly string[]): Promise<T[]>
  /** Undefined when it does not exist. */
  get(id: string): Promise<T | undefined>
  /** POST; `recover` looks for what a lost answer may have made before it is sent again. */
  create(request: R, recover: Recover, options?: CreateOptions): Promise<Written>
  /** A JSON Patch, sent with If-Match exactly as the etag was returned. */
  patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written>
  /** False when it was already gone. */
  delete(id: string): Promise<boolean>
  /** publish, enable, disable (flows). */
  act(id: string, action: FlowAction): Promise<void>
}

export class FlowServiceCollection<T extends Named, R> implements Collection<T, R> {
  private readonly base: string

  constructor(
    private readonly platform: Platform,
    private readonly serviceBase: string,
    path: string,
    readonly what: string,
    private readonly read: (raw: unknown) => T,
    /** What a look-up by name is doing, for messages. */
    private readonly lookingUp = (name: string): string => `look up ${what}s named "${name}"`
  ) {
    this.base = `${serviceBase}/${path}`
  }

  /**
   * A comma in a filter value means OR to Flow Service, so such a name cannot be filtered on: the
   * sandbox's list is read in the largest pages it gives, sorted by name, and matched here. It ends
   * once the names equal to this one have been passed (see `passed`). An object of another sandbox
   * (as a gateway that ignores the header would list it) is never one.
   */
  async findByName(name: string, filters: readonly string[] = []): Promise<T[]> {
    const filtered = !name.includes(',')
    const all = filtered ? [`name==${name}`, ...filters] : filters
    const query = [
      ...all.map(f => `property=${encodeURIComponent(f)}`),
      ...(filtered ? [] : ['orderby=name', `limit=${UNFILTERED_PAGE}`])
    ].join('&')
    const url = query === '' ? this.base : `${this.base}?${query}`
    const { sandboxName } = this.platform.settings
    // Only the matches are kept: the others of a long list are read, counted and dropped.
    return this.platform.list(this.lookingUp(name), url, this.serviceBase, this.read, {
      keep: item => item.name === name && (item.sandboxName ?? sandboxName) === sandboxName,
      name,
      ...(!filtered && { settled: (kept, page) => passed(name, kept, page) })
    })
  }

  async get(id: string): Promise<T | undefined> {
    const operation = (shown: string): string => `read ${this.what} ${shown}`
    return this.platform.callUnlessNotFound(
      { operation: operation(id), method: 'GET', url: this.itemUrl(id, operation) },
      {
        // Flow Service answers a one-item list.
        read: response => {
          const { items } = readItems(response, this.read)
          const [item] = items
          if (items.length !== 1 || item === undefined) throw notDocumented('not a one-item list')
          return item
        }
      }
    )
  }

  create(request: R, recover: Recover, { draft = false, operation }: CreateOptions = {}): Promise<Written> {
    return this.platform.call(
      {
        operation: operation ?? `create the ${this.what}`,
        method: 'POST',
        url: draft ? `${this.base}?mode=draft` : this.base,
        body: JSON.stringify(request)
      },
      { read: readWritten, recover }
    )
  }

  async patch(id: string, etag: string, operations: readonly PatchOperation[]): Promise<Written> {
    const operation = (shown: string): string => `update ${this.what} ${shown}`
    return this.platform.call(
      {
        operation: operation(id),
        method: 'PATCH',
        url: this.itemUrl(id, operation),
        body: JSON.stringify(operations),
        headers: { 'If-Match': etag }
      },
      { read: readWritten }
    )
  }

  async delete(id: string): Promise<boolean> {
    const operation = (shown: string): string => `delete ${this.what} ${shown}`
    const deleted = await this.platform.callUnlessNotFound(
      { operation: operation(id), method: 'DELETE', url: this.itemUrl(id, operation) },
      { read: () => true }
    )
    return deleted ?? false
  }

  /** A body-less POST, which the gateway still wants labelled as JSON. */
  async act(id: string, action: FlowAction): Promise<void> {
    const operation = (shown: string): string => `${action} ${this.what} ${shown}`
    return this.platform.call(
      {
        operation: operation(id),
        method: 'POST',
        url: `${this.itemUrl(id, operation)}/action?op=${action}`,
        body: '{}'
      },
      // The answer's {id, etag} is not needed: the object is read again afterwards.
      { read: () => undefined }
    )
  }

  /** Ids come from answers: only one of Flow Service's shape (a UUID) goes into the URL. */
  private itemUrl(id: string, operation: (id: string) => string): string {
    return `${this.base}/${idSegment(id, 'flow-service', operation)}`
  }
}

/**
 * The `limit` of a look-up the filter cannot narrow. Flow Service documents the parameter but no
 * largest value; one that gives fewer is followed page by page all the same.
 */
export const UNFILTERED_PAGE = 1000

/**
 * Whether a list sorted by name has passed every object named `name`: some were kept, and the page
 * ends with a name that differs from it even ignoring case. Objects of one name are next to each
 * other in any order the service sorts names by (by code point, or ignoring case), so none follows.
 * Until one is found, the whole list is read: where a name that is not there would sort depends
 * on a collation Flow Service does not document.
 */
export function passed(name: string, kept: readonly Named[], page: readonly Named[]): boolean {
  const last = page.at(-1)
  return kept.length > 0 && last !== undefined && last.name.toLowerCase() !== name.toLowerCase()
}

export function readWritten(response: HttpResponse): Written {
  const { id, etag } = readJsonObject(response)
  if (typeof id !== 'string' || id === '' || typeof etag !== 'string') throw notDocumented('no id and etag')
  return { id, etag }
}

/** The fields every object found by name has, and the raw item for the reader of its kind. */
export function readNamed(raw: unknown, what: string): { named: Named; item: Record<string, unknown> } {
  const item = (raw ?? {}) as Record<string, unknown>
  // Flow Service calls the etag `version` in some answers (update-dataflows.md).
  const etag = typeof item.etag === 'string' ? item.etag : item.version
  if (typeof item.id !== 'string' || typeof item.name !== 'string' || typeof etag !== 'string') {
    throw notDocumented(`a ${what} without id, name or etag`)
  }
  const named: Named = {
    id: item.id,
    etag,
    name: item.name,
    createdAt: typeof item.createdAt === 'number' ? item.createdAt : undefined,
    state: stringOf(item.state),
    sandboxName: stringOf(item.sandboxName)
  }
  return { named, item }
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
