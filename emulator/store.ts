// In-memory state: issued access tokens, base connections (scoped by org AND sandbox), connection
// specs (some may be retired), and the continuation tokens handed out by `GET /connections`.
import { randomBytes, randomUUID } from 'node:crypto'
import type { ConnectionSpec, StoredConnection } from './types.js'

export interface TokenRecord {
  clientId: string
  orgId: string
  expiresAt: number
  revoked: boolean
}

export interface PageCursor {
  /** Where the next page starts in the filtered list. */
  offset: number
  /** Org + sandbox the listing belongs to: a token is no good elsewhere. */
  scope: string
  /** The request's `property` filters (decoded), so a later page lists the same thing. */
  queryKey: string
  /** The same filters as received, to rebuild the next href and to serve a token sent alone. */
  queryRaw: string
}

/** Etags look like Adobe's (`"6802064a-0000-0200-0000-6387c6b90000"`), literal quotes included. */
export function newEtag(previous?: string): string {
  for (;;) {
    const head = randomBytes(4).toString('hex')
    const seconds = Math.floor(Date.now() / 1000)
      .toString(16)
      .padStart(8, '0')
    const etag = `"${head}-0000-0200-0000-${seconds}0000"`
    if (etag !== previous) return etag
  }
}

export class Store {
  readonly tokens = new Map<string, TokenRecord>()
  readonly connections = new Map<string, StoredConnection>()
  readonly cursors = new Map<string, PageCursor>()
  readonly retiredSpecs = new Set<string>()
  private readonly sandboxIds = new Map<string, string>()

  constructor(readonly specs: readonly ConnectionSpec[]) {}

  /** A stable id per sandbox name, like Adobe's sandboxId. */
  sandboxId(name: string): string {
    let id = this.sandboxIds.get(name)
    if (!id) {
      id = randomUUID()
      this.sandboxIds.set(name, id)
    }
    return id
  }

  issueToken(clientId: string, orgId: string, lifetimeSeconds: number): string {
    // Opaque and unguessable: 64 random bytes, base64url.
    const token = `emu.${randomBytes(64).toString('base64url')}`
    this.tokens.set(token, { clientId, orgId, expiresAt: Date.now() + lifetimeSeconds * 1000, revoked: false })
    return token
  }

  validToken(token: string): TokenRecord | undefined {
    const record = this.tokens.get(token)
    if (!record || record.revoked || record.expiresAt <= Date.now()) return undefined
    return record
  }

  expireTokens(): void {
    for (const record of this.tokens.values()) record.revoked = true
  }

  /** The spec, unless unknown or retired. */
  activeSpec(id: string): ConnectionSpec | undefined {
    if (this.retiredSpecs.has(id)) return undefined
    return this.specs.find(spec => spec.id === id)
  }

  /** A connection visible from this org and sandbox. */
  connection(id: string, orgId: string, sandboxName: string): StoredConnection | undefined {
    const found = this.connections.get(id)
    return found && found.imsOrgId === orgId && found.sandboxName === sandboxName ? found : undefined
  }

  inScope(orgId: string, sandboxName: string): StoredConnection[] {
    return [...this.connections.values()].filter(c => c.imsOrgId === orgId && c.sandboxName === sandboxName)
  }

  /**
   * Continuation tokens are opaque ids into `cursors`. They always end in `==` (padded base64url of
   * 16 random bytes) so that clients which mangle `=` in query strings are caught.
   */
  newCursor(cursor: PageCursor): string {
    const token = `${randomBytes(16).toString('base64url')}==`
    this.cursors.set(token, cursor)
    return token
  }

  reset(): void {
    this.connections.clear()
    this.cursors.clear()
    this.retiredSpecs.clear()
  }
}
