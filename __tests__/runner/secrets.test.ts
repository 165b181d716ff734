// The secrets registry: every form in which a service may echo a secret is masked by the runner and
// redacted from our own texts, longest first.
import { describe, expect, it } from '@jest/globals'

import { maskSecret, redactSecrets } from '../../src/runner/secrets.js'
import { captureStdout } from '../support/stdout.js'

const stdout = captureStdout()

const masks = (): string[] =>
  stdout.filter(line => line.startsWith('::add-mask::')).map(line => line.slice('::add-mask::'.length, -1))

describe('maskSecret', () => {
  it('registers the value, JSON-escaped, form-encoded and percent-encoded, each once', () => {
    maskSecret('a b&c+d="e"/f', 'a test secret')
    // As @actions/core writes them: "%" escaped as %25.
    expect(masks()).toEqual([
      'a b&c+d="e"/f',
      'a b&c+d=\\"e\\"/f',
      'a+b%2526c%252Bd%253D%2522e%2522%252Ff',
      'a%2520b%2526c%252Bd%253D%2522e%2522%252Ff'
    ])
  })

  it('registers each line of a multi-line secret of 4 characters or more, in every form', () => {
    maskSecret('first line\nok\nthird', 'a test secret')
    expect(masks()).toEqual([
      'first line%0Aok%0Athird',
      'first line\\nok\\nthird',
      'first+line%250Aok%250Athird',
      'first%2520line%250Aok%250Athird',
      'first line',
      'first+line',
      'first%2520line',
      'third'
    ])
  })

  it('warns about a secret shorter than 4 characters, and still masks it whole', () => {
    maskSecret('a b', '"password"')
    expect(stdout).toEqual([
      '::add-mask::a b\n',
      '::add-mask::a+b\n',
      '::add-mask::a%2520b\n',
      '::warning::"password" is shorter than 4 characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.\n'
    ])
  })

  it('masks nothing for an empty value', () => {
    maskSecret('', 'a test secret')
    expect(stdout).toEqual([])
  })

  it('has no percent-encoded form for a lone surrogate, and registers the others', () => {
    maskSecret('lone\ud800half', 'a test secret')
    expect(masks()).toEqual(['lone\ud800half', 'lone\\ud800half', 'lone%25EF%25BF%25BDhalf'])
  })
})

describe('redactSecrets', () => {
  it('replaces every registered form with ***, the longest first', () => {
    maskSecret('outer-Secret-inner-Secret', 'a test secret')
    maskSecret('inner-Secret', 'a test secret')
    expect(redactSecrets('a outer-Secret-inner-Secret b inner-Secret c')).toBe('a *** b *** c')
  })

  it('redacts the forms IMS and URLs echo', () => {
    const secret = 'cl1ent secret&+=?'
    maskSecret(secret, 'a test secret')
    const form = new URLSearchParams({ client_secret: secret }).toString()
    expect(redactSecrets(`body ${form}; url ?s=${encodeURIComponent(secret)}; json "${JSON.stringify(secret)}"`)).toBe(
      'body client_secret=***; url ?s=***; json ""***""'
    )
  })

  it('leaves a text without secrets as it is', () => {
    expect(redactSecrets('nothing secret here: ids, names, 42')).toBe('nothing secret here: ids, names, 42')
  })
})
