// The post step of every action (delete-on-completion): deletes, in the order given,
// what the job's record says this job made; after a kill mid-POST, the one object of the name
// that appeared since the POST was sent. Only an object that still carries this job's name is
// deleted. A failed delete is a warning, never a failed job.
import { Named } from '../adobe/collection.js'
import { AdobeSettings, Clients, connect } from '../adobe/connect.js'
import { AdobeApiError, Wording } from '../adobe/errors.js'
import { Logger } from '../http/transport.js'
import { isEmpty, JobRecord, PendingCreate, readRecord } from '../runner/job-state.js'
import { log } from '../runner/log.js'
import { jobState, pause } from '../runner/step.js'
import { listed } from '../runner/text.js'
import { madeSince, POLL_MS } from './create.js'

/** An action's post step: what it reads, and what it tears down in which order. */
export interface PostStep<K extends string, C extends AdobeSettings> {
  /** The kinds of object the job record may name. */
  readonly kinds: readonly K[]
  /** The debug line when the record names nothing. */
  readonly idle: string
  /** What a failure of the whole step (the inputs, the token) says could not be done, if anything. */
  readonly failing?: string
  /** The inputs the post step needs (no more: a later step may have removed a file the main step read). */
  readonly readConfig: () => C & { readonly deleteOnCompletion: boolean }
  readonly wording: Wording
  /** The parts to delete, in order. */
  readonly parts: (config: C, clients: Clients) => readonly TeardownPart<K, Named>[]
}

/** Runs a post step: reads the record, and with delete-on-completion on tears down what it names. */
export async function runPostStep<K extends string, C extends AdobeSettings>(step: PostStep<K, C>): Promise<void> {
  const record = readRecord(jobState, step.kinds)
  if (isEmpty(record)) {
    log.debug(step.idle)
    return
  }
  let clients: Clients | undefined
  try {
    const config = step.readConfig()
    // State can be written by anything that prints to the log: act on it only when asked to.
    if (!config.deleteOnCompletion) {
      log.debug('delete-on-completion is off: the post step deletes nothing')
      return
    }
    clients = connect(config, { wording: step.wording })
    const { flowService } = clients
    await teardown(step.parts(config, clients), record, {
      log,
      now: Date.now,
      sleep: pause,
      serverClockOffsetMs: () => flowService.serverClockOffsetMs
    })
  } catch (error) {
    const what = step.failing === undefined ? '' : `${step.failing}: `
    log.warning(`delete-on-completion: ${what}${messageOf(error)}`)
  } finally {
    clients?.close()
  }
}

/** One kind of object the post step may delete. */
export interface TeardownPart<K extends string, T extends Named> {
  readonly kind: K
  /** "source connection", for the log. */
  readonly what: string
  /** The name this job gives the object. */
  readonly name: string
  /** Every object of that name now. */
  readonly find: () => Promise<T[]>
  /** The object, or undefined when it is gone. */
  readonly get: (id: string) => Promise<T | undefined>
  /** False when it was already gone. */
  readonly remove: (id: string) => Promise<boolean>
  /** More than the name that makes the object this job's (the base connection's spec). */
  alsoOurs?(found: T): boolean
}

export interface TeardownDeps {
  readonly log: Logger & { warning(message: string): void }
  readonly now: () => number
  readonly sleep: (ms: number) => Promise<void>
  readonly serverClockOffsetMs: () => number | undefined
}

/** Deletes, part by part in this order, what the record names; a part that fails does not stop the next. */
export async function teardown<K extends string>(
  parts: readonly TeardownPart<K, Named>[],
  record: JobRecord<K>,
  deps: TeardownDeps
): Promise<void> {
  for (const part of parts) {
    let id: string | undefined
    try {
      id = record.created[part.kind] ?? (await madeByKilledCreate(part, record.pending[part.kind], deps))
    } catch (error) {
      deps.log.warning(
        `delete-on-completion: could not look for the ${part.what} "${part.name}" the main step was creating: ${messageOf(error)}`
      )
    }
    if (id !== undefined) await deleteOurs(part, id, deps)
  }
}

/**
 * The main step was killed while this POST was in flight: what it made, if anything, is the one
 * object of this name that was not there before (or, with nothing looked up, stamped after the
 * send time). The POST may still land until its own time limit has passed, so the list is read
 * until then and judged as it is at the end; anything but exactly one is left alone.
 */
async function madeByKilledCreate<K extends string, T extends Named>(
  part: TeardownPart<K, T>,
  pending: PendingCreate | undefined,
  deps: TeardownDeps
): Promise<string | undefined> {
  if (pending === undefined) return undefined
  if (pending.name !== part.name) {
    deps.log.debug(`delete-on-completion: no usable record of the ${part.what} create in flight`)
    return undefined
  }
  // The main step lived to look: the one object that had appeared is the one it went on with.
  if (pending.found !== undefined) return pending.found
  const until = pending.sentAt + pending.waitMs + POLL_MS
  for (;;) {
    const appeared = madeSince(await part.find(), pending, deps.serverClockOffsetMs())
    if (appeared.length > 1 || deps.now() >= until) {
      const [only, ...others] = appeared
      if (only !== undefined && others.length === 0) return only.id
      deps.log.warning(
        `delete-on-completion: the main step ended while creating "${part.name}"; ${appeared.length} ${part.what}s of that name appeared since (${listed(appeared.map(found => found.id)) || 'none'}), so none is deleted.`
      )
      return undefined
    }
    await deps.sleep(POLL_MS)
  }
}

/** Deletes the object if it is still this job's (or already gone); a refusal is a warning. */
async function deleteOurs<K extends string, T extends Named>(
  part: TeardownPart<K, T>,
  id: string,
  deps: TeardownDeps
): Promise<void> {
  try {
    // The record is state, and state is only as good as the job: act on this job's name only.
    const found = await part.get(id)
    if (found !== undefined && (found.name !== part.name || part.alsoOurs?.(found) === false)) {
      deps.log.warning(`delete-on-completion: ${part.what} ${id} is not "${part.name}": not deleting it`)
      return
    }
    const deleted = await removeWhenFree(part, id, deps)
    deps.log.info(
      deleted
        ? `delete-on-completion: deleted ${part.what} ${id}`
        : `delete-on-completion: ${part.what} ${id} was already gone`
    )
  } catch (error) {
    deps.log.warning(`delete-on-completion: could not delete ${part.what} ${id}: ${messageOf(error)}`)
  }
}

/** Attempts at a delete that Flow Service refuses while a dataflow just deleted is still going away (1447). */
const IN_USE_ATTEMPTS = 5

async function removeWhenFree<K extends string, T extends Named>(
  part: TeardownPart<K, T>,
  id: string,
  deps: TeardownDeps
): Promise<boolean> {
  return deleteWhenFree(() => part.remove(id), deps.sleep)
}

/**
 * A delete that Flow Service refuses while a dataflow just deleted still uses the object (1447) is
 * tried again, a second apart; false when it was already gone.
 */
export async function deleteWhenFree(
  remove: () => Promise<boolean>,
  sleep: (ms: number) => Promise<void>
): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await remove()
    } catch (error) {
      const inUse = error instanceof AdobeApiError && error.details.code?.startsWith('1447') === true
      if (!inUse || attempt >= IN_USE_ATTEMPTS) throw error
      await sleep(POLL_MS)
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
