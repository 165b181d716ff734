// What a run does with the objects it found by name, as if-exists says.
import { describe, expect, it } from '@jest/globals'

import { decide, IfExists } from '../../src/converge/decide.js'

const A = { id: 'a' }
const B = { id: 'b' }

describe('decide', () => {
  it.each<[IfExists, { id: string }[] | undefined, ReturnType<typeof decide<{ id: string }>>]>([
    ['reuse', undefined, { kind: 'create' }],
    ['reuse', [], { kind: 'create' }],
    ['reuse', [A], { kind: 'reuse', match: A }],
    ['update', [A], { kind: 'update', match: A }],
    ['fail', [A], { kind: 'fail', why: 'exists', matches: [A] }],
    ['reuse', [A, B], { kind: 'fail', why: 'duplicates', matches: [A, B] }],
    ['update', [A, B], { kind: 'fail', why: 'duplicates', matches: [A, B] }],
    ['fail', [A, B], { kind: 'fail', why: 'duplicates', matches: [A, B] }],
    ['create', [A, B], { kind: 'create' }]
  ])('if-exists %s with %j found: %j', (ifExists, matches, decision) => {
    expect(decide(ifExists, matches)).toEqual(decision)
  })
})
