// The run's log: whatever text reaches it, no line the runner reads can be a workflow command, and
// no registered secret is written.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { escapeControlCharacters, findControlCharacter, log, safeLine } from '../../src/runner/log.js'
import { maskSecret } from '../../src/runner/secrets.js'
import { captureStdout } from '../support/stdout.js'

const stdout = captureStdout()

/** The lines the runner reads from the output: it splits at LF, CR and CRLF. */
const runnerLines = (output: string): string[] => output.split(/\r\n|\r|\n/).filter(line => line !== '')

/** What the runner takes for a command (actions/runner ActionCommand.TryParseV2 and the legacy TryParse). */
const isCommand = (line: string): boolean => line.trimStart().startsWith('::') || line.includes('##[')

describe('log.info', () => {
  it('writes a hostile text as exactly one line that is no command', () => {
    log.info('Base connection "x\n::save-state name=created-base-connection-id::x\r::add-mask::true\r\n::error::fake"')
    expect(stdout).toEqual([
      'Base connection "x\\n::save-state name=created-base-connection-id::x\\r::add-mask::true\\r\\n::error::fake"\n'
    ])
  })

  it.each<[string, string]>([
    ['::add-mask::true', '\\u003a:add-mask::true'],
    ['  \t::error::fake', '  \\t::error::fake'],
    ['\u3000::warning::fake', '\u3000\\u003a:warning::fake'],
    ['\u00a0::debug::x', '\u00a0\\u003a:debug::x'],
    ['see ##[set-output name=id;]x and ##[error]y', 'see ##\\u005bset-output name=id;]x and ##\\u005berror]y'],
    ['a: b', 'a: b'],
    [': leading colon', ': leading colon'],
    ['HTTP 400 (400::x)', 'HTTP 400 (400::x)'],
    ['\u0085\u2028\u2029\u007f\u001b[0m', '\\u0085\\u2028\\u2029\\u007f\\u001b[0m'],
    ['', '']
  ])('makes %j safe: %j', (text, written) => {
    log.info(text)
    expect(stdout).toEqual([`${written}\n`])
    expect(runnerLines(stdout.join('')).filter(isCommand)).toEqual([])
  })

  it('writes no line the runner takes for a command, whatever the text (property)', () => {
    const pieces = fc.constantFrom('::', '##[', '\n', '\r', '\u0085', '\u2028', ' ', '\t', 'add-mask', 'x', '%0A', ':')
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), parts => {
        const text = parts.join('')
        const line = safeLine(text)
        expect(runnerLines(line).length).toBeLessThanOrEqual(1)
        expect(isCommand(line)).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })

  it('never writes a registered secret, in any of its forms', () => {
    const secret = 'log-Secret value&1'
    maskSecret(secret, 'a test secret')
    stdout.length = 0
    log.info(`echoed ${secret}, ${encodeURIComponent(secret)} and ${new URLSearchParams({ s: secret }).toString()}`)
    expect(stdout).toEqual(['echoed ***, *** and s=***\n'])
  })
})

describe('log.warning and log.debug', () => {
  it('keep line breaks for core to escape, and show other control characters as escapes', () => {
    log.warning('first\nsecond\u0085third')
    log.debug('a\r\nb\u001bc')
    expect(stdout).toEqual(['::warning::first%0Asecond\\u0085third\n', '::debug::a\\r%0Ab\\u001bc\n'])
  })

  it('redact registered secrets', () => {
    maskSecret('warn-Secret-42', 'a test secret')
    stdout.length = 0
    log.warning('could not: warn-Secret-42')
    expect(stdout).toEqual(['::warning::could not: ***\n'])
  })
})

describe('control characters', () => {
  it('finds the first, by code point and 1-based position in characters', () => {
    expect(findControlCharacter('plain text: with ::colons and ##[')).toBeUndefined()
    expect(findControlCharacter('ab\ncd\re')).toEqual({ codePoint: 'U+000A', position: 3 })
    expect(findControlCharacter('😀😀\u0085')).toEqual({ codePoint: 'U+0085', position: 3 })
    // The search is not left half-way by an earlier call (a /g regular expression keeps state).
    expect(findControlCharacter('\u2029')).toEqual({ codePoint: 'U+2029', position: 1 })
    expect(findControlCharacter('x\u0000')).toEqual({ codePoint: 'U+0000', position: 2 })
  })

  it('escapes each of C0, DEL, C1, U+2028 and U+2029, and nothing else', () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x2028,
      0x2029
    ].map(code => String.fromCodePoint(code))
    for (const character of controls) {
      expect(escapeControlCharacters(character)).toMatch(/^\\(n|r|t|u[0-9a-f]{4})$/)
      expect(findControlCharacter(`x${character}`)?.position).toBe(2)
    }
    const others = ' ~\u00a0\u00ff\u200b\u202e\u3000€😀'
    expect(escapeControlCharacters(others)).toBe(others)
  })
})
