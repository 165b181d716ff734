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

/** A draft-07 JSON schema, restricted to what auth specs and flow specs use. */
export interface JsonSchema {
  $schema?: string
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean'
  title?: string
  description?: string
  format?: string
  default?: unknown
  enum?: unknown[]
  const?: unknown
  minimum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean
  if?: JsonSchema
  then?: JsonSchema
  else?: JsonSchema
  allOf?: JsonSchema[]
  not?: JsonSchema
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

/** A spec reference as Flow Service items carry it: `{id, version}`. */
export interface SpecRef {
  id: string
  version: string
}

/** What every Flow Service item of the chain carries: identity, audit fields, scope and etag. */
export interface FlowItemBase {
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
  /** Equal to `etag`, quotes included. */
  version: string
  etag: string
}

/** Source and target connections: `enabled`, or `draft` when created with `?mode=draft` and not yet published. */
export type ConnectionState = 'enabled' | 'draft'

/** A source connection (SourceConnectionItemDTO). */
export interface StoredSourceConnection extends FlowItemBase {
  baseConnectionId: string
  state: ConnectionState
  data: Record<string, unknown>
  params: Record<string, unknown>
  connectionSpec: SpecRef
}

/** A data lake target connection (TargetConnectionItemDTO). */
export interface StoredTargetConnection extends FlowItemBase {
  /** Older tutorials send one; kept as sent. */
  baseConnectionId?: string
  state: ConnectionState
  data: Record<string, unknown>
  params: Record<string, unknown>
  connectionSpec: SpecRef
}

export type FlowState = 'draft' | 'initializing' | 'enabled' | 'disabled'

export interface FlowTransformation {
  name: string
  params: Record<string, unknown>
}

/** A dataflow (FlowItemDTO), as `GET /flows/{id}` shows it. */
export interface StoredFlow extends FlowItemBase {
  state: FlowState
  flowSpec: SpecRef
  sourceConnectionIds: string[]
  targetConnectionIds: string[]
  inheritedAttributes: {
    sourceConnections: {
      id: string
      connectionSpec: SpecRef
      baseConnection: { id: string; connectionSpec: SpecRef }
    }[]
    targetConnections: { id: string; connectionSpec: SpecRef }[]
  }
  /** As stored: `mappingVersion` always a string. */
  transformations?: FlowTransformation[]
  /** Exactly as sent: integers or digit strings. */
  scheduleParams?: Record<string, unknown>
  /** `/runs?property=flowId=={id}`. */
  runs: string
  lastOperation?: {
    started: number
    updated: number
    percentCompleted: number
    status: { value: string; errors: unknown[] }
    operation: string
    ops?: unknown[]
  }
  lastRunDetails?: { id: string; state: string; startedAtUTC: number; completedAtUTC?: number }
}

/** How a run shows in `metrics.statusSummary.status`: monitor.md spells success `success`, sort-and-filter.md failure `Failed`. */
export type RunStatus = 'inProgress' | 'success' | 'Failed'

/** One entry of a run's `metrics.statusSummary.errors`, as monitor.md shows it: `{code, message}`. */
export interface RunError {
  code: string
  message: string
}

/**
 * One run of a seeded run history (`seedRuns`), as Flow Service would have recorded it. Times are
 * epoch ms on the emulator's clock (`advanceClock` and `clockOffsetMs` included).
 */
export interface SeedRun {
  /** `metrics.durationSummary.startedAtUTC`; at or before the emulator's clock. */
  startedAt: number
  /**
   * `metrics.durationSummary.completedAtUTC`, at or after `startedAt`; required unless `status` is
   * `inProgress`. Later than the clock: the run shows `inProgress` until the clock reaches it.
   */
  completedAt?: number
  /**
   * `metrics.statusSummary.status` as Adobe's documents spell it for runs: `success` (monitor.md),
   * `Failed` (sort-and-filter.md), `inProgress` (still running; no `completedAt`). A partial
   * ingestion is a `success` with failed records and errors, as monitor.md's example run is.
   */
  status: 'success' | 'Failed' | 'inProgress'
  /** `metrics.recordSummary`: inputRecordCount, outputRecordCount, failedRecordCount; 0 when left out. None while in progress. */
  records?: { input?: number; output?: number; failed?: number }
  /** `metrics.statusSummary.errors`; none while in progress. */
  errors?: RunError[]
  /** The run's `createdAt`; default `startedAt`. At or before the emulator's clock. */
  createdAt?: number
}

/** A dataflow seeded without the dataflow action (`seedFlow`), with its source connection, target connection and mapping set. */
export interface SeedFlowInit {
  name: string
  description?: string
  /** Default: the first of `sandboxes`. */
  sandboxName?: string
  /** Default: the first client's org. */
  orgId?: string
  /**
   * The base connection its source connection reads through (of the same org and sandbox), e.g. one
   * seeded with a password the source rejects. Default: a new one, seeded with the first of
   * `oracleAccounts` (explore accepts it).
   */
  baseConnectionId?: string
  /** Default `enabled`. */
  state?: 'enabled' | 'disabled'
  /** As `POST /flows` takes them (`startTime` in epoch seconds, `frequency`, `interval`), checked against the flow spec. */
  scheduleParams: Record<string, unknown>
  /** The source table's path; default the first of `tables`. */
  tableName?: string
  /** The target dataset; default the first dataset of the sandbox. */
  dataSetId?: string
  /** When the flow and its connections were created (epoch ms, at or before the clock); default now. */
  createdAt?: number
}

/** A flow run (FlowRunItemDTO), as `GET /runs` shows it. */
export interface FlowRun {
  id: string
  createdAt: number
  updatedAt: number
  sandboxId: string
  sandboxName: string
  imsOrgId: string
  flowId: string
  flowSpec: SpecRef
  etag: string
  metrics: {
    durationSummary: { startedAtUTC: number; completedAtUTC?: number }
    recordSummary: { inputRecordCount: number; outputRecordCount: number; failedRecordCount: number }
    statusSummary: { status: RunStatus; errors: RunError[] }
  }
  activities: unknown[]
}

/** A flow spec (FlowSpecItemDTO), restricted to what the chain uses. */
export interface FlowSpec {
  id: string
  name: string
  providerId: string
  version: string
  sourceConnectionSpecIds: string[]
  targetConnectionSpecIds: string[]
  transformationSpecs: { name: string; spec: JsonSchema }[]
  scheduleSpec: { name: string; type: string; spec: JsonSchema }
  attributes?: Record<string, unknown>
}

/** The XDM type of a leaf field, as the Schema Registry shows it (`{type: "string"}`, `{type: "string", format: "date-time"}`). */
export interface XdmFieldType {
  type: 'string' | 'integer' | 'number' | 'boolean'
  format?: string
}

/** A Catalog dataset the emulator knows, with the field paths of its XDM schema (for Data Prep and the Schema Registry). */
export interface SeedDataset {
  id: string
  name: string
  schemaRef: { id: string; contentType: string }
  /** Dotted XDM paths a mapping may write to, e.g. `person.name.fullName`. */
  paths: string[]
  /** The type of some leaf paths in the Schema Registry's answer; any other leaf is `{type: "string"}`. */
  fieldTypes?: Record<string, XdmFieldType>
  /** The schema's title in the Schema Registry; default `{name} schema`. */
  schemaTitle?: string
  /** The sandbox it lives in; every sandbox when absent. */
  sandboxName?: string
}

/** One column as explore describes it (`objectType=table`), and as a source connection's `params.columns` lists it. */
export interface SourceColumn {
  name: string
  type: string
  xdm: { type: string; format?: string }
  'meta:xdmType'?: string
}

/** A table of the emulated source: `name` and `path` as explore lists them at the root, `columns` as it describes the table. */
export interface SourceTable {
  name: string
  path: string
  columns: SourceColumn[]
  /** Default true. */
  canPreview?: boolean
  /** Default true. */
  canFetchSchema?: boolean
}

/**
 * What a dataflow reads: its source connection's table and columns and its target connection's
 * dataset, as they were when the flow was created (or published). A later PATCH of either
 * connection is stored but not picked up by the flow (update-dataflows.md).
 */
export interface FlowReads {
  sourceConnectionId: string
  /** `params.tableName` (or the older `params.path`). */
  tableName: string
  /** The column names the source connection listed; every column of the table when it listed none. */
  columns: string[]
  targetConnectionId: string
  datasetId: string
}

/** One mapping as Data Prep stores it (ATTRIBUTE becomes `text/x.schema-path`). */
export interface StoredMapping {
  id: string
  version: number
  createdDate: number
  modifiedDate: number
  createdBy: string
  modifiedBy: string
  sourceType: string
  source: string
  destination: string
  identity: boolean
  primaryIdentity: boolean
  sourceAttribute: string
  destinationXdmPath: string
  name?: string
  description?: string
}

/** One version of a mapping set, as `GET /mappingSets/{id}?version=N` shows it. */
export interface MappingSetVersion {
  id: string
  version: number
  createdDate: number
  modifiedDate: number
  createdBy: string
  modifiedBy: string
  status: string
  outputSchema: { schemaRef: { id: string; contentType: string } }
  mappings: StoredMapping[]
}

/** A mapping set with all its versions (PUT adds one), scoped by org and sandbox. */
export interface StoredMappingSet {
  id: string
  imsOrgId: string
  sandboxName: string
  versions: MappingSetVersion[]
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
  /** The largest page a `limit` gets (documents give no maximum); default 1000. */
  maxLimit?: number
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
  /** Catalog datasets (with their schema paths); default `[DEMO_DATASET]`. */
  datasets?: SeedDataset[]
  /** Flow specs served by `/flowSpecs`; default `[CRM_TO_AEP_FLOW_SPEC]`. */
  flowSpecs?: FlowSpec[]
  /** How long a created or published flow stays `initializing` before it is `enabled`; default 0. */
  flowEnableDelayMs?: number
  /** How long a run takes (`inProgress` meanwhile); default 0. */
  runDurationMs?: number
  /** How runs end: `success` (default) or `Failed`, spelled as Adobe's documents spell them. */
  runStatus?: 'success' | 'Failed'
  /**
   * Which documented version of the CRMToAEP flow spec is served (when `flowSpecs` is not given):
   * `listed` (default; customer-success.md: lists Oracle Service Cloud, no draft mode) or
   * `newest` (table-dataflow-template.md: no Oracle Service Cloud, draft mode supported).
   */
  crmToAep?: 'listed' | 'newest'
  /** The tables of the emulated source (explore, source connections); default `ORACLE_TABLES`. */
  tables?: readonly SourceTable[]
  /** Records each run reads (and, when it succeeds, writes); default 42. */
  recordsPerRun?: number
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
  /** Source connections of every org and sandbox, in creation order (deep copies). */
  sourceConnections(): StoredSourceConnection[]
  targetConnections(): StoredTargetConnection[]
  /** Flows as `GET /flows/{id}` would show them now (state and runs brought up to the clock). */
  flows(): StoredFlow[]
  mappingSets(): StoredMappingSet[]
  /** Runs of every flow, as `GET /runs` would show them now. */
  runs(): FlowRun[]
  /** What a flow reads (its snapshot of its connections), or undefined for an unknown flow or a draft. */
  flowReads(flowId: string): FlowReads | undefined
  /** What a run read: its flow's snapshot when it started; undefined for an unknown run. */
  runReads(runId: string): FlowReads | undefined
  /** Makes a flow spec unknown: absent from `/flowSpecs`, refused with 1413 on create. */
  retireFlowSpec(id: string): void
  /**
   * Seeds a dataflow as if made elsewhere (the UI, another run): its source connection (on
   * `baseConnectionId`, or a new base connection), data lake target connection, mapping set and flow,
   * built by the emulator's own handlers, so every documented check applies (an Error with Adobe's
   * answer otherwise). Its runs are the ones `seedRuns` gives: the clock adds none, so a flow whose
   * schedule says it was due and that has no seeded run has none. Answers the flow as `GET /flows/{id}` shows it.
   */
  seedFlow(init: SeedFlowInit): StoredFlow
  /**
   * Adds runs to a flow's history (any flow: seeded or made over HTTP); from then on the clock adds
   * no run of its own to that flow. Answers the runs as `GET /runs` shows them now, newest first.
   */
  seedRuns(flowId: string, runs: readonly SeedRun[]): FlowRun[]
  /** Moves the emulator's clock forward (flow enabling, runs, createdAt, the Date header); reset() undoes it. */
  advanceClock(ms: number): void
  fault(rule: FaultRule): void
  clearFaults(): void
  reset(): void
  close(): Promise<void>
}
