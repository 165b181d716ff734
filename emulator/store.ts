// In-memory state: issued access tokens, base connections and the objects of the dataflow chain
// (each scoped by org AND sandbox), connection and flow specs (some may be retired), Catalog
// datasets, and the continuation tokens handed out by the paged lists.
import { randomBytes, randomUUID } from 'node:crypto'

import type {
  ConnectionSpec,
  FlowReads,
  FlowSpec,
  RunError,
  SeedDataset,
  SpecRef,
  StoredConnection,
  StoredFlow,
  StoredMappingSet,
  StoredSourceConnection,
  StoredTargetConnection
} from './types.js'

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
  /** The first page's size (a `limit`) and order (`orderby`), which later pages keep. */
  size: number
  orderRaw?: string
}

/** Whatever is kept per org and sandbox. */
interface Scoped {
  imsOrgId: string
  sandboxName: string
}

/** When a flow becomes enabled: evaluated lazily against the clock, so no timer keeps the process alive. */
export interface FlowTimes {
  /** While `initializing`: when it turns `enabled`. */
  enableAt?: number
  /** While `enabled`: since when. */
  enabledAt?: number
}

/** A flow run as kept; its status is read against the clock when shown. */
export interface RunRecord extends Scoped {
  id: string
  flowId: string
  flowSpec: SpecRef
  sandboxId: string
  etag: string
  createdAt: number
  startedAt: number
  /** When it ends; undefined for a seeded run that is still in progress. */
  completedAt?: number
  /** How it ends. */
  outcome: 'success' | 'Failed'
  /** What `metrics.recordSummary` shows once it has ended. */
  counts: { input: number; output: number; failed: number }
  /** What `metrics.statusSummary.errors` shows once it has ended. */
  errors: RunError[]
  /** What the run read: its flow's snapshot when it started. */
  reads?: FlowReads
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
  readonly sourceConnections = new Map<string, StoredSourceConnection>()
  readonly targetConnections = new Map<string, StoredTargetConnection>()
  readonly flows = new Map<string, StoredFlow>()
  readonly flowTimes = new Map<string, FlowTimes>()
  /** Per flow: its connections as they were when it was created or published (what its runs read). */
  readonly flowReads = new Map<string, FlowReads>()
  readonly runs = new Map<string, RunRecord>()
  /** Flows whose runs are the ones a test seeded (seedFlow, seedRuns): the clock adds none. */
  readonly seededFlows = new Set<string>()
  readonly mappingSets = new Map<string, StoredMappingSet>()
  readonly retiredFlowSpecs = new Set<string>()
  private readonly sandboxIds = new Map<string, string>()

  constructor(
    readonly specs: readonly ConnectionSpec[],
    readonly flowSpecs: readonly FlowSpec[] = [],
    readonly datasets: readonly SeedDataset[] = []
  ) {}

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
    return scopedGet(this.connections, id, orgId, sandboxName)
  }

  inScope(orgId: string, sandboxName: string): StoredConnection[] {
    return scopedValues(this.connections, orgId, sandboxName)
  }

  activeFlowSpecs(): FlowSpec[] {
    return this.flowSpecs.filter(spec => !this.retiredFlowSpecs.has(spec.id))
  }

  /** A dataset of this sandbox (Catalog keeps datasets per sandbox). */
  dataset(id: string, sandboxName: string): SeedDataset | undefined {
    return this.datasets.find(d => d.id === id && (d.sandboxName ?? sandboxName) === sandboxName)
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
    for (const map of [
      this.connections,
      this.cursors,
      this.sourceConnections,
      this.targetConnections,
      this.flows,
      this.flowTimes,
      this.flowReads,
      this.runs,
      this.mappingSets
    ]) {
      map.clear()
    }
    this.retiredSpecs.clear()
    this.retiredFlowSpecs.clear()
    this.seededFlows.clear()
  }
}

/** The record with this id, when it belongs to this org and sandbox. */
export function scopedGet<T extends Scoped>(
  map: ReadonlyMap<string, T>,
  id: string,
  orgId: string,
  sandboxName: string
): T | undefined {
  const found = map.get(id)
  return found && found.imsOrgId === orgId && found.sandboxName === sandboxName ? found : undefined
}

/** The records of this org and sandbox, in insertion (creation) order. */
export function scopedValues<T extends Scoped>(map: ReadonlyMap<string, T>, orgId: string, sandboxName: string): T[] {
  return [...map.values()].filter(v => v.imsOrgId === orgId && v.sandboxName === sandboxName)
}
