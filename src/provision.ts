// The decision: find the connection by name, then reuse / update / fail / create; verify, roll
// back, or only print the plan. Converges: any number of runs leave one connection.
import { ActionError, AdobeApiError, adobeReference } from './errors.js'
import { Connection, ConnectionRequest, FlowServiceClient, PatchOperation, Written } from './flow-service.js'
import { Logger } from './http.js'
import { Config, ORACLE_SERVICE_CLOUD_SPEC_ID } from './inputs.js'

type Outcome = 'created' | 'reused' | 'updated' | 'planned'

export interface ProvisionResult {
  readonly outcome: Outcome
  /** Undefined only in a dry run that would create. */
  readonly id?: string
  readonly etag?: string
  /** Dry run: what a real run would do, secrets redacted. */
  readonly plan?: readonly string[]
}

interface ProvisionDeps {
  readonly flow: FlowServiceClient
  readonly log: Logger & { warning(message: string): void }
  readonly now: () => number
  /** Called as soon as this run has created a connection (before verification). */
  readonly onCreated?: (id: string) => void
  /** Called when this run deleted again what it created (failed verification). */
  readonly onDeleted?: (id: string) => void
}

/** A Date header's truncated second, plus the time its answer took to arrive. */
const DATE_HEADER_UNCERTAINTY_MS = 1200

/**
 * Flow Service stamps createdAt with its own clock; our estimate of its offset comes from a Date
 * header, whole seconds, so it reads up to about a second low. Inside that band the clocks may well
 * agree and the POST's send time is compared as it is; outside it (a drifting self-hosted runner)
 * the estimate is a safe lower bound of the server's time at sending.
 */
function clockCorrection(estimatedOffsetMs: number | undefined): number {
  if (estimatedOffsetMs === undefined) return 0
  return estimatedOffsetMs > 0 || estimatedOffsetMs < -DATE_HEADER_UNCERTAINTY_MS ? estimatedOffsetMs : 0
}

/** Attempts at an update whose etag went stale under it (someone else changed the connection). */
const MAX_STALE_ETAG_RETRIES = 3
const REDACTED = '***'

/** The one place the request body is built (INTERFACE.md); description only when given. */
export function buildConnectionRequest(config: Config): ConnectionRequest {
  return {
    name: config.name,
    ...(config.description === '' ? {} : { description: config.description }),
    auth: {
      specName: config.authSpecName,
      params: { host: config.host, username: config.username, password: config.password, ...config.authParams }
    },
    connectionSpec: { id: config.connectionSpecId, version: config.connectionSpecVersion }
  }
}

/** The body with every secret (password, auth-params values) replaced, for printing. */
export function redactConnectionRequest(request: ConnectionRequest): ConnectionRequest {
  const params = Object.fromEntries(
    Object.entries(request.auth.params).map(([key, value]) => [key, key === 'host' || key === 'username' ? value : REDACTED])
  )
  return { ...request, auth: { ...request.auth, params } }
}

export async function provision(config: Config, deps: ProvisionDeps): Promise<ProvisionResult> {
  const request = buildConnectionRequest(config)
  if (config.dryRun) return plan(config, deps, request)

  // if-exists=create looks nothing up, so that a create is one request.
  if (config.ifExists !== 'create') {
    const match = single(config, await deps.flow.findByName(config.name, config.connectionSpecId))
    if (match !== undefined) return existing(config, deps, request, match)
    deps.log.info(`No base connection named "${config.name}" in sandbox ${config.sandboxName} yet: creating one`)
  }
  const written = await create(config, deps, request)
  deps.log.info(`Created base connection ${written.id} ("${config.name}") in sandbox ${config.sandboxName}`)
  deps.onCreated?.(written.id)
  if (config.verify) await verify(config, deps, written.id, true)
  return { outcome: 'created', ...written }
}

async function existing(
  config: Config,
  deps: ProvisionDeps,
  request: ConnectionRequest,
  match: Connection
): Promise<ProvisionResult> {
  switch (config.ifExists) {
    case 'fail':
      throw new ActionError(
        `A base connection named "${config.name}" already exists in sandbox ${config.sandboxName}: ${match.id}. "if-exists" is fail: set it to reuse or update, or delete that connection.`
      )
    case 'update': {
      const written = await update(deps, match, updateOperations(request))
      deps.log.info(`Updated the credentials of base connection ${written.id} ("${config.name}")`)
      if (config.verify) await verify(config, deps, written.id, false)
      return { outcome: 'updated', ...written }
    }
    default:
      deps.log.info(`Reusing base connection ${match.id} ("${config.name}") in sandbox ${config.sandboxName}`)
      return { outcome: 'reused', id: match.id, etag: match.etag }
  }
}

/** At most one match; two or more is a mess a human must sort out, so nothing is created. */
function single(config: Config, matches: readonly Connection[]): Connection | undefined {
  if (matches.length > 1) throw duplicatesError(config, matches)
  return matches[0]
}

function duplicatesError(config: Config, matches: readonly Connection[]): ActionError {
  return new ActionError(
    `Found ${matches.length} base connections named "${config.name}" for connection spec ${config.connectionSpecId} in sandbox ${config.sandboxName}: ${matches.map(m => m.id).join(', ')}. Nothing was created or changed. Delete the extra ones (Experience Platform > Sources > Accounts, or DELETE /connections/{id}), or give this one another "name".`
  )
}

function updateOperations(request: ConnectionRequest): PatchOperation[] {
  const operations: PatchOperation[] = [{ op: 'replace', path: '/auth/params', value: request.auth.params }]
  if (request.description !== undefined) operations.push({ op: 'add', path: '/description', value: request.description })
  return operations
}

async function update(deps: ProvisionDeps, match: Connection, operations: PatchOperation[]): Promise<Written> {
  let etag = match.etag
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.flow.patch(match.id, etag, operations)
    } catch (error) {
      if (!(error instanceof AdobeApiError && error.status === 412) || attempt > MAX_STALE_ETAG_RETRIES) throw error
      deps.log.info(`Base connection ${match.id} changed while updating it (HTTP 412); reading it again`)
      etag = (await deps.flow.get(match.id)).etag
    }
  }
}

/**
 * POST is not idempotent: when its answer is lost, look for the connection it may have made
 * before sending it again. With if-exists=create only a connection made since the POST counts.
 */
async function create(config: Config, deps: ProvisionDeps, request: ConnectionRequest): Promise<Written> {
  const sentAt = deps.now()
  const recover = async (): Promise<Written | undefined> => {
    const found = await deps.flow.findByName(config.name, config.connectionSpecId)
    const since = sentAt + clockCorrection(deps.flow.serverClockOffsetMs)
    const candidates = config.ifExists === 'create' ? found.filter(c => (c.createdAt ?? 0) >= since) : found
    const newest = [...candidates].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0]
    if (newest === undefined) return undefined
    if (candidates.length > 1) {
      deps.log.warning(
        `More than one base connection named "${config.name}" appeared while the create was retried: ${candidates.map(c => c.id).join(', ')}. Using the newest, ${newest.id}; delete the others.`
      )
    }
    deps.log.info(`The create went through after all: using base connection ${newest.id}`)
    return { id: newest.id, etag: newest.etag }
  }
  try {
    return await deps.flow.create(request, { recover })
  } catch (error) {
    if (error instanceof AdobeApiError && error.code === '1413-400') throw unknownSpecError(config, error)
    throw error
  }
}

/** Adobe retired the Oracle Service Cloud source; an org without the spec gets told so plainly. */
function unknownSpecError(config: Config, cause?: AdobeApiError): ActionError {
  const adobe = cause ? ` (${adobeReference(cause)})` : ''
  const why =
    config.connectionSpecId === ORACLE_SERVICE_CLOUD_SPEC_ID
      ? 'Adobe deprecated the Oracle Service Cloud source (announced for mid-2025), and this organization no longer has it. Adobe points to Data Landing Zone instead: export from Oracle Service Cloud to files and ingest them through the Data Landing Zone source (https://experienceleague.adobe.com/en/docs/experience-platform/sources/connectors/cloud-storage/data-landing-zone).'
      : 'Check "connection-spec-id": GET /connectionSpecs lists the sources this organization has.'
  return new ActionError(`Flow Service does not know connection spec ${config.connectionSpecId}${adobe}. ${why}`)
}

async function verify(config: Config, deps: ProvisionDeps, id: string, createdHere: boolean): Promise<void> {
  try {
    await deps.flow.explore(id)
  } catch (error) {
    if (!isCredentialRejection(error)) throw error
    let consequence = 'The connection now holds these credentials; fix them and run again with if-exists=update.'
    if (createdHere) {
      const deleted = await deps.flow.delete(id).then(
        () => true,
        (deleteError: Error) => {
          deps.log.warning(`Could not delete base connection ${id} after it failed verification: ${deleteError.message}`)
          return false
        }
      )
      if (deleted) deps.onDeleted?.(id)
      consequence = deleted
        ? 'The connection this run created was deleted again.'
        : `The connection this run created (${id}) could not be deleted: delete it by hand.`
    }
    throw new ActionError(
      `Oracle Service Cloud rejected the credentials of base connection ${id}: ${error.details.adobeMessage ?? 'no message'} (${adobeReference(error)}).\nNext step: check "host", "username" and "password". ${consequence}`
    )
  }
  deps.log.info(`Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${id}`)
}

/** Explore fails with a 4xx of Flow Service's own (not the gateway's) when the source says no. */
function isCredentialRejection(error: unknown): error is AdobeApiError {
  return error instanceof AdobeApiError && error.status === 400 && /^\d{4}-\d{3}$/.test(error.code ?? '')
}

/** Dry run: read-only look-ups, then what a real run would do. */
async function plan(config: Config, deps: ProvisionDeps, request: ConnectionRequest): Promise<ProvisionResult> {
  if (!(await deps.flow.connectionSpecExists(config.connectionSpecId))) throw unknownSpecError(config)
  const matches = await deps.flow.findByName(config.name, config.connectionSpecId)
  const match = matches.length === 1 ? matches[0] : undefined
  const { kind, step } = plannedStep(config, request, matches)
  const lines = [
    `Dry run: ${step}${kind === 'create' && config.verify ? ', then verify it' : ''}.`,
    'Request body (secrets redacted):',
    JSON.stringify(redactConnectionRequest(request), null, 2)
  ]
  lines.forEach(line => deps.log.info(line))
  if (kind === 'fail') deps.log.warning(`Dry run: a real run ${step}`)
  return { outcome: 'planned', id: match?.id, etag: match?.etag, plan: lines }
}

function plannedStep(
  config: Config,
  request: ConnectionRequest,
  matches: readonly Connection[]
): { kind: 'create' | 'reuse' | 'update' | 'fail'; step: string } {
  const where = `in sandbox ${config.sandboxName}`
  const [match] = matches
  if (config.ifExists === 'create' || match === undefined) {
    const others = matches.length > 0 ? ` (besides ${matches.map(m => m.id).join(', ')}, as if-exists is create)` : ''
    return { kind: 'create', step: `would create base connection "${config.name}" ${where}${others}` }
  }
  if (matches.length > 1) return { kind: 'fail', step: `would fail: ${duplicatesError(config, matches).message}` }
  const which = `base connection ${match.id} ("${config.name}") ${where}`
  switch (config.ifExists) {
    case 'reuse':
      return { kind: 'reuse', step: `would reuse ${which}` }
    case 'update': {
      const changes = updateOperations(request).map(o => `${o.op} ${o.path}`)
      return { kind: 'update', step: `would update ${which}: ${changes.join(', ')}` }
    }
    case 'fail':
      return { kind: 'fail', step: `would fail: ${which} already exists and if-exists is fail` }
  }
}
