// Names of the dataflow action (dataflow/action.yml): its inputs, outputs and post-step state.
import { INPUT, STATE } from '../constants.js'

/** The dataflow action's inputs (dataflow/action.yml), by the names messages and hints quote. */
export const DATAFLOW_INPUT = {
  // Adobe access: the same inputs as the base connection action's.
  clientId: INPUT.clientId,
  clientSecret: INPUT.clientSecret,
  scopes: INPUT.scopes,
  accessToken: INPUT.accessToken,
  apiKey: INPUT.apiKey,
  orgId: INPUT.orgId,
  sandboxName: INPUT.sandboxName,
  baseConnectionId: 'base-connection-id',
  name: 'name',
  table: 'table',
  columns: 'columns',
  datasetId: 'dataset-id',
  mapping: 'mapping',
  frequency: 'frequency',
  interval: 'interval',
  startTime: 'start-time',
  deltaColumn: 'delta-column',
  flowSpecName: 'flow-spec-name',
  ifExists: 'if-exists',
  wait: 'wait',
  waitTimeoutSeconds: 'wait-timeout-seconds',
  dryRun: 'dry-run',
  deleteOnCompletion: 'delete-on-completion',
  platformUrl: INPUT.platformUrl,
  imsUrl: INPUT.imsUrl,
  timeoutSeconds: INPUT.timeoutSeconds,
  maxAttempts: INPUT.maxAttempts
} as const

/** The dataflow action's outputs (dataflow/action.yml). */
export const DATAFLOW_OUTPUT = {
  dataflowId: 'dataflow-id',
  sourceConnectionId: 'source-connection-id',
  targetConnectionId: 'target-connection-id',
  mappingId: 'mapping-id',
  mappingVersion: 'mapping-version',
  state: 'state',
  outcome: 'outcome',
  /** With `wait: first-run` only. */
  runStatus: 'run-status',
  /** With `wait: first-run` only. */
  recordsWritten: 'records-written'
} as const

/** What the dataflow action's main step leaves for its post step (core.saveState / core.getState). */
export const DATAFLOW_STATE = {
  /** The same key as the base connection action's: the main step sets it, so the bundle knows it runs as the post step. */
  isPost: STATE.isPost,
  /** JSON record of the ids this run created, for delete-on-completion. */
  createdChain: 'created-dataflow-chain',
  /** JSON of the creates in flight, by kind (PendingChainCreate), for a post step after a kill mid-POST. */
  pendingChain: 'pending-dataflow-chain'
} as const

/** The connections' names are the dataflow's name with these suffixes. */
export const SOURCE_CONNECTION_SUFFIX = ' (source)'
export const TARGET_CONNECTION_SUFFIX = ' (target)'
