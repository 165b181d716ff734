// How a create converges when Flow Service has neither unique names nor idempotency keys: a lost
// answer is looked for before the POST is sent again, and runs that created at the same time agree
// on one winner (the oldest). Used for the base connection and for every object of the dataflow chain.
import { PatchOperation, Recover, Written } from '../adobe/collection.js'
import { AdobeApiError } from '../adobe/errors.js'
import { Logger } from '../http/transport.js'
import { CreateRecorder, KindRecorder, PendingCreate, recordCreates } from '../runner/job-state.js'
import { log } from '../runner/log.js'
import { Cancellation, jobState } from '../runner/step.js'

/** What a create needs of an object found by name. */
export interface Found {
  readonly id: string
  readonly etag: string
  /** Flow Service's clock, epoch ms. */
  readonly createdAt?: number
}

/** A POST on its way: when it left, which objects of its name already existed, how long it may take. */
export interface Sending {
  /** Our clock, when the POST was sent. */
  readonly sentAt: number
  /** The objects of this name at the look-up; null when nothing was looked up. */
  readonly before: readonly string[] | null
  /** How long after `sentAt` the POST may still land: its own time limit. */
  readonly waitMs: number
}

/** How often a list is looked at again: duplicates settling, a lost create, a killed one's effect. */
export const POLL_MS = 1000

/** A Date header's truncated second, plus the time its answer took to arrive. */
const DATE_HEADER_UNCERTAINTY_MS = 1200

/**
 * The objects a pending POST may have made: those not there at the look-up, or (with nothing
 * looked up) stamped after the send time on Flow Service's clock. The main step after a lost
 * answer and the post step after a kill (teardown.ts) both use this.
 */
export function madeSince<T extends Found>(
  found: readonly T[],
  pending: Sending,
  serverClockOffsetMs: number | undefined
): T[] {
  if (pending.before !== null) {
    const before = new Set(pending.before)
    return found.filter(c => !before.has(c.id))
  }
  const since = pending.sentAt + clockCorrection(serverClockOffsetMs)
  return found.filter(c => (c.createdAt ?? 0) >= since)
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

/** The settling order every run applies: oldest by createdAt, then the smallest id. */
export function oldestFirst<T extends Found>(found: readonly T[]): T[] {
  const at = (c: T): number => c.createdAt ?? Number.MAX_SAFE_INTEGER
  return [...found].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export interface CreateDeps {
  readonly log: Logger
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  /** The signal that cancelled the job, if one did. */
  readonly cancelled?: () => string | undefined
}

/** What an executor needs besides Adobe's clients: its log, clock and pacing, and the job record. */
export interface ExecutorDeps<K extends string> extends CreateDeps {
  readonly log: Logger & { warning(message: string): void }
  /** How long a create whose outcome is unknown is looked for before it is sent again. */
  readonly commitWaitMs: number
  /** With delete-on-completion: the job record the post step reads. */
  readonly record?: CreateRecorder<K>
}

/**
 * An executor's dependencies in a main step: the runner's log, the clock, the step's cancellation,
 * a create's answer awaited as long as its request may take, and with delete-on-completion the job record.
 */
export function executorDeps<K extends string>(
  config: { readonly timeoutMs: number; readonly deleteOnCompletion: boolean },
  { cancelled, sleep }: Cancellation
): ExecutorDeps<K> {
  return {
    log,
    now: Date.now,
    sleep,
    cancelled,
    commitWaitMs: config.timeoutMs,
    record: config.deleteOnCompletion ? recordCreates<K>(jobState) : undefined
  }
}

export interface CreateOnce {
  /** "base connection", for the log. */
  readonly what: string
  /** What the run does with an object it found rather than made: "reports created=false". */
  readonly unproven: string
  /** Recorded before the POST is sent, and again when it is sent once more. */
  readonly pending: PendingCreate
  /** The job record of this kind of object (delete-on-completion): the create keeps it up to date. */
  readonly record?: KindRecorder
  /** Every object of this name now. */
  readonly find: () => Promise<Found[]>
  readonly serverClockOffsetMs: () => number | undefined
  readonly post: (recover: Recover) => Promise<Written>
}

/**
 * Sends a create once: a POST whose answer is lost is not sent again until what it may have made
 * has been looked for (for as long again as it may take to land). `proven`: the id came from the
 * POST's own answer, so this run made it; otherwise it was found, and may be another run's.
 */
export async function createOnce(
  create: CreateOnce,
  deps: CreateDeps
): Promise<{ written: Written; proven: boolean; pending: PendingCreate; landsBy: number }> {
  let pending = create.pending
  create.record?.creating(pending)
  let recovered: Written | undefined
  /** Until when a POST whose answer was lost may still commit: as long again as it may take. */
  let landsBy = 0
  const recover: Recover = async ({ answered }) => {
    // Unanswered (reset, time-out), the POST may still commit: give it as long again to land.
    const deadline = answered ? 0 : deps.now() + pending.waitMs
    landsBy = Math.max(landsBy, deadline)
    for (;;) {
      const [first] = oldestFirst(madeSince(await create.find(), pending, create.serverClockOffsetMs()))
      if (first !== undefined) {
        recovered = { id: first.id, etag: first.etag }
        deps.log.info(
          `The create's answer was lost, but ${create.what} ${first.id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it ${create.unproven}; with delete-on-completion the post step deletes it unless another run's turns out older)`
        )
        return recovered
      }
      if (deps.now() >= deadline || deps.cancelled?.() !== undefined) {
        // The POST goes out again: a post step after a kill must look from this send on.
        pending = { ...pending, sentAt: deps.now() }
        create.record?.creating(pending)
        return undefined
      }
      await deps.sleep(POLL_MS)
    }
  }
  let written: Written
  try {
    written = await create.post(recover)
  } catch (error) {
    create.record?.settled()
    throw error
  }
  // Only an id from Flow Service's own answer proves this run made the object. A found one stays
  // pending, with its id: as after a kill, the one object of the name that was not there at the
  // look-up is taken for this POST's, and the post step deletes it (settle forgets it if it loses).
  const proven = written !== recovered
  if (proven) {
    create.record?.created(written.id)
    create.record?.settled()
  } else {
    create.record?.creating({ ...pending, found: written.id })
  }
  return { written, proven, pending, landsBy }
}

export interface Settle<T extends Found> {
  /** "base connection", for the log. */
  readonly what: string
  readonly name: string
  /** What this run's create returned (or found, after a lost answer). */
  readonly written: Written
  /** The id came from the create's own answer: this run made it, and may delete it. */
  readonly proven: boolean
  /** Every object of this name now. */
  readonly find: () => Promise<T[]>
  readonly remove: (id: string) => Promise<unknown>
  /** The job record of this kind of object: told when this run's own object is deleted for the winner. */
  readonly record?: KindRecorder
  /** The create as it was sent: the objects of the name at its look-up. */
  readonly pending: PendingCreate
  /** Our clock, until when a POST whose answer was lost may still commit (createOnce's `landsBy`). */
  readonly landsBy: number
}

/** What settle needs of the clock besides a log. */
export interface SettleDeps {
  readonly log: Logger
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * After a create, the rule every overlapping run applies alike: the oldest object of the name wins.
 * `winner` is that object as listed (undefined when none is listed yet); `lost` is true when it is
 * another run's. Every newer object of the name that was not there at the look-up is a loser: a
 * run that proved its create deletes its own if it lost; a run whose answer was lost cannot tell
 * which object is its own, so it waits until its POST can no longer land and then deletes every
 * loser (an object whose answer was lost has no other run to delete it).
 */
export async function settle<T extends Found>(
  created: Settle<T>,
  deps: SettleDeps
): Promise<{ winner: T | undefined; lost: boolean }> {
  const { written, pending } = created
  if (!created.proven) await untilLanded(created.landsBy, deps)
  const before = new Set(pending.before ?? [])
  const [winner, ...losers] = oldestFirst(await created.find()).filter(o => !before.has(o.id))
  if (winner === undefined) return { winner, lost: false }
  // A lost answer's find among others may be this run's or an overlapping one's: the post step
  // is not to delete it (a loser goes now; the winner is every run's).
  if (!created.proven && losers.length > 0) created.record?.settled()
  for (const loser of losers) {
    const own = created.proven && loser.id === written.id
    // A run that proved its create deletes only its own; one whose answer was lost cannot tell
    // its own, so it deletes every loser (their runs, if they know them, delete them too).
    if (!own && created.proven) continue
    const deleted = await created.remove(loser.id)
    if (own) {
      created.record?.deleted()
      deps.log.info(
        `Another run created ${created.what} ${winner.id} ("${created.name}") first: deleted the one this run created (${written.id})`
      )
    } else if (deleted) {
      deps.log.info(
        `${capitalize(created.what)} ${loser.id} ("${created.name}") appeared at the same time as ${winner.id}, which is older: deleted it`
      )
    }
  }
  return { winner, lost: winner.id !== written.id }
}

/** Until a POST whose answer was lost can no longer commit (an answered one could not commit later). */
async function untilLanded(until: number, deps: SettleDeps): Promise<void> {
  while (deps.now() < until) await deps.sleep(Math.min(POLL_MS, until - deps.now()))
}

/** Attempts at a PATCH whose etag went stale under it (another run changed the object). */
const MAX_STALE_ETAG_RETRIES = 3

export interface PatchLatest<T extends Found> {
  /** "base connection", for the log. */
  readonly what: string
  readonly found: T
  /** The object as it is now; undefined when it is gone. */
  readonly get: (id: string) => Promise<T | undefined>
  /** A JSON Patch, sent with If-Match exactly as the etag was returned. */
  readonly patch: (id: string, etag: string, operations: readonly PatchOperation[]) => Promise<Written>
  /** The operations against the object as it is (indexes may move when another run changed it). */
  readonly operations: (current: T) => readonly PatchOperation[]
}

/**
 * A PATCH with If-Match that survives another run's write: on 412 the object is read again and
 * the operations are made against it; when nothing is left to change, nothing is sent.
 */
export async function patchLatest<T extends Found>(update: PatchLatest<T>, log: Logger): Promise<Written> {
  let current = update.found
  for (let attempt = 1; ; attempt++) {
    try {
      const operations = update.operations(current)
      if (operations.length === 0) return { id: current.id, etag: current.etag }
      return await update.patch(current.id, current.etag, operations)
    } catch (error) {
      if (!(error instanceof AdobeApiError && error.status === 412) || attempt > MAX_STALE_ETAG_RETRIES) throw error
      log.info(`${capitalize(update.what)} ${current.id} changed while updating it (HTTP 412); reading it again`)
      const again = await update.get(current.id)
      if (again === undefined) throw error
      current = again
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
