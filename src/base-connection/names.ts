// The base connection action's names (action.yml): its inputs, outputs and post-step state.
import { ACCESS_INPUT } from '../access/names.js'

/** Flow Service's connection spec for Oracle Service Cloud: the `connection-spec-id` default of action.yml. */
export { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../access/hints.js'

/** The kind of object this action records in the job state (runner/job-state.ts) for its post step. */
export const JOB_KIND = 'connection'

/** The post step's debug line when the main step left nothing to delete. */
export const NOTHING_TO_DELETE = 'delete-on-completion: this job created no base connection to delete'

/** The action's inputs (action.yml), by the names messages and hints quote. */
export const INPUT = {
  ...ACCESS_INPUT,
  host: 'host',
  username: 'username',
  password: 'password',
  name: 'name',
  description: 'description',
  connectionSpecId: 'connection-spec-id',
  connectionSpecVersion: 'connection-spec-version',
  authSpecName: 'auth-spec-name',
  authParams: 'auth-params',
  ifExists: 'if-exists',
  verify: 'verify',
  dryRun: 'dry-run',
  deleteOnCompletion: 'delete-on-completion'
} as const

/** The action's outputs (action.yml). */
export const OUTPUT = {
  baseConnectionId: 'base-connection-id',
  etag: 'etag',
  created: 'created',
  outcome: 'outcome'
} as const
