// Names of the dataflow action (dataflow/action.yml): its inputs, outputs and post-step state.
import { ACCESS_INPUT } from '../access/names.js'

/** The dataflow action's inputs (dataflow/action.yml), by the names messages and hints quote. */
export const DATAFLOW_INPUT = {
  clientId: ACCESS_INPUT.clientId,
  clientSecret: ACCESS_INPUT.clientSecret,
  scopes: ACCESS_INPUT.scopes,
  accessToken: ACCESS_INPUT.accessToken,
  apiKey: ACCESS_INPUT.apiKey,
  orgId: ACCESS_INPUT.orgId,
  sandboxName: ACCESS_INPUT.sandboxName,
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
  platformUrl: ACCESS_INPUT.platformUrl,
  imsUrl: ACCESS_INPUT.imsUrl,
  timeoutSeconds: ACCESS_INPUT.timeoutSeconds,
  maxAttempts: ACCESS_INPUT.maxAttempts
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

/** The kinds of object this action records in the job state (runner/job-state.ts), in the order the post step deletes them. */
export const JOB_KINDS = ['flow', 'target', 'source'] as const
export type ChainKind = (typeof JOB_KINDS)[number]

/** The connections' names are the dataflow's name with these suffixes. */
export const SOURCE_CONNECTION_SUFFIX = ' (source)'
export const TARGET_CONNECTION_SUFFIX = ' (target)'

/** The post step's debug line when the main step left nothing to delete. */
export const NOTHING_TO_DELETE = 'delete-on-completion: this job created no part of the dataflow chain'
