// The secrets registry: every form in which a service may echo a secret is masked by the runner and
// redacted from our own texts, longest first.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { maskSecret, redactSecrets } from '../../src/runner/secrets.js'
import { captureStdout } from '../support/stdout.js'

const stdout = captureStdout()

/** The registered values, unescaped as the runner does (`%` is written %25, a line break %0A). */
const masks = (): string[] =>
  stdout
    .filter(line => line.startsWith('::add-mask::'))
    .map(line => line.slice('::add-mask::'.length, -1).replace(/%0A/g, '\n').replace(/%25/g, '%'))

const base64 = (text: string): string => Buffer.from(text).toString('base64')
const lowerHex = (text: string): string => text.replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase())

describe('maskSecret', () => {
  it('registers the value, JSON-escaped, form- and percent-encoded (both cases), HTML-escaped and base64, each once', () => {
    maskSecret('a b&c+d="e"/f', 'a test secret')
    expect(masks()).toEqual([
      'a b&c+d="e"/f',
      'a b&c+d=\\"e\\"/f',
      'a+b%26c%2Bd%3D%22e%22%2Ff',
      'a%20b%26c%2Bd%3D%22e%22%2Ff',
      'a+b%26c%2bd%3d%22e%22%2ff',
      'a%20b%26c%2bd%3d%22e%22%2ff',
      'a b&amp;c+d=&quot;e&quot;/f',
      'a b&#38;c+d=&#34;e&#34;/f',
      'YSBiJmMrZD0iZSIvZg==',
      'YSBiJmMrZD0iZSIvZg',
      // The parts the value alone decides inside a longer base64 text, starting 0, 1 or 2 bytes into a group.
      'YSBiJmMrZD0iZSIvZ',
      'IGImYytkPSJlIi9m',
      'YiZjK2Q9ImUiL2'
    ])
  })

  it('registers base64url apart from base64 when they differ', () => {
    const secret = 'p8e~~>?S3cr3t'
    expect(base64(secret)).toBe('cDhlfn4+P1MzY3IzdA==')
    maskSecret(secret, 'a test secret')
    expect(masks()).toEqual(
      expect.arrayContaining([
        'cDhlfn4+P1MzY3IzdA==',
        'cDhlfn4+P1MzY3IzdA',
        'cDhlfn4-P1MzY3IzdA==',
        'cDhlfn4-P1MzY3IzdA'
      ])
    )
  })

  it('registers each line of a multi-line secret of 4 characters or more, in every form', () => {
    maskSecret('first line\nok\nthird', 'a test secret')
    expect(masks()).toEqual([
      'first line\nok\nthird',
      'first line\\nok\\nthird',
      'first+line%0Aok%0Athird',
      'first%20line%0Aok%0Athird',
      'first+line%0aok%0athird',
      'first%20line%0aok%0athird',
      'Zmlyc3QgbGluZQpvawp0aGlyZA==',
      'Zmlyc3QgbGluZQpvawp0aGlyZA',
      'Zmlyc3QgbGluZQpvawp0aGlyZ',
      'aXJzdCBsaW5lCm9rCnRoaXJk',
      'cnN0IGxpbmUKb2sKdGhpcm',
      'first line',
      'first+line',
      'first%20line',
      'Zmlyc3QgbGluZQ==',
      'Zmlyc3QgbGluZQ',
      'Zmlyc3QgbGluZ',
      'aXJzdCBsaW5l',
      'cnN0IGxpbm',
      'third',
      'dGhpcmQ=',
      'dGhpcmQ'
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

  it('registers no base64 form of a value shorter than 4 characters, and no base64 part shorter than 8', () => {
    maskSecret('ab', 'a test secret')
    expect(masks()).toEqual(['ab'])
    maskSecret('abcdef', 'a test secret')
    // The parts of 'bcdef' and 'cdef' (6 and 5 characters) would match ids as often as not.
    expect(masks().slice(1)).toEqual(['abcdef', 'YWJjZGVm'])
  })

  it('masks nothing for an empty value', () => {
    maskSecret('', 'a test secret')
    expect(stdout).toEqual([])
  })

  it('has no percent-encoded form for a lone surrogate, and registers the others', () => {
    maskSecret('lone\ud800half', 'a test secret')
    expect(masks().slice(0, 2)).toEqual(['lone\ud800half', 'lone\\ud800half'])
    expect(masks().filter(mask => mask.includes('%'))).toEqual(['lone%EF%BF%BDhalf', 'lone%ef%bf%bdhalf'])
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

  it('redacts the percent-encoded forms in lower-case and in mixed-case hex', () => {
    const secret = 'p8e-S3cr3t/with+chars=='
    maskSecret(secret, 'a test secret')
    const lower = lowerHex(encodeURIComponent(secret))
    expect(lower).toBe('p8e-S3cr3t%2fwith%2bchars%3d%3d')
    expect(masks()).toContain(lower)
    const text = `bad ${lower}, ${encodeURIComponent(secret)}, p8e-S3cr3t%2Fwith%2bchars%3D%3d, ${lowerHex(new URLSearchParams({ s: secret }).toString())}`
    expect(redactSecrets(text)).toBe('bad ***, ***, ***, s=***')
  })

  it('redacts base64 and base64url, with and without padding, and inside a longer base64 text at any offset', () => {
    const secret = 'p8e~~>?S3cr3t-0'
    maskSecret(secret, 'a test secret')
    const bytes = Buffer.from(secret)
    const whole = [bytes.toString('base64'), bytes.toString('base64url')].flatMap(form => [
      form,
      form.replace(/=+$/, '')
    ])
    for (const form of whole) expect(redactSecrets(`got ${form}.`)).toBe('got ***.')
    for (const prefix of ['', 'u', 'us', 'usr', 'user:']) {
      for (const suffix of ['', '\n', ':2']) {
        for (const encoding of ['base64', 'base64url'] as const) {
          const encoded = Buffer.from(`${prefix}${secret}${suffix}`).toString(encoding)
          // Only the groups of 4 that also hold bits of the prefix or of the suffix stay (as the runner's own masks).
          const before = 4 * Math.ceil(prefix.length / 3)
          const after = Math.ceil((suffix.length * 8) / 6) + 4
          expect(redactSecrets(encoded)).toMatch(
            new RegExp(`^[A-Za-z0-9+/_-]{0,${before}}\\*\\*\\*[A-Za-z0-9+/_=-]{0,${after}}$`)
          )
        }
      }
    }
  })

  it('redacts the HTML-escaped forms, named, numeric and mixed as libraries write them', () => {
    const secret = `<p8e & "S3cr3t's">`
    maskSecret(secret, 'a test secret')
    const named = '&lt;p8e &amp; &quot;S3cr3t&#39;s&quot;&gt;'
    const numeric = '&#60;p8e &#38; &#34;S3cr3t&#39;s&#34;&#62;'
    expect(masks()).toEqual(expect.arrayContaining([named, numeric]))
    const python = '&lt;p8e &amp; &quot;S3cr3t&#x27;s&quot;&gt;'
    const go = '&lt;p8e &amp; &#34;S3cr3t&#39;s&#34;&gt;'
    const xml = '&lt;p8e &amp; &quot;S3cr3t&apos;s&quot;&gt;'
    expect(redactSecrets(`<p>${named}</p><p>${numeric}</p><p>${python}</p><p>${go}</p><p>${xml}</p>`)).toBe(
      '<p>***</p><p>***</p><p>***</p><p>***</p><p>***</p>'
    )
  })

  it('redacts JSON escapes that other encoders write: \\/ and \\u', () => {
    const secret = 'json/Secret<é>'
    maskSecret(secret, 'a test secret')
    expect(redactSecrets('{"m":"json\\/Secret\\u003c\\u00E9\\u003e"}')).toBe('{"m":"***"}')
  })

  it('leaves a text without secrets as it is', () => {
    expect(redactSecrets('nothing secret here: ids, names, 42')).toBe('nothing secret here: ids, names, 42')
  })
})

// Last: each run registers a secret of its own, which stays registered.
describe('any mix of escapes', () => {
  const CHARACTERS = ['Z', 'k', '7', ' ', '&', '<', '>', '"', "'", '/', '+', '=', '%', '\\', '\n', 'é', '😀', '?', '#']
  const escapesOf = (character: string): string[] => {
    if (/^[A-Za-z0-9]$/.test(character)) return [character]
    const percent = encodeURIComponent(character)
    const units = Array.from({ length: character.length }, (_, index) => character.charCodeAt(index))
    const json = units.map(unit => `\\u${unit.toString(16).padStart(4, '0')}`).join('')
    const codePoint = character.codePointAt(0) ?? 0
    const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
    return [
      character,
      percent,
      lowerHex(percent),
      JSON.stringify(character).slice(1, -1),
      json,
      json.toUpperCase().replace(/\\U/g, '\\u'),
      `&#${codePoint};`,
      `&#x${codePoint.toString(16)};`,
      ...(character === ' ' ? ['+'] : []),
      ...(named[character] === undefined ? [] : [named[character]])
    ]
  }

  it('of each character of a secret is redacted', () => {
    const secret = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 4, maxLength: 16 })
    const echoed = secret.chain(characters =>
      fc.tuple(fc.constant(characters.join('')), fc.tuple(...characters.map(c => fc.constantFrom(...escapesOf(c)))))
    )
    fc.assert(
      fc.property(echoed, ([value, pieces]) => {
        maskSecret(`[${value}]`, 'a test secret')
        const encoded = `[${pieces.join('')}]`
        const redacted = redactSecrets(`(${encoded})`)
        expect(redacted).not.toContain(encoded)
        expect(redacted).toContain('***')
      }),
      { numRuns: 300 }
    )
  })
})
