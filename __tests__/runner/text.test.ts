// Lists in messages: at most 10 items, then a count.
import { describe, expect, it } from '@jest/globals'

import { listed, MAX_LISTED } from '../../src/runner/text.js'

const items = (count: number): string[] => Array.from({ length: count }, (_, i) => `i${i + 1}`)

describe('listed', () => {
  it('joins up to 10 items with commas, or with "and" before the last', () => {
    expect(MAX_LISTED).toBe(10)
    expect([listed([]), listed(['a']), listed(['a', 'b', 'c'])]).toEqual(['', 'a', 'a, b, c'])
    expect([listed(['a'], { and: true }), listed(['a', 'b', 'c'], { and: true })]).toEqual(['a', 'a, b and c'])
    expect(listed(items(10))).toBe('i1, i2, i3, i4, i5, i6, i7, i8, i9, i10')
  })

  it('lists the first 10 and counts the rest, however many', () => {
    const first10 = 'i1, i2, i3, i4, i5, i6, i7, i8, i9, i10'
    expect(listed(items(11))).toBe(`${first10} and 1 more`)
    expect(listed(items(11), { and: true })).toBe(`${first10} and 1 more`)
    const huge = listed(items(10_000))
    expect(huge).toBe(`${first10} and 9990 more`)
  })

  it('shows only the items it lists', () => {
    const shown: string[] = []
    const show = (item: string): string => {
      shown.push(item)
      return `"${item}"`
    }
    expect(listed(items(12), { show })).toBe(
      `${items(10)
        .map(i => `"${i}"`)
        .join(', ')} and 2 more`
    )
    expect(shown).toEqual(items(10))
  })
})
