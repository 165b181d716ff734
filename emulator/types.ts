// Shared types of the local Adobe IMS + Flow Service emulator.

/** An OAuth Server-to-Server credential the emulated IMS knows. */
export interface EmulatorClient {
  clientId: string
  clientSecret: string
  orgId: string
  /** Scopes this credential may request; when absent, any non-empty scope list is accepted. */
  scopes?: string[]
}

/** Oracle Service Cloud credentials that the emulated source accepts on explore. */
export interface OracleAccount {
  host: string
  username: string
  password: string
}

/** A draft-07 JSON schema, restricted to what auth specs use. */
export interface JsonSchema {
  $schema?: string
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean'
  description?: string
  format?: string
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean
}

export interface AuthSpec {
  name: string
  type: string
  spec: JsonSchema
}

/** A connection spec as `GET /connectionSpecs/{id}` returns it (ConnectionSpecItemDTO). */
export interface ConnectionSpec {
  id: string
  name: string
  providerId: string
  version: string
  authSpec: AuthSpec[]
  attributes?: Record<string, unknown>
}

/** A stored base connection, shaped like Flow Service's ConnectionItemDTO. */
export interface StoredConnection {
  id: string
  createdAt: number
  updatedAt: number
  createdBy: string
  updatedBy: string
  createdClient: string
  updatedClient: string
  sandboxId: string
  sandboxName: string
  imsOrgId: string
  name: string
  description?: string
  connectionSpec: { id: string; version: string }
  state: string
  auth: { specName: string; params: Record<string, unknown> }
  version: string
  etag: string
}

export interface SeedConnectionInit {
  name: string
  sandboxName?: string
  orgId?: string
  connectionSpecId?: string
  connectionSpecVersion?: string
  authSpecName?: string
  description?: string
  params?: Record<string, unknown>
  createdAt?: number
  /** Flow Service's state; default `enabled`. */
  state?: string
  /** Who created it; defaults to `exc_app` (the Experience Platform UI). */
  createdClient?: string
}

/** Every request the emulator received, faulted or not. */
export interface RecordedRequest {
  method: string
  /** Decoded-free pathname, as received. */
  path: string
  /** Path and query exactly as received. */
  rawUrl: string
  query: Record<string, string[]>
  /** Lowercased header names. */
  headers: Record<string, string>
  body: string
  json?: unknown
  form?: Record<string, string>
  /** Epoch ms when the request arrived. */
  at: number
  /** The emulator's port it came in on (`url` or `secondUrl`). */
  port: number
}

export type FaultAction =
  | { status: number; body?: unknown; headers?: Record<string, string>; commit?: boolean }
  | { reset: true; commit?: boolean }
  | { hang: true; commit?: boolean }
  | { delayMs: number }
  /** Never answers; the request takes effect this long after it arrived (a slow commit). */
  | { lateCommitMs: number }
  | { malformed: true; commit?: boolean }
  /** Answer 200/201 headers and the start of a JSON body, then stall: the body never ends. */
  | { stallBody: true; commit?: boolean }

export interface FaultRule {
  /** HTTP method, any case; any method when absent. */
  method?: string
  /** Matched against the pathname: a string matches when the pathname equals it or ends with it. */
  path?: string | RegExp
  /** How many matching requests it applies to; default 1, Infinity allowed. */
  times?: number
  action: FaultAction
}

export interface EmulatorOptions {
  clients?: EmulatorClient[]
  sandboxes?: string[]
  /** Page size of `GET /connections`; default 20. */
  pageSize?: number
  oracleAccounts?: OracleAccount[]
  connectionSpecs?: ConnectionSpec[]
  tokenLifetimeSeconds?: number
  /** How far Flow Service's clock runs ahead of this machine's (negative: behind), for its Date header and createdAt. */
  clockOffsetMs?: number
  /** Also listen on a second port, so that IMS and Flow Service can be two origins. */
  secondOrigin?: boolean
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** Port to listen on; default 0 (ephemeral). */
  port?: number
  /** Called with one line per answered request (method, path, status), e.g. for the CLI. */
  log?: (line: string) => void
}

export interface Emulator {
  readonly url: string
  readonly port: number
  /** With `secondOrigin`: another origin onto the same services. */
  readonly secondUrl: string | undefined
  /** New connections accepted at the origin of `url` (or `secondUrl`) since the last reset. */
  connectionsAccepted(url: string): number
  readonly requests: RecordedRequest[]
  connections(): StoredConnection[]
  seedConnection(init: SeedConnectionInit): StoredConnection
  issueToken(options?: { clientId?: string; orgId?: string }): string
  expireTokens(): void
  retireConnectionSpec(id: string): void
  fault(rule: FaultRule): void
  clearFaults(): void
  reset(): void
  close(): Promise<void>
}
