// Adobe's advice as a next step: the shared sentences, and an action's own ones first.
import { describe, expect, it } from '@jest/globals'

import { ACCESS_HINTS, ANSWER_UNREADABLE, wordingWith } from '../../src/access/hints.js'
import { ACCESS_INPUT } from '../../src/access/names.js'
import { ADVICE } from '../../src/adobe/errors.js'
import { more } from '../support/troubleshooting.js'

describe('wordingWith', () => {
  it("takes an action's own sentence first, then the shared one, else none; each with its entry's link", () => {
    const words = wordingWith({ 'unknown-sandbox': 'own sentence', 'unknown-mapping-version': 'only here' })
    expect(words('unknown-sandbox')).toBe(`own sentence${more('2101-sandbox-not-found')}`)
    expect(words('unknown-mapping-version')).toBe(`only here${more('1412-1419-mapping-set-or-version-not-found')}`)
    expect(words('no-region')).toBe(`${ACCESS_HINTS['no-region'] ?? ''}${more('403027-user-region-is-missing')}`)
    expect(words('unknown-connection-spec')).toBeUndefined()
  })
})

describe('ACCESS_HINTS', () => {
  it('names only the Adobe-access inputs', () => {
    const accessInputs: readonly string[] = Object.values(ACCESS_INPUT)
    const texts = Object.values(ACCESS_HINTS)
    const quoted = texts.flatMap(text => [...text.matchAll(/"([a-z]+(?:-[a-z]+)*)"/g)].map(match => match[1] ?? ''))
    expect(quoted.length).toBeGreaterThan(10)
    expect(quoted.filter(input => !accessInputs.includes(input))).toEqual([])
  })

  it('words every advice but those that name an action of its own', () => {
    expect(ADVICE.filter(advice => ACCESS_HINTS[advice] === undefined)).toEqual([
      'unknown-connection-spec',
      'unknown-auth-spec',
      'base-connection-in-use',
      'unknown-mapping-version',
      'mapping-schema-mismatch'
    ])
    expect(ACCESS_HINTS['answer-unreadable']).toBe(`${ANSWER_UNREADABLE}.`)
  })
})
