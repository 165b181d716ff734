// Carries a plan out against Flow Service, step by step. The decision is made in plan.ts; what
// happens here is how each step survives the network: lost create answers, stale etags, and a
// verification that fails.
import { randomBytes } from 'node:crypto'

import { ENTRY, seeEntry } from '../access/hints.js'
import { PatchOperation, Recover, Written } from '../adobe/collection.js'
import { AdobeApiError, adobeReference, isSourceRejection, isUnknownSpec } from '../adobe/errors.js'
import { Connection, FlowService } from '../adobe/flow-service.js'
import { createOnce, ExecutorDeps, patchLatest, settle } from '../converge/create.js'
import { readSettled } from '../converge/look-up.js'
import { ActionError } from '../runner/errors.js'
import { recorderOf } from '../runner/job-state.js'
import { PendingCreate } from '../runner/job-state.js'
import { failureMessage, Result, runLog, stateOf, unknownSpecError } from './describe.js'
import { JOB_KIND } from './names.js'
import {
  CreateStep,
  FailStep,
  LookUps,
  Plan,
  ProbeStep,
  ReuseStep,
  Steps,
  Subject,
  UpdateStep,
  withProbeToken
} from './plan.js'

export interface ExecuteDeps extends ExecutorDeps<typeof JOB_KIND> {
  readonly flow: FlowService
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
  return readSettled(
    () => findConnections(flow, subject.name, subject.connectionSpecId),
    found => needs.recheckDuplicates && found.length > 1,
    sleep
  )
}

/** Every base connection of the sandbox with this name and connection spec. */
export async function findConnections(
  flow: FlowService,
  name: string,
  connectionSpecId: string
): Promise<Connection[]> {
  const found = await flow.connections.findByName(name, [`connectionSpec.id==${connectionSpecId}`])
  return found.filter(c => (c.connectionSpecId ?? connectionSpecId) === connectionSpecId)
}

/** What a run did: a connection created, reused or updated. */
export type Done = Result & { readonly outcome: 'created' | 'reused' | 'updated'; readonly id: string }

export async function execute(plan: Plan, deps: ExecuteDeps): Promise<Done> {
  const { steps, subject } = plan
  stopIfCancelled(deps, undefined)
  if (failsFirst(steps)) throw new ActionError(failureMessage(steps[0].failure, subject))
  let done: Done
  if (probesFirst(steps)) {
    await probe(plan, steps[0], deps)
    stopIfCancelled(deps, undefined)
    done = await carryOut(plan, steps[1], deps)
  } else {
    const [main, check] = steps
    done = await carryOut(plan, main, deps)
    if (check !== undefined) {
      stopIfCancelled(deps, done)
      await verify(deps, done.id, done.outcome)
    }
  }
  // A cancelled job fails even when its last step got through (the post step cleans up).
  stopIfCancelled(deps, done)
  return done
}

function failsFirst(steps: Steps): steps is readonly [FailStep] {
  return steps[0].kind === 'fail'
}

function probesFirst(steps: Steps): steps is readonly [ProbeStep, UpdateStep] {
  return steps[0].kind === 'probe'
}

function stopIfCancelled(deps: ExecuteDeps, done: Done | undefined): void {
  const signal = deps.cancelled?.()
  if (signal === undefined) return
  const what = done === undefined ? 'nothing was changed' : `base connection ${done.id} was ${done.outcome}`
  throw new ActionError(`The job was cancelled (${signal}); stopped here: ${what}.`)
}

/** The step that ends with a connection. */
async function carryOut(plan: Plan, step: CreateStep | ReuseStep | UpdateStep, deps: ExecuteDeps): Promise<Done> {
  const { subject } = plan
  switch (step.kind) {
    case 'reuse': {
      const { connection } = step
      deps.log.info(runLog.reusing(subject, connection.id))
      const state = stateOf(connection)
      if (state.state !== undefined) deps.log.warning(runLog.notEnabled(subject, connection.id, state.state))
      return { outcome: 'reused', id: connection.id, etag: connection.etag, ...state }
    }
    case 'update': {
      const written = await update(deps, step.connection, step.operations)
      deps.log.info(runLog.updated(subject, written.id))
      return { outcome: 'updated', ...written }
    }
    case 'create':
      if (plan.matches !== undefined) deps.log.info(runLog.creating(subject))
      return create(plan, step, deps)
  }
}

function update(deps: ExecuteDeps, connection: Connection, operations: readonly PatchOperation[]): Promise<Written> {
  const { flow } = deps
  return patchLatest(
    {
      what: 'base connection',
      found: connection,
      get: id => flow.connections.get(id),
      patch: (id, etag, changes) => flow.connections.patch(id, etag, changes),
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
async function create(plan: Plan, step: CreateStep, deps: ExecuteDeps): Promise<Done> {
  const { subject } = plan
  const { flow } = deps
  const pending: PendingCreate = {
    name: subject.name,
    sentAt: deps.now(),
    before: plan.matches === undefined ? null : plan.matches.map(c => c.id),
    waitMs: deps.commitWaitMs
  }
  const record = recorderOf(deps.record, JOB_KIND)
  let sent: Awaited<ReturnType<typeof createOnce>>
  try {
    sent = await createOnce(
      {
        what: 'base connection',
        unproven: 'reports created=false',
        pending,
        record,
        find: () => findConnections(flow, subject.name, subject.connectionSpecId),
        serverClockOffsetMs: () => flow.serverClockOffsetMs,
        post: recover => flow.connections.create(step.request, recover, { operation: 'create the base connection' })
      },
      deps
    )
  } catch (error) {
    if (isUnknownSpec(error)) throw unknownSpecError(subject.connectionSpecId, error)
    throw error
  }
  const { written, proven } = sent
  if (proven) deps.log.info(runLog.created(subject, written.id))
  const kept = (): Done => (proven ? { outcome: 'created', ...written } : adopted(subject, written, deps))
  if (step.onLoss === 'none') return kept()

  const { winner, lost } = await settle(
    {
      what: 'base connection',
      name: subject.name,
      written,
      proven,
      find: () => findConnections(flow, subject.name, subject.connectionSpecId),
      remove: id => flow.connections.delete(id),
      record,
      pending: sent.pending,
      landsBy: sent.landsBy
    },
    deps
  )
  if (!lost || winner === undefined) return kept()
  if (step.onLoss === 'fail') throw new ActionError(failureMessage({ why: 'exists', match: winner }, subject))
  return adopted(subject, winner, deps)
}

/** A connection this run cannot prove it made: reused, never reported as created or deleted. */
function adopted(subject: Subject, connection: Written, deps: ExecuteDeps): Done {
  deps.log.info(runLog.reusing(subject, connection.id))
  return { outcome: 'reused', id: connection.id, etag: connection.etag }
}

/** What happened to a connection after the source rejected its credentials. */
const AFTER_REJECTION: Readonly<Record<Done['outcome'], string>> = {
  created: 'The connection this run created was deleted again.',
  reused: 'The connection was not changed: run again with if-exists=update and the right credentials.',
  updated: 'The connection now holds these credentials; fix them and run again with if-exists=update.'
}

async function verify(deps: ExecuteDeps, id: string, outcome: Done['outcome']): Promise<void> {
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
    `Oracle Service Cloud rejected the credentials of ${what}: ${error.details.adobeMessage ?? 'no message'} (${adobeReference(error)}).\nNext step: check "host", "username" and "password". ${consequence}${seeEntry(ENTRY.sourceRejected)}`
  )
}

/** Deletes a connection this run made; false (and a warning) when that fails. */
async function deleteAgain(deps: ExecuteDeps, id: string, why: string, recorded = true): Promise<boolean> {
  try {
    await deps.flow.connections.delete(id)
  } catch (error) {
    deps.log.warning(`Could not delete base connection ${id} ${why}: ${(error as Error).message}`)
    return false
  }
  if (recorded) recorderOf(deps.record, JOB_KIND)?.deleted()
  return true
}

/**
 * New credentials are tried on a temporary connection before they replace those of the live one:
 * rejected credentials fail the step and leave the live connection (and its dataflows) untouched.
 */
async function probe(plan: Plan, step: ProbeStep, deps: ExecuteDeps): Promise<void> {
  const live = plan.steps.find(s => s.kind === 'update')
  const liveId = live?.kind === 'update' ? live.connection.id : '(none)'
  const request = withProbeToken(step.request, randomBytes(4).toString('hex'))
  // A lost answer: the probe is found by its name, which is this run's alone.
  const recover: Recover = async () =>
    (await findConnections(deps.flow, request.name, request.connectionSpec.id)).find(c => c.name === request.name)
  const { id } = await deps.flow.connections.create(request, recover, {
    operation: 'create a temporary connection to check the new credentials'
  })
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
