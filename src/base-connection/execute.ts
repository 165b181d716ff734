// Carries a plan out against Flow Service, step by step. The decision is made in plan.ts; what
// happens here is how each step survives the network: lost create answers, stale etags, and a
// verification that fails.
import { randomBytes } from 'node:crypto'

import { AdobeApiError, adobeReference, isSourceRejection, isUnknownSpec, unknownSpecError } from '../adobe/errors.js'
import { Connection, FlowService, PatchOperation, Recover, Written } from '../adobe/flow-service.js'
import { createOnce, DUPLICATE_RECHECKS, patchLatest, POLL_MS, Sending, settle } from '../converge/create.js'
import { Logger } from '../http/transport.js'
import { ActionError } from '../runner/errors.js'
import { failureMessage, Result, runLog, stateOf } from './describe.js'
import { LookUps, Plan, Step, Subject, withProbeToken } from './plan.js'

export interface ExecuteDeps {
  readonly flow: FlowService
  readonly log: Logger & { warning(message: string): void }
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** How long a create whose outcome is unknown is looked for before it is sent again. */
  readonly commitWaitMs: number
  /** The signal that cancelled the job, if one did: the run stops at the next step. */
  readonly cancelled?: () => string | undefined
  /** Called just before the POST is sent, with what a post step needs to find its effect. */
  readonly onCreating?: (pending: PendingCreate) => void
  /** Called when the POST's outcome is known (made, found, or failed for good). */
  readonly onCreateSettled?: () => void
  /** Called as soon as this run has created a connection (before settling and verification). */
  readonly onCreated?: (id: string) => void
  /** Called when this run deleted again what it created (it lost, or failed verification). */
  readonly onDeleted?: (id: string) => void
}

/** A base connection's POST on its way, as the post step after a kill needs it. */
export interface PendingCreate extends Sending {
  readonly name: string
  readonly connectionSpecId: string
}

/**
 * Reads what the plan needs: whether the spec exists (dry run), and the connections of this name.
 * Several of them may be runs settling at this moment (each deletes its own loser at once), so
 * before they are taken as real duplicates the name is looked up again, a second apart.
 */
export async function lookUp(
  flow: FlowService,
  subject: Subject,
  needs: LookUps,
  sleep: (ms: number) => Promise<void>
): Promise<readonly Connection[] | undefined> {
  if (needs.connectionSpec && !(await flow.connectionSpecExists(subject.connectionSpecId))) {
    throw unknownSpecError(subject.connectionSpecId)
  }
  if (!needs.byName) return undefined
  let found = await flow.findByName(subject.name, subject.connectionSpecId)
  for (let check = 0; needs.recheckDuplicates && found.length > 1 && check < DUPLICATE_RECHECKS; check++) {
    await sleep(POLL_MS)
    found = await flow.findByName(subject.name, subject.connectionSpecId)
  }
  return found
}

export async function execute(plan: Plan, deps: ExecuteDeps): Promise<Result> {
  let result: Result | undefined
  for (const step of plan.steps) {
    stopIfCancelled(deps, result)
    result = await run(plan, step, result, deps)
  }
  // A cancelled job fails even when its last step got through (the post step cleans up).
  stopIfCancelled(deps, result)
  if (result === undefined) throw new Error('a plan without steps')
  return result
}

function stopIfCancelled(deps: ExecuteDeps, done: Result | undefined): void {
  const signal = deps.cancelled?.()
  if (signal === undefined) return
  const what = done?.id === undefined ? 'nothing was changed' : `base connection ${done.id} was ${done.outcome}`
  throw new ActionError(`The job was cancelled (${signal}); stopped here: ${what}.`)
}

async function run(
  plan: Plan,
  step: Step,
  previous: Result | undefined,
  deps: ExecuteDeps
): Promise<Result | undefined> {
  const { subject } = plan
  switch (step.kind) {
    case 'fail':
      throw new ActionError(failureMessage(step.failure, subject))
    case 'reuse': {
      const { connection } = step
      deps.log.info(runLog.reusing(subject, connection.id))
      const state = stateOf(connection)
      if (state.state !== undefined) deps.log.warning(runLog.notEnabled(subject, connection.id, state.state))
      return { outcome: 'reused', id: connection.id, etag: connection.etag, ...state }
    }
    case 'probe':
      await probe(plan, step, deps)
      return previous
    case 'update': {
      const written = await update(deps, step.connection, step.operations)
      deps.log.info(runLog.updated(subject, written.id))
      return { outcome: 'updated', ...written }
    }
    case 'create':
      if (plan.matches !== undefined) deps.log.info(runLog.creating(subject))
      return create(plan, step, deps)
    case 'verify':
      if (previous?.id === undefined) throw new Error('verify without a connection')
      await verify(deps, previous.id, previous.outcome)
      return previous
  }
}

function update(deps: ExecuteDeps, connection: Connection, operations: readonly PatchOperation[]): Promise<Written> {
  const { flow } = deps
  return patchLatest(
    {
      what: 'base connection',
      found: connection,
      get: id => flow.get(id),
      patch: (id, etag, changes) => flow.patch(id, etag, changes),
      operations: () => operations
    },
    deps.log
  )
}

/**
 * POST is not idempotent and Flow Service keeps no unique names, so a create is followed through:
 * a lost answer is looked for (long enough for a slow commit to land) before the POST is sent
 * again, and a new connection is settled against any made at the same time by another run.
 */
async function create(plan: Plan, step: Extract<Step, { kind: 'create' }>, deps: ExecuteDeps): Promise<Result> {
  const { subject } = plan
  const { flow } = deps
  const pending: PendingCreate = {
    name: subject.name,
    connectionSpecId: subject.connectionSpecId,
    sentAt: deps.now(),
    before: plan.matches === undefined ? null : plan.matches.map(c => c.id),
    waitMs: deps.commitWaitMs
  }
  let sent: { written: Written; proven: boolean }
  try {
    sent = await createOnce(
      {
        what: 'base connection',
        unproven: 'reports created=false',
        pending,
        onSending: deps.onCreating,
        find: () => flow.findByName(subject.name, subject.connectionSpecId),
        serverClockOffsetMs: () => flow.serverClockOffsetMs,
        post: recover => flow.create(step.request, recover)
      },
      deps
    )
  } catch (error) {
    if (isUnknownSpec(error)) throw unknownSpecError(subject.connectionSpecId, error)
    throw error
  } finally {
    deps.onCreateSettled?.()
  }
  const { written, proven } = sent
  // Only an id from Flow Service's own answer proves this run made the connection.
  if (proven) {
    deps.log.info(runLog.created(subject, written.id))
    deps.onCreated?.(written.id)
  }
  const kept = (): Result => (proven ? { outcome: 'created', ...written } : adopted(subject, written, deps))
  if (step.onLoss === 'none') return kept()

  const { winner, lost } = await settle(
    {
      what: 'base connection',
      name: subject.name,
      written,
      proven,
      find: () => flow.findByName(subject.name, subject.connectionSpecId),
      remove: id => flow.delete(id),
      onDeleted: deps.onDeleted
    },
    deps.log
  )
  if (!lost || winner === undefined) return kept()
  if (step.onLoss === 'fail') throw new ActionError(failureMessage({ why: 'exists', match: winner }, subject))
  return adopted(subject, winner, deps)
}

/** A connection this run cannot prove it made: reused, never reported as created or deleted. */
function adopted(subject: Subject, connection: Written, deps: ExecuteDeps): Result {
  deps.log.info(runLog.reusing(subject, connection.id))
  return { outcome: 'reused', id: connection.id, etag: connection.etag }
}

/** What happened to a connection after the source rejected its credentials. */
const AFTER_REJECTION: Readonly<Record<Result['outcome'], string>> = {
  created: 'The connection this run created was deleted again.',
  reused: 'The connection was not changed: run again with if-exists=update and the right credentials.',
  updated: 'The connection now holds these credentials; fix them and run again with if-exists=update.',
  planned: ''
}

async function verify(deps: ExecuteDeps, id: string, outcome: Result['outcome']): Promise<void> {
  try {
    await deps.flow.explore(id)
  } catch (error) {
    if (!isSourceRejection(error)) throw error
    let consequence = AFTER_REJECTION[outcome]
    if (outcome === 'created' && !(await deleteAgain(deps, id, 'after it failed verification'))) {
      consequence = `The connection this run created (${id}) could not be deleted: delete it by hand.`
    }
    throw rejectedCredentials(`base connection ${id}`, error, consequence)
  }
  deps.log.info(runLog.verified(id))
}

function rejectedCredentials(what: string, error: AdobeApiError, consequence: string): ActionError {
  return new ActionError(
    `Oracle Service Cloud rejected the credentials of ${what}: ${error.details.adobeMessage ?? 'no message'} (${adobeReference(error)}).\nNext step: check "host", "username" and "password". ${consequence}`
  )
}

/** Deletes a connection this run made; false (and a warning) when that fails. */
async function deleteAgain(deps: ExecuteDeps, id: string, why: string, recorded = true): Promise<boolean> {
  try {
    await deps.flow.delete(id)
  } catch (error) {
    deps.log.warning(`Could not delete base connection ${id} ${why}: ${(error as Error).message}`)
    return false
  }
  if (recorded) deps.onDeleted?.(id)
  return true
}

/**
 * New credentials are tried on a temporary connection before they replace those of the live one:
 * rejected credentials fail the step and leave the live connection (and its dataflows) untouched.
 */
async function probe(plan: Plan, step: Extract<Step, { kind: 'probe' }>, deps: ExecuteDeps): Promise<void> {
  const live = plan.steps.find(s => s.kind === 'update')
  const liveId = live?.kind === 'update' ? live.connection.id : '(none)'
  const request = withProbeToken(step.request, randomBytes(4).toString('hex'))
  // A lost answer: the probe is found by its name, which is this run's alone.
  const recover: Recover = async () =>
    (await deps.flow.findByName(request.name, request.connectionSpec.id)).find(c => c.name === request.name)
  const { id } = await deps.flow.create(request, recover, 'create a temporary connection to check the new credentials')
  try {
    await deps.flow.explore(id)
  } catch (error) {
    if (!isSourceRejection(error)) throw error
    throw rejectedCredentials(
      'a temporary connection',
      error,
      `Base connection ${liveId} was not changed (it keeps its current credentials).`
    )
  } finally {
    await deleteAgain(deps, id, '(the temporary connection that checked the new credentials)', false)
  }
  deps.log.info(runLog.probeAccepted(liveId))
}
