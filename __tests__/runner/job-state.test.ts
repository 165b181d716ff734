// The job record: what a main step leaves for its post step, written and read by one module.
import { describe, expect, it } from '@jest/globals'

import { isEmpty, JOB_STATE, readRecord, recordCreates, StateStore } from '../../src/runner/job-state.js'

/** A store as the runner keeps it: the latest value of each key. */
function memoryStore(): StateStore & { saved: Record<string, string> } {
  const saved: Record<string, string> = {}
  return { saved, save: (key, value) => void (saved[key] = value), load: key => saved[key] ?? '' }
}

const KINDS = ['flow', 'target', 'source'] as const
const PENDING = { name: 'Incidents', sentAt: 1_000, waitMs: 30_000, before: ['f-0'] }

describe('recordCreates and readRecord', () => {
  it('record each create before it is sent, then what it made; the post step reads the same', () => {
    const store = memoryStore()
    const record = recordCreates<(typeof KINDS)[number]>(store)
    record.creating('flow', PENDING)
    expect(store.saved).toEqual({ [JOB_STATE.pending]: JSON.stringify({ flow: PENDING }) })
    expect(readRecord(store, KINDS)).toEqual({ created: {}, pending: { flow: PENDING } })

    record.settled('flow')
    record.created('flow', 'f-1')
    record.created('source', 's-1')
    expect(store.saved).toEqual({
      [JOB_STATE.pending]: '',
      [JOB_STATE.created]: JSON.stringify({ flow: 'f-1', source: 's-1' })
    })
    expect(readRecord(store, KINDS)).toEqual({ created: { flow: 'f-1', source: 's-1' }, pending: {} })
  })

  it('an object deleted again leaves the record, and an empty record is saved empty', () => {
    const store = memoryStore()
    const record = recordCreates<'connection'>(store)
    record.created('connection', 'c-1')
    record.deleted('connection')
    expect(store.saved[JOB_STATE.created]).toBe('')
    expect(isEmpty(readRecord(store, ['connection']))).toBe(true)
  })

  it.each([
    ['not JSON', 'created: everything'],
    ['null', 'null'],
    ['a list', '["f-1"]'],
    ['ids that are not strings', '{"flow":1,"target":null,"source":["x"]}'],
    ['an empty id', '{"flow":""}'],
    ['a kind of another action', '{"connection":"c-1"}']
  ])('reads %s as no record', (_what, text) => {
    const store = memoryStore()
    store.save(JOB_STATE.created, text)
    store.save(JOB_STATE.pending, text)
    expect(readRecord(store, KINDS)).toEqual({ created: {}, pending: {} })
  })

  it.each([
    ['without a send time', { name: 'Incidents', waitMs: 1 }],
    ['with ids before that are not strings', { ...PENDING, before: [1] }],
    ['without ids before', { name: 'Incidents', sentAt: 1, waitMs: 1 }]
  ])('drops a pending create %s', (_what, pending) => {
    const store = memoryStore()
    store.save(JOB_STATE.pending, JSON.stringify({ flow: pending }))
    expect(readRecord(store, KINDS).pending).toEqual({})
  })

  it('keeps a pending create that looked nothing up (before: null)', () => {
    const store = memoryStore()
    const pending = { ...PENDING, before: null }
    store.save(JOB_STATE.pending, JSON.stringify({ source: pending }))
    expect(readRecord(store, KINDS).pending).toEqual({ source: pending })
  })
})
