// The executor against an in-memory Flow Service: each step, and how it survives lost answers,
// stale etags and failed verification.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../src/constants.js'
import { ActionError } from '../src/errors.js'
import { execute, ExecuteDeps, lookUp } from '../src/execute.js'
import { Config } from '../src/inputs.js'
import { makePlan } from '../src/plan.js'
import { adobeError, FakeFlowService } from './fixtures/fake-flow-service.js'
import { config } from './fixtures/config.js'

const NAME = 'Oracle, EU'
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
beforeEach(() => {
  flow = new FakeFlowService()
  logs = []
  created = []
  deleted = []
  deps = {
    flow,
    log: { info: m => logs.push(m), debug: () => undefined, warning: m => logs.push(`warning: ${m}`) },
    now: () => 2_500,
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
  it('creates, reports the id as soon as it exists, and says so', async () => {
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-v1"' })
    expect(flow.calls).toEqual([`create ${NAME}`])
    expect(created).toEqual(['c-1'])
    expect(logs).toEqual([
      `No base connection named "${NAME}" in sandbox prod yet: creating one`,
      `Created base connection c-1 ("${NAME}") in sandbox prod`
    ])
  })

  it('with if-exists=create looks nothing up and does not claim to have looked', async () => {
    flow.seed(NAME, 1, SPEC)
    const result = await runWith({ ifExists: 'create' })
    expect(result.id).toBe('c-2')
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

describe('a lost create answer', () => {
  it('adopts the connection of this name that the create made (if-exists reuse)', async () => {
    flow.onCreate = (_request, recover) => recover()
    const result = await runWith({})
    expect(result).toEqual({ outcome: 'created', id: 'c-1', etag: '"c-1-v1"' })
    expect(logs).toContain('The create went through after all: using base connection c-1')
  })

  it('with if-exists=create counts only connections made since the POST was sent', async () => {
    flow.seed(NAME, 1_000, SPEC) // older than the POST (sent at 2 500)
    flow.onCreate = (_request, recover) => recover()
    expect((await runWith({ ifExists: 'create' })).id).toBe('c-2')
  })

  it('finds nothing when only older connections exist, so the client may send again', async () => {
    let recovered: unknown = 'not called'
    flow.seed(NAME, 1_000, SPEC)
    flow.onCreate = async (request, recover) => {
      flow.connections.clear()
      flow.seed(NAME, 1_000, SPEC)
      recovered = await recover()
      return undefined
    }
    await runWith({ ifExists: 'create' })
    expect(recovered).toBeUndefined()
  })

  it('warns and takes the newest when several appeared', async () => {
    flow.onCreate = (request, recover) => {
      flow.store(request) // another create landed too
      return recover()
    }
    const result = await runWith({})
    expect(result.id).toBe('c-2')
    expect(logs).toContain(
      `warning: More than one base connection named "${NAME}" appeared while the create was retried: c-1, c-2. Using the newest, c-2; delete the others.`
    )
  })

  it.each([
    [undefined, 2_800, true], // no Date header seen: our clock as it is
    [500, 2_800, false], // Flow Service ahead: its time at sending was 3 000
    [-800, 2_000, false], // behind within a Date header's uncertainty: compared as it is
    [-800, 2_600, true],
    [-30_000, -20_000, true] // far behind: corrected, its time at sending was -27 500
  ])("reads createdAt on Flow Service's clock (offset %p ms, created at %p)", async (offset, createdAt, adopted) => {
    flow.serverClockOffsetMs = offset
    let recovered: unknown
    flow.onCreate = async (_request, recover) => {
      flow.connections.clear()
      const made = flow.seed(NAME, createdAt, SPEC)
      recovered = await recover()
      return made
    }
    await execute(makePlan(config({ ifExists: 'create' }), undefined), deps)
    expect(recovered).toEqual(adopted ? { id: 'c-2', etag: '"c-2-v1"' } : undefined)
  })
})

describe('reuse, update, fail', () => {
  it('reuses the one match without a write', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    expect(await runWith({})).toEqual({ outcome: 'reused', id: existing.id, etag: existing.etag })
    expect(flow.calls).toEqual([])
    expect(logs).toEqual([`Reusing base connection ${existing.id} ("${NAME}") in sandbox prod`])
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
    expect(flow.calls).toEqual([`create ${NAME}`, `explore ${result.id}`])
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
    expect(flow.calls).toEqual([`create ${NAME}`, 'explore c-1', 'delete c-1'])
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

  it('keeps an updated connection, and says it holds the rejected credentials', async () => {
    const existing = flow.seed(NAME, 1, SPEC)
    flow.fail('explore', REJECTED)
    const error = await rejection(runWith({ ifExists: 'update', verify: true }))
    expect(error.message).toMatch(
      /The connection now holds these credentials; fix them and run again with if-exists=update\.$/
    )
    expect(flow.connections.has(existing.id)).toBe(true)
    expect(flow.calls.some(call => call.startsWith('delete'))).toBe(false)
  })

  it('passes on failures that are not a rejection by the source', async () => {
    const outage = adobeError({ status: 503 })
    flow.fail('explore', outage)
    expect(await rejection(runWith({ verify: true }))).toBe(outage)
    expect(flow.connections.size).toBe(1)
  })
})

describe('lookUp', () => {
  const subject = { name: NAME, sandboxName: 'prod', connectionSpecId: SPEC, connectionSpecVersion: '1.0' }

  it('checks the spec first when asked, and names a retired one', async () => {
    const error = await rejection(lookUp(flow, subject, { connectionSpec: true, byName: true }))
    expect(error.message).toMatch(new RegExp(`^Flow Service does not know connection spec ${SPEC}\\. Adobe deprecated`))
    expect(flow.calls).toEqual([`connectionSpecExists ${SPEC}`])
  })

  it('returns the matches, or undefined when the name is not to be looked up', async () => {
    flow.specs.add(SPEC)
    const a = flow.seed(NAME, 1, SPEC)
    expect(await lookUp(flow, subject, { connectionSpec: true, byName: true })).toEqual([a])
    expect(await lookUp(flow, subject, { connectionSpec: false, byName: false })).toBeUndefined()
  })
})
