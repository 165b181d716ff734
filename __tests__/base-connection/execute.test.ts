// The executor against an in-memory Flow Service: each step, and how it survives lost answers,
// stale etags and failed verification.
import { beforeEach, describe, expect, it } from '@jest/globals'

import { execute, ExecuteDeps, lookUp } from '../../src/base-connection/execute.js'
import { Config } from '../../src/base-connection/inputs.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { makePlan } from '../../src/base-connection/plan.js'
import { ActionError } from '../../src/runner/errors.js'
import { config } from '../fixtures/config.js'
import { adobeError, FakeFlowService } from '../fixtures/fake-flow-service.js'

const NAME = 'Oracle, EU'
/** A probe's create: under a name of this run's own. */
const PROBE_CREATE = /^create Oracle, EU \(credential check [0-9a-f]{8}\)$/
const SPEC = ORACLE_SERVICE_CLOUD_SPEC_ID
const REJECTED = adobeError({
  status: 400,
  code: '1100-400',
  adobeMessage: 'Rest call failed with client error, status code 401 Unauthorized.',
  requestId: 'r-1'
})

let flow: FakeFlowService
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
  flow = new FakeFlowService()
  logs = []
  created = []
  deleted = []
  deps = {
    flow,
    log: { info: m => logs.push(m), debug: () => undefined, warning: m => logs.push(`warning: ${m}`) },
    now: () => clock,
    sleep: ms => {
      clock += ms
      sleeps.push(ms)
      return Promise.resolve()
    },
    commitWaitMs: 3_000,
    onCreating: pending => events.push(`creating ${JSON.stringify(pending)}`),
    onCreateSettled: () => events.push('settled'),
    onCreated: id => created.push(id),
    onDeleted: id => deleted.push(id)
  }
})

/** Looks up as run() does, plans, executes. */
async function runWith(overrides: Partial<Config>) {
  const cfg = config(overrides)
  const matches = cfg.ifExists === 'create' ? undefined : await flow.findByName(cfg.name, cfg.connectionSpecId)
  flow.calls.length = 0
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
    expect(result).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-v1"' })
    expect(flow.calls).toEqual([`create ${NAME}`, `findByName ${NAME}|${SPEC}`])
    expect(created).toEqual(['c-1'])
    expect(events).toEqual([
      `creating {"name":"${NAME}","connectionSpecId":"${SPEC}","sentAt":2500,"before":[],"waitMs":3000}`,
      'settled'
    ])
    expect(logs).toEqual([
      `No base connection named "${NAME}" in sandbox prod yet: creating one`,
      `Created base connection c-1 ("${NAME}") in sandbox prod`
    ])
  })

  it('with if-exists=create looks nothing up and does not claim to have looked', async () => {
    flow.seed(NAME, 1, SPEC)
    const result = await runWith({ ifExists: 'create' })
    expect(result.id).toBe('c-2')
    expect(flow.calls).toEqual([`create ${NAME}`])
    expect(logs).toEqual([`Created base connection c-2 ("${NAME}") in sandbox prod`])
  })

  it("names a retired connection spec plainly, with Adobe's reference", async () => {
    flow.fail('create', adobeError({ status: 400, code: '1413-400', requestId: 'r-9' }))
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
    flow.fail('create', boom)
    expect(await rejection(runWith({}))).toBe(boom)
  })
})

const LOST = (id: string): string =>
  `The create's answer was lost, but base connection ${id} of this name appeared after it was sent: using it (this run cannot prove it made it, so it reports created=false and does not delete it)`

describe('a lost create answer', () => {
  it('uses the connection that appeared since the POST, without claiming it', async () => {
    flow.onCreate = (_request, recover) => recover({ effect: 'unknown', answered: false })
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'reused', id: 'c-1', etag: '"c-1-v1"' })
    expect(created).toEqual([])
    expect(logs).toContain(LOST('c-1'))
    expect(logs.at(-1)).toBe(`Reusing base connection c-1 ("${NAME}") in sandbox prod`)
  })

  it('not answered: looks again every second for as long as commitWaitMs, for a slow commit', async () => {
    let request: Parameters<FakeFlowService['store']>[0] | undefined
    flow.onCreate = async (sent, recover) => {
      flow.connections.clear()
      request = sent
      return recover({ effect: 'unknown', answered: false })
    }
    deps = {
      ...deps,
      sleep: ms => (
        (clock += ms),
        sleeps.push(ms),
        sleeps.length === 2 && request && flow.store(request),
        Promise.resolve()
      )
    }
    const result = await runWith({})
    expect(sleeps).toEqual([1000, 1000])
    expect(result).toEqual({ outcome: 'reused', id: 'c-2', etag: '"c-2-v1"' })
  })

  it('not answered and nothing lands within commitWaitMs: lets the POST be sent again', async () => {
    let recovered: unknown = 'not called'
    flow.onCreate = async (_request, recover) => {
      flow.connections.clear()
      recovered = await recover({ effect: 'unknown', answered: false })
      return undefined
    }
    await runWith({})
    expect(recovered).toBeUndefined()
    expect(sleeps).toEqual([1000, 1000, 1000])
  })

  it('answered (a 5xx, an unreadable 201): looks once, without waiting', async () => {
    let recovered: unknown = 'not called'
    flow.onCreate = async (_request, recover) => {
      flow.connections.clear()
      recovered = await recover({ effect: 'unknown', answered: true })
      return undefined
    }
    await runWith({})
    expect([recovered, sleeps]).toEqual([undefined, []])
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
      flow.serverClockOffsetMs = offset
      let recovered: unknown
      flow.onCreate = async (_request, recover) => {
        flow.connections.clear()
        const made = flow.seed(NAME, createdAt, SPEC)
        recovered = await recover({ effect: 'unknown', answered: true })
        return made
      }
      await execute(makePlan(config({ ifExists: 'create' }), undefined), deps)
      expect(recovered).toEqual(adopted ? { id: 'c-2', etag: '"c-2-v1"' } : undefined)
    }
  )
})

describe('overlapping runs settle on the oldest connection', () => {
  /** Another run's create lands while ours is in flight, stamped `at`. */
  function anotherRunCreates(at: number): void {
    flow.onCreate = () => {
      flow.seed(NAME, at, SPEC)
      return Promise.resolve(undefined)
    }
  }

  it('keeps its own when it is the oldest', async () => {
    anotherRunCreates(9_999_999)
    expect(await runWith({})).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-v1"' })
    expect(flow.connections.size).toBe(2) // the other run deletes its own
  })

  it('deletes its own and adopts the older one, never deleting what it did not make', async () => {
    anotherRunCreates(1)
    const result = await runWith({ ifExists: 'update' })
    expect(result).toEqual({ outcome: 'reused', id: 'c-2', etag: '"c-2-v1"' })
    expect(flow.calls).toEqual([`create ${NAME}`, `findByName ${NAME}|${SPEC}`, 'delete c-1'])
    expect([created, deleted]).toEqual([['c-1'], ['c-1']])
    expect(logs).toContain(
      `Another run created base connection c-2 ("${NAME}") first: deleted the one this run created (c-1)`
    )
  })

  it('on a tie of createdAt, the smaller id wins', async () => {
    flow.onCreate = request => {
      const ours = flow.connections.get('c-1')!
      flow.connections.set('c-1', { ...ours, createdAt: 5 })
      flow.connections.set('c-0', { ...ours, id: 'c-0', createdAt: 5, etag: '"c-0"', params: request.auth.params })
      return Promise.resolve(undefined)
    }
    expect((await runWith({})).id).toBe('c-0')
    expect(deleted).toEqual(['c-1'])
  })

  it('with if-exists=fail, deletes its own and fails naming the winner', async () => {
    anotherRunCreates(1)
    const error = await rejection(runWith({ ifExists: 'fail' }))
    expect(error.message).toMatch(/^A base connection named "Oracle, EU" already exists in sandbox prod: c-2\./)
    expect([...flow.connections.keys()]).toEqual(['c-2'])
  })

  it('a connection it cannot prove it made is never deleted, even when it loses', async () => {
    flow.onCreate = async (_request, recover) => {
      flow.seed(NAME, 1, SPEC)
      return recover({ effect: 'unknown', answered: true })
    }
    const result = await runWith({})
    expect(result.id).toBe('c-2')
    expect(flow.calls.filter(call => call.startsWith('delete'))).toEqual([])
  })
})

describe('cancellation', () => {
  it('fails even when the last step got through, after the id was reported', async () => {
    let signal: string | undefined
    flow.onCreate = () => {
      signal = 'SIGINT'
      return Promise.resolve(undefined)
    }
    deps = { ...deps, cancelled: () => signal }
    expect((await rejection(runWith({}))).message).toBe(
      'The job was cancelled (SIGINT); stopped here: base connection c-1 was created.'
    )
    expect(created).toEqual(['c-1'])
  })

  it('a create sent again is recorded again, so a post step looks from the latest send', async () => {
    flow.onCreate = async (_request, recover) => {
      flow.connections.clear()
      await recover({ effect: 'unknown', answered: false })
      return undefined
    }
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
    expect(flow.calls).toEqual([])
  })

  it('after the create, stops before verifying, with the id already reported', async () => {
    let signal: string | undefined
    flow.onCreate = () => {
      signal = 'SIGTERM'
      return Promise.resolve(undefined)
    }
    deps = { ...deps, cancelled: () => signal }
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toBe('The job was cancelled (SIGTERM); stopped here: base connection c-1 was created.')
    expect(created).toEqual(['c-1'])
    expect(flow.calls.some(call => call.startsWith('explore'))).toBe(false)
  })
})

describe('reuse, update, fail', () => {
  it('reuses the one match without a write', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    expect(await runWith({})).toEqual({ outcome: 'reused', id: existing.id, etag: existing.etag })
    expect(flow.calls).toEqual([])
    expect(logs).toEqual([`Reusing base connection ${existing.id} ("${NAME}") in sandbox prod`])
  })

  it('names a reused connection that is not enabled, in the log and the result', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    flow.connections.set(existing.id, { ...flow.connections.get(existing.id)!, state: 'disabled' })
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'reused', id: existing.id, etag: existing.etag, state: 'disabled' })
    expect(logs).toContain(
      `warning: Base connection ${existing.id} ("${NAME}") is disabled, not enabled: reusing it as it is (dataflows on it may not run)`
    )
  })

  it('updates with the etag as found', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    const result = await runWith({ ifExists: 'update' })
    expect(flow.calls).toEqual([`patch ${existing.id} ${existing.etag}`])
    expect(result).toEqual({ outcome: 'updated', id: existing.id, etag: flow.connections.get(existing.id)?.etag })
    expect(result.etag).not.toBe(existing.etag)
    expect(logs).toEqual([`Updated the credentials of base connection ${existing.id} ("${NAME}")`])
  })

  it('reads the connection again after a 412 and retries with the new etag', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    const plan = makePlan(config({ ifExists: 'update' }), [existing])
    const changed = { ...flow.connections.get(existing.id)!, etag: '"changed"' }
    flow.connections.set(existing.id, changed) // someone else's PATCH
    const result = await execute(plan, deps)
    expect(flow.calls).toEqual([`patch c-1 "c-1-v1"`, 'get c-1', 'patch c-1 "changed"'])
    expect(result.outcome).toBe('updated')
    expect(logs[0]).toBe('Base connection c-1 changed while updating it (HTTP 412); reading it again')
  })

  it('gives up after three stale etags in a row', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    const stale = adobeError({ status: 412, code: '1404-412' })
    for (let i = 0; i < 4; i++) flow.fail('patch', stale)
    expect(await rejection(runWith({ ifExists: 'update' }))).toBe(stale)
    expect(flow.calls.filter(call => call.startsWith('patch'))).toHaveLength(4)
    expect(flow.calls.filter(call => call.startsWith('get'))).toEqual([
      `get ${existing.id}`,
      `get ${existing.id}`,
      `get ${existing.id}`
    ])
  })

  it('fails on a match with if-exists=fail, and on duplicates, sending nothing', async () => {
    const a = flow.seed(NAME, 1, SPEC)
    expect((await rejection(runWith({ ifExists: 'fail' }))).message).toBe(
      `A base connection named "${NAME}" already exists in sandbox prod: ${a.id}. "if-exists" is fail: set it to reuse or update, or delete that connection.`
    )
    const b = flow.seed(NAME, 2, SPEC)
    expect((await rejection(runWith({ ifExists: 'update' }))).message).toMatch(
      new RegExp(
        `^Found 2 base connections named "${NAME}" for connection spec ${SPEC} in sandbox prod: ${a.id}, ${b.id}\\. Nothing was created or changed\\.`
      )
    )
    expect(flow.calls).toEqual([])
  })
})

describe('verify', () => {
  it('explores what it created and says it reached the source', async () => {
    const result = await runWith({ verify: true })
    expect(flow.calls).toEqual([`create ${NAME}`, `findByName ${NAME}|${SPEC}`, `explore ${result.id}`])
    expect(logs.at(-1)).toBe(
      `Verified: Flow Service reached Oracle Service Cloud with the credentials of base connection ${result.id}`
    )
  })

  it('deletes a connection it created when the source rejects the credentials', async () => {
    flow.fail('explore', REJECTED)
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toBe(
      'Oracle Service Cloud rejected the credentials of base connection c-1: Rest call failed with client error, status code 401 Unauthorized. (HTTP 400, code 1100-400, request id r-1).\nNext step: check "host", "username" and "password". The connection this run created was deleted again.'
    )
    expect(flow.calls).toEqual([`create ${NAME}`, `findByName ${NAME}|${SPEC}`, 'explore c-1', 'delete c-1'])
    expect([created, deleted]).toEqual([['c-1'], ['c-1']])
    expect(flow.connections.size).toBe(0)
  })

  it('says so when that delete fails too', async () => {
    flow.fail('explore', REJECTED)
    flow.fail('delete', new ActionError('Could not delete base connection c-1: HTTP 403'))
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toMatch(/The connection this run created \(c-1\) could not be deleted: delete it by hand\.$/)
    expect(logs).toContain(
      'warning: Could not delete base connection c-1 after it failed verification: Could not delete base connection c-1: HTTP 403'
    )
    expect(deleted).toEqual([])
  })

  it('re-checks a reused connection, and leaves it as it is when the source rejects it', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    flow.fail('explore', REJECTED)
    const error = await rejection(runWith({ verify: true }))
    expect(error.message).toMatch(
      /The connection was not changed: run again with if-exists=update and the right credentials\.$/
    )
    expect(flow.calls).toEqual([`explore ${existing.id}`])
  })

  it('tries new credentials on a temporary connection before they replace the live ones', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    const result = await runWith({ ifExists: 'update', verify: true })
    expect(flow.calls).toEqual([
      expect.stringMatching(PROBE_CREATE),
      'explore c-2',
      'delete c-2',
      `patch ${existing.id} ${existing.etag}`
    ])
    expect(result.outcome).toBe('updated')
    expect(logs).toContain(
      `Oracle Service Cloud accepted the new credentials on a temporary connection; replacing those of base connection ${existing.id}`
    )
  })

  it('rejected new credentials never touch the live connection', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    flow.fail('explore', REJECTED)
    const error = await rejection(runWith({ ifExists: 'update', verify: true }))
    expect(error.message).toBe(
      `Oracle Service Cloud rejected the credentials of a temporary connection: Rest call failed with client error, status code 401 Unauthorized. (HTTP 400, code 1100-400, request id r-1).\nNext step: check "host", "username" and "password". Base connection ${existing.id} was not changed (it keeps its current credentials).`
    )
    expect(flow.calls).toEqual([expect.stringMatching(PROBE_CREATE), 'explore c-2', 'delete c-2'])
    expect(flow.connections.get(existing.id)?.etag).toBe(existing.etag)
  })

  it('a probe whose answer was lost is found by its name and deleted', async () => {
    flow.seed(NAME, 1, SPEC)
    flow.onCreate = (_request, recover) => recover({ effect: 'unknown', answered: false })
    await runWith({ ifExists: 'update', verify: true })
    expect(flow.calls.slice(0, 4)).toEqual([
      expect.stringMatching(PROBE_CREATE),
      expect.stringMatching(/^findByName Oracle, EU \(credential check [0-9a-f]{8}\)\|/),
      'explore c-2',
      'delete c-2'
    ])
  })

  it('warns when the temporary connection cannot be deleted', async () => {
    flow.seed(NAME, 1, SPEC)
    flow.fail('delete', new ActionError('HTTP 503'))
    await runWith({ ifExists: 'update', verify: true })
    expect(logs).toContain(
      'warning: Could not delete base connection c-2 (the temporary connection that checked the new credentials): HTTP 503'
    )
  })

  it('passes on failures that are not a rejection by the source', async () => {
    const outage = adobeError({ status: 503 })
    flow.fail('explore', outage)
    expect(await rejection(runWith({ verify: true }))).toBe(outage)
    expect(flow.connections.size).toBe(1)
  })
})

describe('lookUp', () => {
  it('looks again, a second apart, before it takes several matches as real duplicates', async () => {
    const subject = { name: NAME, sandboxName: 'prod', connectionSpecId: SPEC, connectionSpecVersion: '1.0' }
    const winner = flow.seed(NAME, 1, SPEC)
    const loser = flow.seed(NAME, 2, SPEC)
    const sleep = (ms: number): Promise<void> => {
      sleeps.push(ms)
      flow.connections.delete(loser.id) // the run that lost deletes its own
      return Promise.resolve()
    }
    expect(
      await lookUp(flow, subject, { connectionSpec: false, byName: true, recheckDuplicates: true }, sleep)
    ).toEqual([winner])
    expect(sleeps).toEqual([1000])
    flow.seed(NAME, 3, SPEC)
    flow.seed(NAME, 4, SPEC)
    sleeps.length = 0
    expect(
      await lookUp(flow, subject, { connectionSpec: false, byName: true, recheckDuplicates: true }, deps.sleep)
    ).toHaveLength(3)
    expect(sleeps).toEqual([1000, 1000, 1000])
    // With if-exists=create several are no failure: no second look.
    sleeps.length = 0
    expect(
      await lookUp(flow, subject, { connectionSpec: false, byName: true, recheckDuplicates: false }, deps.sleep)
    ).toHaveLength(3)
    expect(sleeps).toEqual([])
  })

  const subject = { name: NAME, sandboxName: 'prod', connectionSpecId: SPEC, connectionSpecVersion: '1.0' }

  it('checks the spec first when asked, and names a retired one', async () => {
    const error = await rejection(
      lookUp(flow, subject, { connectionSpec: true, byName: true, recheckDuplicates: true }, deps.sleep)
    )
    expect(error.message).toMatch(new RegExp(`^Flow Service does not know connection spec ${SPEC}\\. Adobe deprecated`))
    expect(flow.calls).toEqual([`connectionSpecExists ${SPEC}`])
  })

  it('returns the matches, or undefined when the name is not to be looked up', async () => {
    flow.specs.add(SPEC)
    const a = flow.seed(NAME, 1, SPEC)
    expect(
      await lookUp(flow, subject, { connectionSpec: true, byName: true, recheckDuplicates: true }, deps.sleep)
    ).toEqual([a])
    expect(
      await lookUp(flow, subject, { connectionSpec: false, byName: false, recheckDuplicates: true }, deps.sleep)
    ).toBeUndefined()
  })
})
