// How a create converges without unique names: what a pending POST may have made, the settling
// order, and the job record a create keeps up to date.
import { describe, expect, it } from '@jest/globals'

import { createOnce, madeSince, oldestFirst, settle } from '../../src/converge/create.js'
import { KindRecorder, PendingCreate } from '../../src/runner/job-state.js'

const at = (id: string, createdAt?: number) => ({ id, etag: `"${id}"`, createdAt })

describe('madeSince', () => {
  it('with the ids seen at the look-up: every other object', () => {
    const pending = { sentAt: 5_000, waitMs: 1, before: ['a'] }
    expect(madeSince([at('a', 9_000), at('b', 1)], pending, undefined).map(o => o.id)).toEqual(['b'])
  })

  it('with nothing looked up: those stamped at or after the send, on the server clock', () => {
    const pending = { sentAt: 5_000, waitMs: 1, before: null }
    const found = [at('old', 4_999), at('new', 5_000), at('unstamped')]
    expect(madeSince(found, pending, undefined).map(o => o.id)).toEqual(['new'])
    // A server clock known to run 3 s ahead moves the send time with it.
    expect(madeSince([at('x', 7_000), at('y', 8_000)], pending, 3_000).map(o => o.id)).toEqual(['y'])
    // Within the Date header's second of uncertainty, behind is taken as the same clock.
    expect(madeSince([at('x', 5_000)], pending, -1_000).map(o => o.id)).toEqual(['x'])
  })
})

describe('oldestFirst', () => {
  it('orders by createdAt, then id; an unstamped object last', () => {
    expect(oldestFirst([at('c', 2), at('b', 1), at('a', 2), at('z')]).map(o => o.id)).toEqual(['b', 'a', 'c', 'z'])
  })
})

/** A recorder that lists its calls. */
function recorder(): KindRecorder & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    creating: (pending: PendingCreate) =>
      void calls.push(`creating ${pending.sentAt}${pending.found === undefined ? '' : ` found ${pending.found}`}`),
    settled: () => void calls.push('settled'),
    created: (id: string) => void calls.push(`created ${id}`),
    deleted: () => void calls.push('deleted')
  }
}

const deps = (now = { t: 1_000 }) => ({
  log: { info: () => undefined, debug: () => undefined },
  now: () => now.t,
  sleep: (ms: number) => Promise.resolve(void (now.t += ms))
})

describe('createOnce and settle keep the job record', () => {
  const pending = { name: 'A', sentAt: 1_000, waitMs: 0, before: [] }

  it('a create proven by its answer: recorded before it is sent, then created and settled', async () => {
    const record = recorder()
    const made = await createOnce(
      {
        what: 'x',
        unproven: 'reports it as reused',
        pending,
        record,
        find: () => Promise.resolve([]),
        serverClockOffsetMs: () => undefined,
        post: () => Promise.resolve({ id: 'x-1', etag: '"1"' })
      },
      deps()
    )
    expect(made).toEqual({ written: { id: 'x-1', etag: '"1"' }, proven: true, pending, landsBy: 0 })
    expect(record.calls).toEqual(['creating 1000', 'created x-1', 'settled'])
  })

  it('a lost answer recovered by a look-up: never recorded as created, and the pending create stays for the post step', async () => {
    const record = recorder()
    const made = await createOnce(
      {
        what: 'x',
        unproven: 'reports it as reused',
        pending,
        record,
        find: () => Promise.resolve([{ id: 'x-9', etag: '"9"', name: 'A' }]),
        serverClockOffsetMs: () => undefined,
        post: recover =>
          recover({ effect: 'unknown', answered: true }).then(found => found ?? { id: 'never', etag: '' })
      },
      deps()
    )
    expect(made).toEqual({ written: { id: 'x-9', etag: '"9"' }, proven: false, pending, landsBy: 0 })
    // Pending again, now with the id it went on with.
    expect(record.calls).toEqual(['creating 1000', 'creating 1000 found x-9'])
  })

  it('a failed POST is settled all the same', async () => {
    const record = recorder()
    const create = createOnce(
      {
        what: 'x',
        unproven: 'reports it as reused',
        pending,
        record,
        find: () => Promise.resolve([]),
        serverClockOffsetMs: () => undefined,
        post: () => Promise.reject(new Error('refused'))
      },
      deps()
    )
    await expect(create).rejects.toThrow('refused')
    expect(record.calls).toEqual(['creating 1000', 'settled'])
  })

  it('settle: a run whose own object lost deletes it and says so to the record', async () => {
    const record = recorder()
    const removed: string[] = []
    const outcome = await settle(
      {
        what: 'x',
        name: 'A',
        written: { id: 'mine', etag: '"m"' },
        proven: true,
        find: () => Promise.resolve([at('mine', 2), at('theirs', 1)]),
        remove: id => Promise.resolve(removed.push(id) > 0),
        record,
        pending,
        landsBy: 0
      },
      deps()
    )
    expect(outcome).toEqual({ winner: at('theirs', 1), lost: true })
    expect(removed).toEqual(['mine'])
    expect(record.calls).toEqual(['deleted'])
  })

  it("settle: what a lost answer's look-up found lost too: judged after the POST's own time limit, deleted as a loser, and the post step told to leave it", async () => {
    const record = recorder()
    const removed: string[] = []
    const clock = { t: 1_000 }
    const outcome = await settle(
      {
        what: 'x',
        name: 'A',
        written: { id: 'found', etag: '"f"' },
        proven: false,
        find: () => Promise.resolve([at('found', 2), at('theirs', 1)]),
        remove: id => Promise.resolve(removed.push(id) > 0),
        record,
        pending,
        landsBy: 4_000
      },
      deps(clock)
    )
    expect(outcome).toEqual({ winner: at('theirs', 1), lost: true })
    expect(removed).toEqual(['found'])
    expect(record.calls).toEqual(['settled'])
    expect(clock.t).toBe(1_000 + 3_000)
  })
})
