// The record a main step leaves for its post step (delete-on-completion), written and read here
// only: each create is recorded before its POST is sent (so a kill mid-POST still leaves a trace),
// then the id it made, and both are cleared as they stop applying. The runner keeps a step's
// state for that action's post step alone, so every action uses the same two keys.

/** Saved by every main step first thing, so that the bundle knows when it runs as the post step. */
export const IS_POST_STATE = 'isPost'

/** The state keys: JSON maps from a kind of object ("flow", "source", …) to its record. */
export const JOB_STATE = { created: 'created', pending: 'pending' } as const

/** A POST on its way, as a post step after a kill needs it to find what the POST made. */
export interface PendingCreate {
  /** The name the object is created with. */
  readonly name: string
  /** Our clock, when the POST was sent. */
  readonly sentAt: number
  /** How long after `sentAt` the POST may still land: its own time limit. */
  readonly waitMs: number
  /** The objects of this name at the look-up; null when nothing was looked up. */
  readonly before: readonly string[] | null
  /** The object a look-up found after the POST's answer was lost, which the run went on with. */
  readonly found?: string
}

/** What the post step reads: per kind, the id this job made, or the create it had in flight. */
export interface JobRecord<K extends string> {
  readonly created: Partial<Record<K, string>>
  readonly pending: Partial<Record<K, PendingCreate>>
}

/** core.saveState and core.getState, given by the step (this module loads nothing). */
export interface StateStore {
  save(key: string, value: string): void
  load(key: string): string
}

/** What a main step calls as its creates go out and settle; it keeps the record up to date. */
export interface CreateRecorder<K extends string> {
  /** Just before a POST is sent (and when it is sent again). */
  creating(kind: K, pending: PendingCreate): void
  /** The POST's outcome is known (made, found, or failed for good). */
  settled(kind: K): void
  /** This job made the object: the post step may delete it. */
  created(kind: K, id: string): void
  /** This job deleted again what it made (another run's was older, or it failed a check). */
  deleted(kind: K): void
}

/** Keeps the record in the store, one key per map; an empty map is saved as '' (the post step then loads nothing). */
export function recordCreates<K extends string>(store: StateStore): CreateRecorder<K> {
  const maps = { [JOB_STATE.created]: {}, [JOB_STATE.pending]: {} } as Record<string, Record<string, unknown>>
  /** Sets (or, with undefined, removes) one kind's entry of one map, and saves that map. */
  const put = (key: string, kind: K, value: unknown): void => {
    const map = maps[key] ?? {}
    if (value === undefined) delete map[kind]
    else map[kind] = value
    store.save(key, Object.keys(map).length === 0 ? '' : JSON.stringify(map))
  }
  return {
    creating: (kind, create) => put(JOB_STATE.pending, kind, create),
    settled: kind => put(JOB_STATE.pending, kind, undefined),
    created: (kind, id) => put(JOB_STATE.created, kind, id),
    deleted: kind => put(JOB_STATE.created, kind, undefined)
  }
}

/** One kind's part of the record, as a create records itself. */
export interface KindRecorder {
  creating(pending: PendingCreate): void
  settled(): void
  created(id: string): void
  deleted(): void
}

/** The recorder's calls for one kind of object; none without a recorder. */
export function recorderOf<K extends string>(
  recorder: CreateRecorder<K> | undefined,
  kind: K
): KindRecorder | undefined {
  return (
    recorder && {
      creating: pending => recorder.creating(kind, pending),
      settled: () => recorder.settled(kind),
      created: id => recorder.created(kind, id),
      deleted: () => recorder.deleted(kind)
    }
  )
}

/**
 * The record as the post step finds it. State can be written by anything that prints to the log,
 * so whatever is not a record of one of `kinds` in the expected shape is left out.
 */
export function readRecord<K extends string>(store: StateStore, kinds: readonly K[]): JobRecord<K> {
  return {
    created: readMap(store.load(JOB_STATE.created), kinds, value =>
      typeof value === 'string' && value !== '' ? value : undefined
    ),
    pending: readMap(store.load(JOB_STATE.pending), kinds, asPending)
  }
}

/** True when the record names nothing to delete. */
export function isEmpty<K extends string>(record: JobRecord<K>): boolean {
  return Object.keys(record.created).length === 0 && Object.keys(record.pending).length === 0
}

function readMap<K extends string, T>(
  text: string,
  kinds: readonly K[],
  read: (value: unknown) => T | undefined
): Partial<Record<K, T>> {
  let value: unknown
  try {
    value = JSON.parse(text || '{}')
  } catch {
    return {}
  }
  const map: Partial<Record<K, T>> = {}
  if (value === null || typeof value !== 'object') return map
  for (const kind of kinds) {
    const item = read((value as Record<string, unknown>)[kind])
    if (item !== undefined) map[kind] = item
  }
  return map
}

function asPending(value: unknown): PendingCreate | undefined {
  const { name, sentAt, waitMs, before, found } = (value ?? {}) as Partial<PendingCreate>
  const beforeOk = before === null || (Array.isArray(before) && before.every(id => typeof id === 'string'))
  if (!(typeof name === 'string' && typeof sentAt === 'number' && typeof waitMs === 'number' && beforeOk))
    return undefined
  return typeof found === 'string' && found !== ''
    ? { name, sentAt, waitMs, before, found }
    : { name, sentAt, waitMs, before }
}
