// The post step's one rule, for every action: delete in order what the record names; after a kill
// mid-POST, the one object of the name that appeared since the POST was sent; only this job's name.
import { describe, expect, it } from '@jest/globals'

import { Named } from '../../src/adobe/collection.js'
import { AdobeApiError } from '../../src/adobe/errors.js'
import { teardown, TeardownPart } from '../../src/converge/teardown.js'
import { JobRecord } from '../../src/runner/job-state.js'

interface World {
  readonly objects: Named[]
  readonly log: string[]
  readonly deleted: string[]
  now: number
}

function world(objects: Named[] = []): World {
  return { objects, log: [], deleted: [], now: 10_000 }
}

/** A part over the world's objects, as a Flow Service collection of one kind would be. */
function part(w: World, kind: string, name: string, refuse: AdobeApiError[] = []): TeardownPart<string, Named> {
  return {
    kind,
    what: kind,
    name,
    find: () => Promise.resolve(w.objects.filter(o => o.name === name)),
    get: id => Promise.resolve(w.objects.find(o => o.id === id)),
    remove: id => {
      const refusal = refuse.shift()
      if (refusal !== undefined) return Promise.reject(refusal)
      const at = w.objects.findIndex(o => o.id === id)
      if (at < 0) return Promise.resolve(false)
      w.objects.splice(at, 1)
      w.deleted.push(id)
      return Promise.resolve(true)
    }
  }
}

function deps(w: World) {
  return {
    log: {
      info: (m: string) => void w.log.push(`info: ${m}`),
      debug: (m: string) => void w.log.push(`debug: ${m}`),
      warning: (m: string) => void w.log.push(`warning: ${m}`)
    },
    now: () => w.now,
    sleep: (ms: number) => {
      w.now += ms
      return Promise.resolve()
    },
    serverClockOffsetMs: () => 0
  }
}

const object = (id: string, name: string, createdAt = 0): Named => ({ id, etag: `"${id}"`, name, createdAt })
const none: JobRecord<string> = { created: {}, pending: {} }

describe('teardown', () => {
  it('deletes what the record names, in the order of the parts', async () => {
    const w = world([object('s-1', 'A (source)'), object('f-1', 'A'), object('t-1', 'A (target)')])
    const record = { ...none, created: { flow: 'f-1', target: 't-1', source: 's-1' } }
    await teardown(
      [part(w, 'flow', 'A'), part(w, 'target', 'A (target)'), part(w, 'source', 'A (source)')],
      record,
      deps(w)
    )
    expect(w.deleted).toEqual(['f-1', 't-1', 's-1'])
    expect(w.log).toEqual([
      'info: delete-on-completion: deleted flow f-1',
      'info: delete-on-completion: deleted target t-1',
      'info: delete-on-completion: deleted source s-1'
    ])
  })

  it('leaves an object that no longer carries this job name, and says an absent one was already gone', async () => {
    const w = world([object('c-1', 'Production')])
    await teardown([part(w, 'connection', 'A')], { ...none, created: { connection: 'c-1' } }, deps(w))
    await teardown([part(w, 'connection', 'A')], { ...none, created: { connection: 'c-9' } }, deps(w))
    expect(w.deleted).toEqual([])
    expect(w.log).toEqual([
      'warning: delete-on-completion: connection c-1 is not "A": not deleting it',
      'info: delete-on-completion: connection c-9 was already gone'
    ])
  })

  it('asks the part whether a found object is ours beyond its name', async () => {
    const w = world([object('c-1', 'A')])
    const removed: string[] = []
    const other = {
      ...part(w, 'connection', 'A'),
      alsoOurs: () => false,
      remove: (id: string) => Promise.resolve(removed.push(id) > 0)
    }
    await teardown([other], { ...none, created: { connection: 'c-1' } }, deps(w))
    expect(removed).toEqual([])
    expect(w.log).toEqual(['warning: delete-on-completion: connection c-1 is not "A": not deleting it'])
  })

  it('a part whose look-up fails is a warning, and the next part is still torn down', async () => {
    const w = world([object('s-1', 'A (source)')])
    const failing = { ...part(w, 'flow', 'A'), find: () => Promise.reject(new Error('Could not look up dataflows')) }
    const pending = { name: 'A', sentAt: w.now, waitMs: 0, before: [] }
    await teardown(
      [failing, part(w, 'source', 'A (source)')],
      { created: { source: 's-1' }, pending: { flow: pending } },
      deps(w)
    )
    expect(w.deleted).toEqual(['s-1'])
    expect(w.log).toEqual([
      'warning: delete-on-completion: could not look for the flow "A" the main step was creating: Could not look up dataflows',
      'info: delete-on-completion: deleted source s-1'
    ])
  })

  it('after a kill mid-POST: the one object that was not there before, looked for until the POST could land', async () => {
    const w = world([object('c-0', 'A')])
    const pending = { name: 'A', sentAt: w.now, waitMs: 3_000, before: ['c-0'] }
    const late = part(w, 'connection', 'A')
    let reads = 0
    const find = late.find
    const landing = {
      ...late,
      find: async () => {
        if (++reads === 2) w.objects.push(object('c-1', 'A'))
        return find()
      }
    }
    await teardown([landing], { ...none, pending: { connection: pending } }, deps(w))
    expect(w.deleted).toEqual(['c-1'])
    expect(reads).toBe(5)
    expect(w.now).toBe(14_000)
  })

  it('after a kill mid-POST: two new objects of the name are both left alone, with a warning', async () => {
    const w = world([object('c-1', 'A', 20_000), object('c-2', 'A', 20_001)])
    const pending = { name: 'A', sentAt: w.now, waitMs: 3_000, before: null }
    await teardown([part(w, 'connection', 'A')], { ...none, pending: { connection: pending } }, deps(w))
    expect(w.deleted).toEqual([])
    expect(w.log).toEqual([
      'warning: delete-on-completion: the main step ended while creating "A"; 2 connections of that name appeared since (c-1, c-2), so none is deleted.'
    ])
  })

  it('after a lost answer: the object the main step went on with is deleted at once, whatever appeared since', async () => {
    const w = world([object('c-0', 'A'), object('c-1', 'A'), object('c-2', 'A')])
    const start = w.now
    const pending = { name: 'A', sentAt: w.now, waitMs: 3_000, before: ['c-0'], found: 'c-1' }
    await teardown([part(w, 'connection', 'A')], { ...none, pending: { connection: pending } }, deps(w))
    expect(w.deleted).toEqual(['c-1'])
    expect(w.now).toBe(start)
  })

  it('after a kill mid-POST: a record of another name is not used', async () => {
    const w = world([object('c-1', 'A', 20_000)])
    const pending = { name: 'B', sentAt: w.now, waitMs: 0, before: null }
    await teardown([part(w, 'connection', 'A')], { ...none, pending: { connection: pending } }, deps(w))
    expect(w.deleted).toEqual([])
    expect(w.log).toEqual(['debug: delete-on-completion: no usable record of the connection create in flight'])
  })

  it('a delete refused while a dataflow goes away (1447) is tried again; another refusal is a warning', async () => {
    const inUse = (): AdobeApiError =>
      new AdobeApiError({ operation: 'delete source s-1', status: 400, code: '1447-400', adobeMessage: 'in use' })
    const w = world([object('s-1', 'A (source)'), object('t-1', 'A (target)')])
    const forbidden = new AdobeApiError({ operation: 'delete target t-1', status: 403, code: '403025' })
    await teardown(
      [part(w, 'target', 'A (target)', [forbidden]), part(w, 'source', 'A (source)', [inUse(), inUse()])],
      { ...none, created: { target: 't-1', source: 's-1' } },
      deps(w)
    )
    expect(w.deleted).toEqual(['s-1'])
    expect(w.log).toEqual([
      'warning: delete-on-completion: could not delete target t-1: Could not delete target t-1: HTTP 403, code 403025',
      'info: delete-on-completion: deleted source s-1'
    ])
    expect(w.now).toBe(12_000)
  })
})
