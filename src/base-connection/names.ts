// The base connection action's names (action.yml): its inputs, outputs and post-step state.
import { ACCESS_INPUT } from '../runner/access.js'

/** Flow Service's connection spec for Oracle Service Cloud (INTERFACE.md, the `connection-spec-id` default). */
export const ORACLE_SERVICE_CLOUD_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003'

/** What the main step leaves for the post step (core.saveState / core.getState). */
export const STATE = {
  /** The id of a connection this run created, when delete-on-completion asks for it to go. */
  createdConnectionId: 'created-base-connection-id',
  /**
   * Written just before the POST, so that a post step after a kill mid-POST can still find what the
   * POST made: JSON of PendingCreate (execute.ts).
   */
  pendingCreate: 'pending-base-connection'
} as const

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
