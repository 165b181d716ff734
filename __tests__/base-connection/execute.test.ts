// The executor against an in-memory Adobe: each step, and how it survives lost answers, stale
// etags and failed verification.
import { beforeEach, describe, expect, it } from '@jest/globals'

import { Connection } from '../../src/adobe/flow-service.js'
import { execute, ExecuteDeps, findConnections, lookUp } from '../../src/base-connection/execute.js'
import { Config } from '../../src/base-connection/inputs.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { makePlan } from '../../src/base-connection/plan.js'
import { ActionError } from '../../src/runner/errors.js'
import { config } from '../fixtures/config.js'
import { adobeError, connectionRequest, FakeAdobe, SeedOptions } from '../fixtures/fake-adobe.js'
import { more } from '../support/troubleshooting.js'

const NAME = 'Oracle, EU'
/** A probe's name: one of this run's own. */
const PROBE_NAME = /^Oracle, EU \(credential check [0-9a-f]{8}\)$/
const SPEC = ORACLE_SERVICE_CLOUD_SPEC_ID
/** The look-up by name the executor sends (findConnections). */
const FIND = `LIST connections name==${NAME}&connectionSpec.id==${SPEC}`
const EXPLORE = (id: string): string => `GET connections/${id}/explore?objectType=root`
const REJECTED = adobeError({
  status: 400,
  code: '1100-400',
  adobeMessage: 'Rest call failed with client error, status code 401 Unauthorized.',
  requestId: 'r-1'
})

let adobe: FakeAdobe
let logs: string[]
let created: string[]
let deleted: string[]
let deps: ExecuteDeps
let clock: number
let sleeps: number[]
let events: string[]
beforeEach(() => {
  clock = 2_500
  sleeps = []
  events = []
  adobe = new FakeAdobe(() => clock)
  logs = []
  created = []
  deleted = []
  deps = {
    flow: adobe,
    log: { info: m => logs.push(m), debug: () => undefined, warning: m => logs.push(`warning: ${m}`) },
    now: () => clock,
    sleep: ms => {
      clock += ms
      sleeps.push(ms)
      return Promise.resolve()
    },
    commitWaitMs: 3_000,
    record: {
      creating: (_kind, pending) => events.push(`creating ${JSON.stringify(pending)}`),
      settled: () => events.push('settled'),
      created: (_kind, id) => created.push(id),
      // The job record forgets the id it holds: the one this run created.
      deleted: () => deleted.push(created.at(-1) ?? '(none)')
    }
  }
})

/** A connection of NAME as another run (or a person) made it. */
function seed(createdAt: number, options: SeedOptions = {}): Connection {
  return adobe.connections.seed(connectionRequest(NAME), { createdAt, ...options })
}

/** Looks up as run() does, plans, executes; the log then holds the run's calls only. */
async function runWith(overrides: Partial<Config>) {
  const cfg = config(overrides)
  const matches = cfg.ifExists === 'create' ? undefined : await findConnections(adobe, cfg.name, cfg.connectionSpecId)
  adobe.forgetCalls()
  return execute(makePlan(cfg, matches), deps)
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: Error) => error
  )
}

describe('create', () => {
  it('creates, reports the id as soon as it exists, settles, and says so', async () => {
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-r1"' })
    expect(adobe.calls).toEqual(['POST connections', FIND])
    expect(adobe.sent[0]?.body).toMatchObject({ name: NAME })
    expect(created).toEqual(['c-1'])
    expect(events).toEqual([`creating {"name":"${NAME}","sentAt":2500,"before":[],"waitMs":3000}`, 'settled'])
    expect(logs).toEqual([
      `No base connection named "${NAME}" in sandbox prod yet: creating one`,
      `Created base connection c-1 ("${NAME}") in sandbox prod`
    ])
  })

  it('with if-exists=create looks nothing up and does not claim to have looked', async () => {
    seed(1)
    const result = await runWith({ ifExists: 'create' })
    expect(result.id).toBe('c-2')
    expect(adobe.calls).toEqual(['POST connections'])
    expect(logs).toEqual([`Created base connection c-2 ("${NAME}") in sandbox prod`])
  })

  it("names a retired connection spec plainly, with Adobe's reference", async () => {
    adobe.failNext('POST connections', adobeError({ status: 400, code: '1413-400', requestId: 'r-9' }))
    const error = await rejection(runWith({}))
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toMatch(
      new RegExp(
        `^Flow Service does not know connection spec ${SPEC} \\(HTTP 400, code 1413-400, request id r-9\\)\\. Adobe deprecated the Oracle Service Cloud source`
      )
    )
  })

  it('passes other errors through unchanged', async () => {
    const boom = adobeError({ status: 403, code: '403025' })
    adobe.failNext('POST connections', boom)
    expect(await rejection(runWith({}))).toBe(boom)
  })
})

const LOST = (id: string): string =>
  `The create's answer was lost, but base connection ${id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it reports created=false; with delete-on-completion the post step deletes it unless another run's turns out older)`

describe('a lost create answer', () => {
  it('uses the connection that appeared since the POST, without claiming it', async () => {
    adobe.connections.loseNextAnswer({ answered: false, then: 'give-up' })
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'reused', id: 'c-1', etag: '"c-1-r1"' })
    expect(created).toEqual([])
    expect(logs).toContain(LOST('c-1'))
    expect(logs.at(-1)).toBe(`Reusing base connection c-1 ("${NAME}") in sandbox prod`)
  })

  it('not answered: looks again every second for as long as commitWaitMs, for a slow commit', async () => {
    adobe.connections.loseNextAnswer({ answered: false, then: 'give-up' })
    // The POST's connection is not listed yet; it lands during the second wait.
    adobe.after('POST connections', () => adobe.connections.items.clear())
    deps = {
      ...deps,
      sleep: ms => ((clock += ms), sleeps.push(ms), sleeps.length === 2 && seed(clock), Promise.resolve())
    }
    const result = await runWith({})
    // Two looks until it appeared, then the rest of the POST's time limit before settling.
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(result).toEqual({ outcome: 'reused', id: 'c-2', etag: '"c-2-r1"' })
  })

  it('not answered and nothing lands within commitWaitMs: lets the POST be sent again', async () => {
    adobe.connections.loseNextAnswer({ answered: false, then: 'retry' })
    adobe.after('POST connections', () => adobe.connections.items.clear())
    await runWith({})
    expect(adobe.recoveries).toEqual([undefined])
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(adobe.writes).toEqual(['POST connections', 'POST connections'])
  })

  it('answered (a 5xx, an unreadable 201): looks once, without waiting', async () => {
    adobe.connections.loseNextAnswer({ answered: true, then: 'retry' })
    adobe.after('POST connections', () => adobe.connections.items.clear())
    await runWith({})
    expect([adobe.recoveries, sleeps]).toEqual([[undefined], []])
  })

  it.each([
    [undefined, 2_800, true], // no Date header seen: our clock as it is
    [500, 2_800, false], // Flow Service ahead: its time at sending was 3 000
    [-800, 2_000, false], // behind within a Date header's uncertainty: compared as it is
    [-800, 2_600, true],
    [-30_000, -20_000, true] // far behind: corrected, its time at sending was -27 500
  ])(
    "if-exists=create reads createdAt on Flow Service's clock (offset %p ms, created at %p)",
    async (offset, createdAt, adopted) => {
      adobe.serverClockOffsetMs = offset
      adobe.connections.loseNextAnswer({ answered: true, then: 'retry' })
      // The POST made c-2, stamped `createdAt` by Flow Service.
      adobe.after('POST connections', () => {
        adobe.connections.items.clear()
        seed(createdAt)
      })
      await execute(makePlan(config({ ifExists: 'create' }), undefined), deps)
      expect(adobe.recoveries).toEqual([adopted ? { id: 'c-2', etag: '"c-2-r1"' } : undefined])
    }
  )
})

describe('overlapping runs settle on the oldest connection', () => {
  /** Another run's create lands while ours is in flight, stamped `at`. */
  function anotherRunCreates(at: number): void {
    adobe.after('POST connections', () => seed(at))
  }

  it('keeps its own when it is the oldest', async () => {
    anotherRunCreates(9_999_999)
    expect(await runWith({})).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-r1"' })
    expect(adobe.connections.items.size).toBe(2) // the other run deletes its own
  })

  it('deletes its own and adopts the older one, never deleting what it did not make', async () => {
    anotherRunCreates(1)
    const result = await runWith({ ifExists: 'update' })
    expect(result).toEqual({ outcome: 'reused', id: 'c-2', etag: '"c-2-r1"' })
    expect(adobe.calls).toEqual(['POST connections', FIND, 'DELETE connections/c-1'])
    expect([created, deleted]).toEqual([['c-1'], ['c-1']])
    expect(logs).toContain(
      `Another run created base connection c-2 ("${NAME}") first: deleted the one this run created (c-1)`
    )
  })

  it('on a tie of createdAt, the smaller id wins', async () => {
    adobe.after('POST connections', () => {
      const ours = adobe.connections.items.get('c-1')!
      adobe.connections.items.set('c-1', { ...ours, createdAt: 5 })
      seed(5, { id: 'c-0' })
    })
    expect((await runWith({})).id).toBe('c-0')
    expect(deleted).toEqual(['c-1'])
  })

  it('with if-exists=fail, deletes its own and fails naming the winner', async () => {
    anotherRunCreates(1)
    const error = await rejection(runWith({ ifExists: 'fail' }))
    expect(error.message).toMatch(/^A base connection named "Oracle, EU" already exists in sandbox prod: c-2\./)
    expect([...adobe.connections.items.keys()]).toEqual(['c-2'])
  })

  it('a connection it cannot prove it made is deleted when it loses, as every run deletes a loser, and never claimed', async () => {
    adobe.connections.loseNextAnswer({ answered: true, then: 'give-up' })
    anotherRunCreates(1)
    const result = await runWith({})
    expect(result.id).toBe('c-2')
    expect(adobe.calls.filter(call => call.startsWith('DELETE'))).toEqual(['DELETE connections/c-1'])
    expect([created, deleted]).toEqual([[], []])
  })
})

describe('cancellation', () => {
  it('fails even when the last step got through, after the id was reported', async () => {
    let signal: string | undefined
    adobe.after('POST connections', () => {
      signal = 'SIGINT'
    })
    deps = { ...deps, cancelled: () => signal }
    expect((await rejection(runWith({}))).message).toBe(
      'The job was cancelled (SIGINT); stopped here: base connection c-1 was created.'
    )
    expect(created).toEqual(['c-1'])
  })

  it('a create sent again is recorded again, so a post step looks from the latest send', async () => {
    adobe.connections.loseNextAnswer({ answered: false, then: 'retry' })
    adobe.after('POST connections', () => adobe.connections.items.clear())
    await runWith({ deleteOnCompletion: true })
    expect(
      events.filter(e => e.startsWith('creating')).map(e => (JSON.parse(e.slice(9)) as { sentAt: number }).sentAt)
    ).toEqual([2500, 5500])
  })

  it('stops before the first step: nothing is sent', async () => {
    deps = { ...deps, cancelled: () => 'SIGINT' }
    expect((await rejection(runWith({}))).message).toBe(
      'The job was cancelled (SIGINT); stopped here: nothing was changed.'
    )
    expect(adobe.calls).toEqual([])
  })

  it('after the create, stops before verifying, with the id already reported', async () => {
    let signal: string | undefined
    adobe.after('POST connections', () => {
      signal = 'SIGTERM'
    })
    deps = { ...deps, cancelled: () => signal }
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toBe('The job was cancelled (SIGTERM); stopped here: base connection c-1 was created.')
    expect(created).toEqual(['c-1'])
    expect(adobe.calls.some(call => call.endsWith('/explore?objectType=root'))).toBe(false)
  })
})

describe('reuse, update, fail', () => {
  it('reuses the one match without a write', async () => {
    const existing = seed(1)
    expect(await runWith({})).toEqual({ outcome: 'reused', id: existing.id, etag: existing.etag })
    expect(adobe.calls).toEqual([])
    expect(logs).toEqual([`Reusing base connection ${existing.id} ("${NAME}") in sandbox prod`])
  })

  it('names a reused connection that is not enabled, in the log and the result', async () => {
    const existing = seed(1, { state: 'disabled' })
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'reused', id: existing.id, etag: existing.etag, state: 'disabled' })
    expect(logs).toContain(
      `warning: Base connection ${existing.id} ("${NAME}") is disabled, not enabled: reusing it as it is (dataflows on it may not run)`
    )
  })

  it('updates with the etag as found', async () => {
    const existing = seed(1)
    const result = await runWith({ ifExists: 'update' })
    expect(adobe.sent.map(s => [s.call, s.ifMatch])).toEqual([[`PATCH connections/${existing.id}`, existing.etag]])
    expect(adobe.calls).toEqual([`PATCH connections/${existing.id}`])
    expect(result).toEqual({ outcome: 'updated', id: existing.id, etag: adobe.connections.current(existing.id)?.etag })
    expect(result.etag).not.toBe(existing.etag)
    expect(logs).toEqual([`Updated the credentials of base connection ${existing.id} ("${NAME}")`])
  })

  it('reads the connection again after a 412 and retries with the new etag', async () => {
    const existing = seed(1)
    const plan = makePlan(config({ ifExists: 'update' }), [existing])
    adobe.connections.touch(existing.id) // someone else's PATCH
    const result = await execute(plan, deps)
    expect(adobe.calls).toEqual(['PATCH connections/c-1', 'GET connections/c-1', 'PATCH connections/c-1'])
    expect(adobe.sent.map(s => s.ifMatch)).toEqual(['"c-1-r1"', '"c-1-r2"'])
    expect(result.outcome).toBe('updated')
    expect(logs[0]).toBe('Base connection c-1 changed while updating it (HTTP 412); reading it again')
  })

  it('gives up after three stale etags in a row', async () => {
    const existing = seed(1)
    const stale = adobeError({ status: 412, code: '1404-412' })
    for (let i = 0; i < 4; i++) adobe.failNext(`PATCH connections/${existing.id}`, stale)
    expect(await rejection(runWith({ ifExists: 'update' }))).toBe(stale)
    expect(adobe.calls.filter(call => call.startsWith('PATCH'))).toHaveLength(4)
    expect(adobe.calls.filter(call => call.startsWith('GET'))).toEqual([
      `GET connections/${existing.id}`,
      `GET connections/${existing.id}`,
      `GET connections/${existing.id}`
    ])
  })

  it('fails on a match with if-exists=fail, and on duplicates, sending nothing', async () => {
    const a = seed(1)
    expect((await rejection(runWith({ ifExists: 'fail' }))).message).toBe(
      `A base connection named "${NAME}" already exists in sandbox prod: ${a.id}. "if-exists" is fail: set it to reuse or update, or delete that connection.`
    )
    const b = seed(2)
    expect((await rejection(runWith({ ifExists: 'update' }))).message).toMatch(
      new RegExp(
        `^Found 2 base connections named "${NAME}" for connection spec ${SPEC} in sandbox prod: ${a.id}, ${b.id}\\. Nothing was created or changed\\.`
      )
    )
    expect(adobe.calls).toEqual([])
  })
})

describe('verify', () => {
  it('explores what it created and says it reached the source', async () => {
    const result = await runWith({ verify: true })
    expect(adobe.calls).toEqual(['POST connections', FIND, EXPLORE(result.id)])
    expect(logs.at(-1)).toBe(
      `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${result.id}`
    )
  })

  it('deletes a connection it created when the source rejects the credentials', async () => {
    adobe.failNext(EXPLORE('c-1'), REJECTED)
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toBe(
      'Oracle Service Cloud rejected the credentials of base connection c-1: Rest call failed with client error, status code 401 Unauthorized. (HTTP 400, code 1100-400, request id r-1).\nNext step: check "host", "username" and "password". The connection this run created was deleted again.' +
        more('explore-400-the-source-rejected-the-credentials')
    )
    expect(adobe.calls).toEqual(['POST connections', FIND, EXPLORE('c-1'), 'DELETE connections/c-1'])
    expect([created, deleted]).toEqual([['c-1'], ['c-1']])
    expect(adobe.connections.items.size).toBe(0)
  })

  it('says so when that delete fails too', async () => {
    adobe.failNext(EXPLORE('c-1'), REJECTED)
    adobe.failNext('DELETE connections/c-1', new ActionError('Could not delete base connection c-1: HTTP 403'))
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toMatch(
      /The connection this run created \(c-1\) could not be deleted: delete it by hand\.\nMore: \S+#explore-400-the-source-rejected-the-credentials$/
    )
    expect(logs).toContain(
      'warning: Could not delete base connection c-1 after it failed verification: Could not delete base connection c-1: HTTP 403'
    )
    expect(deleted).toEqual([])
  })

  it('re-checks a reused connection, and leaves it as it is when the source rejects it', async () => {
    const existing = seed(1)
    adobe.failNext(EXPLORE(existing.id), REJECTED)
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toMatch(
      /The connection was not changed: run again with if-exists=update and the right credentials\.\nMore: \S+#explore-400-the-source-rejected-the-credentials$/
    )
    expect(adobe.calls).toEqual([EXPLORE(existing.id)])
  })

  it('tries new credentials on a temporary connection before they replace the live ones', async () => {
    const existing = seed(1)
    const result = await runWith({ ifExists: 'update', verify: true })
    expect(adobe.calls).toEqual([
      'POST connections',
      EXPLORE('c-2'),
      'DELETE connections/c-2',
      `PATCH connections/${existing.id}`
    ])
    expect(adobe.sent[0]?.body).toMatchObject({ name: expect.stringMatching(PROBE_NAME) })
    expect(adobe.sent.at(-1)?.ifMatch).toBe(existing.etag)
    expect(result.outcome).toBe('updated')
    expect(logs).toContain(
      `Oracle Service Cloud accepted the new credentials on a temporary connection; replacing those of base connection ${existing.id}`
    )
  })

  it('rejected new credentials never touch the live connection', async () => {
    const existing = seed(1)
    adobe.failNext(EXPLORE('c-2'), REJECTED)
    const error = await rejection(runWith({ ifExists: 'update', verify: true }))
    expect(error.message).toBe(
      `Oracle Service Cloud rejected the credentials of a temporary connection: Rest call failed with client error, status code 401 Unauthorized. (HTTP 400, code 1100-400, request id r-1).\nNext step: check "host", "username" and "password". Base connection ${existing.id} was not changed (it keeps its current credentials).${more('explore-400-the-source-rejected-the-credentials')}`
    )
    expect(adobe.calls).toEqual(['POST connections', EXPLORE('c-2'), 'DELETE connections/c-2'])
    expect(adobe.sent[0]?.body).toMatchObject({ name: expect.stringMatching(PROBE_NAME) })
    expect(adobe.connections.current(existing.id)?.etag).toBe(existing.etag)
  })

  it('a probe whose answer was lost is found by its name and deleted', async () => {
    seed(1)
    adobe.connections.loseNextAnswer({ answered: false, then: 'give-up' })
    await runWith({ ifExists: 'update', verify: true })
    expect(adobe.calls.slice(0, 4)).toEqual([
      'POST connections',
      expect.stringMatching(/^LIST connections name==Oracle, EU \(credential check [0-9a-f]{8}\)&/),
      EXPLORE('c-2'),
      'DELETE connections/c-2'
    ])
    expect(adobe.sent[0]?.body).toMatchObject({ name: expect.stringMatching(PROBE_NAME) })
  })

  it('warns when the temporary connection cannot be deleted', async () => {
    seed(1)
    adobe.failNext('DELETE connections/c-2', new ActionError('HTTP 503'))
    await runWith({ ifExists: 'update', verify: true })
    expect(logs).toContain(
      'warning: Could not delete base connection c-2 (the temporary connection that checked the new credentials): HTTP 503'
    )
  })

  it('passes on failures that are not a rejection by the source', async () => {
    const outage = adobeError({ status: 503 })
    adobe.failNext(EXPLORE('c-1'), outage)
    expect(await rejection(runWith({ verify: true }))).toBe(outage)
    expect(adobe.connections.items.size).toBe(1)
  })
})

describe('lookUp', () => {
  it('looks again, a second apart, before it takes several matches as real duplicates', async () => {
    const subject = { name: NAME, sandboxName: 'prod', connectionSpecId: SPEC, connectionSpecVersion: '1.0' }
    const winner = seed(1)
    const loser = seed(2)
    const sleep = (ms: number): Promise<void> => {
      sleeps.push(ms)
      adobe.connections.items.delete(loser.id) // the run that lost deletes its own
      return Promise.resolve()
    }
    expect(
      await lookUp(adobe, subject, { connectionSpec: false, byName: true, recheckDuplicates: true }, sleep)
    ).toEqual([winner])
    expect(sleeps).toEqual([1000])
    seed(3)
    seed(4)
    sleeps.length = 0
    expect(
      await lookUp(adobe, subject, { connectionSpec: false, byName: true, recheckDuplicates: true }, deps.sleep)
    ).toHaveLength(3)
    expect(sleeps).toEqual([1000, 1000, 1000])
    // With if-exists=create several are no failure: no second look.
    sleeps.length = 0
    expect(
      await lookUp(adobe, subject, { connectionSpec: false, byName: true, recheckDuplicates: false }, deps.sleep)
    ).toHaveLength(3)
    expect(sleeps).toEqual([])
  })

  const subject = { name: NAME, sandboxName: 'prod', connectionSpecId: SPEC, connectionSpecVersion: '1.0' }

  it('checks the spec first when asked, and names a retired one', async () => {
    const error = await rejection(
      lookUp(adobe, subject, { connectionSpec: true, byName: true, recheckDuplicates: true }, deps.sleep)
    )
    expect(error.message).toMatch(new RegExp(`^Flow Service does not know connection spec ${SPEC}\\. Adobe deprecated`))
    expect(adobe.calls).toEqual([`GET connectionSpecs/${SPEC}`])
  })

  it('returns the matches, or undefined when the name is not to be looked up', async () => {
    adobe.connectionSpecs.add(SPEC)
    const a = seed(1)
    expect(
      await lookUp(adobe, subject, { connectionSpec: true, byName: true, recheckDuplicates: true }, deps.sleep)
    ).toEqual([a])
    expect(
      await lookUp(adobe, subject, { connectionSpec: false, byName: false, recheckDuplicates: true }, deps.sleep)
    ).toBeUndefined()
  })
})
