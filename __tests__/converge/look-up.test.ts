// Two objects of one name may be runs settling at this moment: read again before they count.
import { describe, expect, it } from '@jest/globals'

import { DUPLICATE_RECHECKS, readSettled } from '../../src/converge/look-up.js'

describe('readSettled', () => {
  it('reads again, a second apart, while the answer has duplicates, then gives the last answer', async () => {
    const answers = [['a', 'b'], ['a', 'b'], ['a']]
    const sleeps: number[] = []
    const found = await readSettled(
      () => Promise.resolve(answers.shift() ?? []),
      ids => ids.length > 1,
      ms => Promise.resolve(void sleeps.push(ms))
    )
    expect(found).toEqual(['a'])
    expect(sleeps).toEqual([1000, 1000])
  })

  it(`stops after ${DUPLICATE_RECHECKS} more reads: duplicates that stay are real`, async () => {
    let reads = 0
    const found = await readSettled(
      () => Promise.resolve((reads++, ['a', 'b'])),
      ids => ids.length > 1,
      () => Promise.resolve()
    )
    expect(found).toEqual(['a', 'b'])
    expect(reads).toBe(1 + DUPLICATE_RECHECKS)
  })

  it('reads once when the answer has no duplicates', async () => {
    let reads = 0
    await readSettled(
      () => Promise.resolve((reads++, ['a'])),
      ids => ids.length > 1,
      () => Promise.resolve()
    )
    expect(reads).toBe(1)
  })
})
