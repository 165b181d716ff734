// Names, ids and paths that several modules use: one place each.

/** Flow Service's connection spec for Oracle Service Cloud (INTERFACE.md, the `connection-spec-id` default). */
export const ORACLE_SERVICE_CLOUD_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003'

/** Flow Service lives under this path of `platform-url`. */
export const FLOW_SERVICE_PATH = '/data/foundation/flowservice'

/** IMS's OAuth Server-to-Server token endpoint, under `ims-url`. */
export const IMS_TOKEN_PATH = '/ims/token/v3'

/** What the main step leaves for the post step (core.saveState / core.getState). */
export const STATE = {
  /** Set by the main step, so that the one bundle knows it runs as the post step. */
  isPost: 'isPost',
  /** The id of a connection this run created, when delete-on-completion asks for it to go. */
  createdConnectionId: 'created-base-connection-id',
  /**
   * Written just before the POST, so that a post step after a kill mid-POST can still find what the
   * POST made: JSON of PendingCreate (src/execute.ts).
   */
  pendingCreate: 'pending-base-connection'
} as const

/** The post step's debug line when the main step left nothing to delete. */
export const NOTHING_TO_DELETE = 'delete-on-completion: this job created no base connection to delete'

/** The action's inputs (action.yml), by the names messages and hints quote. */
export const INPUT = {
  host: 'host',
  username: 'username',
  password: 'password',
  clientId: 'client-id',
  clientSecret: 'client-secret',
  scopes: 'scopes',
  accessToken: 'access-token',
  apiKey: 'api-key',
  orgId: 'org-id',
  sandboxName: 'sandbox-name',
  name: 'name',
  description: 'description',
  connectionSpecId: 'connection-spec-id',
  connectionSpecVersion: 'connection-spec-version',
  authSpecName: 'auth-spec-name',
  authParams: 'auth-params',
  ifExists: 'if-exists',
  verify: 'verify',
  dryRun: 'dry-run',
  deleteOnCompletion: 'delete-on-completion',
  platformUrl: 'platform-url',
  imsUrl: 'ims-url',
  timeoutSeconds: 'timeout-seconds',
  maxAttempts: 'max-attempts'
} as const

/** The action's outputs (action.yml). */
export const OUTPUT = {
  baseConnectionId: 'base-connection-id',
  etag: 'etag',
  created: 'created',
  outcome: 'outcome'
} as const
