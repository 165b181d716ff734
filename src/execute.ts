// Carries a plan out against Flow Service, step by step. The decision is made in plan.ts; what
// happens here is how each step survives the network: lost create answers, stale etags, and a
// verification that fails.
import { adobeReference, AdobeApiError, isSourceRejection, isUnknownSpec, unknownSpecError } from './adobe/errors.js'
import { Connection, FlowService, PatchOperation, Written } from './adobe/flow-service.js'
import { failureMessage, Result, runLog } from './describe.js'
import { ActionError } from './errors.js'
import { Logger } from './http/transport.js'
import { Plan, Step, Subject } from './plan.js'

export interface ExecuteDeps {
  readonly flow: FlowService
  readonly log: Logger & { warning(message: string): void }
  readonly now: () => number
  /** Called as soon as this run has created a connection (before verification). */
  readonly onCreated?: (id: string) => void
  /** Called when this run deleted again what it created (failed verification). */
  readonly onDeleted?: (id: string) => void
}

/** Attempts at an update whose etag went stale under it (someone else changed the connection). */
const MAX_STALE_ETAG_RETRIES = 3

/** A Date header's truncated second, plus the time its answer took to arrive. */
const DATE_HEADER_UNCERTAINTY_MS = 1200

/** Reads what the plan needs: whether the spec exists (dry run), and the connections of this name. */
export async function lookUp(
  flow: FlowService,
  subject: Subject,
  needs: { readonly connectionSpec: boolean; readonly byName: boolean }
): Promise<readonly Connection[] | undefined> {
  if (needs.connectionSpec && !(await flow.connectionSpecExists(subject.connectionSpecId))) {
    throw unknownSpecError(subject.connectionSpecId)
  }
  return needs.byName ? flow.findByName(subject.name, subject.connectionSpecId) : undefined
}

export async function execute(plan: Plan, deps: ExecuteDeps): Promise<Result> {
  let result: Result | undefined
  for (const step of plan.steps) result = await run(plan, step, result, deps)
  if (result === undefined) throw new Error('a plan without steps')
  return result
}

async function run(plan: Plan, step: Step, previous: Result | undefined, deps: ExecuteDeps): Promise<Result> {
  const { subject } = plan
  switch (step.kind) {
    case 'fail':
      throw new ActionError(failureMessage(step.failure, subject))
    case 'reuse':
      deps.log.info(runLog.reusing(subject, step.connection.id))
      return { outcome: 'reused', id: step.connection.id, etag: step.connection.etag }
    case 'update': {
      const written = await update(deps, step.connection, step.operations)
      deps.log.info(runLog.updated(subject, written.id))
      return { outcome: 'updated', ...written }
    }
    case 'create': {
      if (plan.matches !== undefined) deps.log.info(runLog.creating(subject))
      const written = await create(plan, step, deps)
      deps.log.info(runLog.created(subject, written.id))
      deps.onCreated?.(written.id)
      return { outcome: 'created', ...written }
    }
    case 'verify':
      if (previous?.id === undefined) throw new Error('verify without a connection')
      await verify(deps, previous.id, step.deleteOnRejection && previous.outcome === 'created')
      return previous
  }
}

async function update(
  deps: ExecuteDeps,
  connection: Connection,
  operations: readonly PatchOperation[]
): Promise<Written> {
  let etag = connection.etag
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.flow.patch(connection.id, etag, operations)
    } catch (error) {
      if (!(error instanceof AdobeApiError && error.status === 412) || attempt > MAX_STALE_ETAG_RETRIES) throw error
      deps.log.info(`Base connection ${connection.id} changed while updating it (HTTP 412); reading it again`)
      etag = (await deps.flow.get(connection.id)).etag
    }
  }
}

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

/**
 * POST is not idempotent: when its answer is lost, look for the connection it may have made
 * before sending it again. With if-exists=create only a connection made since the POST counts.
 */
async function create(plan: Plan, step: Extract<Step, { kind: 'create' }>, deps: ExecuteDeps): Promise<Written> {
  const { subject } = plan
  const sentAt = deps.now()
  const recover = async (): Promise<Written | undefined> => {
    const found = await deps.flow.findByName(subject.name, subject.connectionSpecId)
    const since = sentAt + clockCorrection(deps.flow.serverClockOffsetMs)
    const candidates = step.adoptExisting ? found : found.filter(c => (c.createdAt ?? 0) >= since)
    const newest = [...candidates].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0]
    if (newest === undefined) return undefined
    if (candidates.length > 1) {
      deps.log.warning(
        `More than one base connection named "${subject.name}" appeared while the create was retried: ${candidates.map(c => c.id).join(', ')}. Using the newest, ${newest.id}; delete the others.`
      )
    }
    deps.log.info(`The create went through after all: using base connection ${newest.id}`)
    return { id: newest.id, etag: newest.etag }
  }
  try {
    return await deps.flow.create(step.request, recover)
  } catch (error) {
    if (isUnknownSpec(error)) throw unknownSpecError(subject.connectionSpecId, error)
    throw error
  }
}

async function verify(deps: ExecuteDeps, id: string, createdHere: boolean): Promise<void> {
  try {
    await deps.flow.explore(id)
  } catch (error) {
    if (!isSourceRejection(error)) throw error
    let consequence = 'The connection now holds these credentials; fix them and run again with if-exists=update.'
    if (createdHere) {
      const deleted = await deps.flow.delete(id).then(
        () => true,
        (deleteError: Error) => {
          deps.log.warning(
            `Could not delete base connection ${id} after it failed verification: ${deleteError.message}`
          )
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
  deps.log.info(runLog.verified(id))
}
