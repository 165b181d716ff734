// Requests that go out at once end together: a failure counts once every sibling has ended.
import { describe, expect, it } from '@jest/globals'

import { together } from '../../src/runner/together.js'

/** A promise and its resolve/reject, to end it when the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('together', () => {
  it('answers every value, in argument order', async () => {
    expect(await together(Promise.resolve(1), Promise.resolve('two'), Promise.resolve(undefined))).toEqual([
      1,
      'two',
      undefined
    ])
  })

  it('waits for the siblings of a failure before failing', async () => {
    const slow = deferred<string>()
    let settled = false
    const all = together(Promise.reject(new Error('first')), slow.promise).finally(() => (settled = true))
    await new Promise(resolve => setImmediate(resolve))
    expect(settled).toBe(false)
    slow.resolve('done')
    await expect(all).rejects.toThrow('first')
  })

  it('fails with the first failure in argument order, not in time', async () => {
    const early = deferred<number>()
    const late = deferred<number>()
    const all = together(late.promise, early.promise)
    early.reject(new Error('early'))
    await new Promise(resolve => setImmediate(resolve))
    late.reject(new Error('late'))
    await expect(all).rejects.toThrow('late')
  })
})
