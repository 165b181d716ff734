// Every secret of the run, registered with the runner (`::add-mask::`) and kept here, so that a text
// of our own making (a message from Adobe, clipped to a length) can be redacted before anything
// cuts it: the runner masks only a whole registered value, never its prefix.
import * as core from '@actions/core'

/** Shorter pieces than this are not masked on their own: they would hide ids and outputs too. */
const MIN_PIECE_LENGTH = 4

/**
 * A base64 part (the secret inside a longer base64 text) shorter than this is not masked: so short a
 * run of letters and digits could match part of an id, and GitHub drops an output holding a mask.
 */
const MIN_FRAGMENT_LENGTH = 8

export const REDACTED = '***'

/** One secret (or one line of a multi-line one): its registered forms, longest first, and a pattern for mixed forms. */
interface Secret {
  readonly value: string
  readonly forms: readonly string[]
  readonly pattern: RegExp
}

/** Every secret, the longest value first (as redactSecrets takes them). */
let secrets: Secret[] = []

/**
 * Registers a secret with the runner, before it can appear anywhere. Also the forms in which a
 * service may echo it: JSON-escaped (inside an echoed JSON request), form-encoded (inside an echoed
 * `application/x-www-form-urlencoded` body, `+` for a space) and percent-encoded (inside an echoed
 * URL), each with upper- and lower-case hex; HTML-escaped (an HTML error page), with named and with
 * numeric entities; base64 and base64url (an echoed header or token), with and without padding, and
 * the parts of it that stay the same inside a longer base64 text (`user:password`); and, for a
 * multi-line value, each line of 4 characters or more, in the same forms: the runner masks a value
 * only whole.
 */
export function maskSecret(value: string, label: string): void {
  if (value === '') return
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length >= MIN_PIECE_LENGTH && line !== value)
  const told = new Set<string>()
  for (const piece of [value, ...lines]) {
    const forms = [...new Set([...escapes(piece), ...base64Forms(piece)])]
    for (const form of forms) {
      if (told.has(form)) continue
      told.add(form)
      core.setSecret(form)
    }
    keep(piece, forms)
  }
  if (value.length < MIN_PIECE_LENGTH) {
    core.warning(
      `${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`
    )
  }
}

/**
 * The value as it is and escaped: never shorter than the value, so they hide no more than it does.
 * (A lone surrogate has no percent-encoded form.)
 */
function escapes(value: string): string[] {
  const percent = percentEncoded(value)
  const form = new URLSearchParams({ v: value }).toString().slice('v='.length)
  const forms = [value, JSON.stringify(value).slice(1, -1), form, percent]
  forms.push(lowerHex(form), percent === undefined ? undefined : lowerHex(percent))
  forms.push(htmlEscaped(value, HTML_NAMED), htmlEscaped(value, HTML_NUMERIC))
  return forms.filter(form => form !== undefined)
}

/** encodeURIComponent, which throws on a lone surrogate (that value has no such form). */
function percentEncoded(value: string): string | undefined {
  try {
    return encodeURIComponent(value)
  } catch {
    return undefined
  }
}

const lowerHex = (encoded: string): string => encoded.replace(/%[0-9A-F]{2}/g, escape => escape.toLowerCase())

/** The characters HTML escapes, by entity: named (as most libraries write them, `'` has no HTML 4 name) and numeric. */
const HTML_NAMED: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
const HTML_NUMERIC: Readonly<Record<string, string>> = {
  '&': '&#38;',
  '<': '&#60;',
  '>': '&#62;',
  '"': '&#34;',
  "'": '&#39;'
}

const htmlEscaped = (value: string, entities: Readonly<Record<string, string>>): string =>
  value.replace(/[&<>"']/g, character => entities[character] ?? character)

/**
 * Base64 and base64url of the value (UTF-8), with and without padding, for a value of
 * MIN_PIECE_LENGTH characters or more; and, from MIN_FRAGMENT_LENGTH, the characters that the value alone decides when it
 * starts 0, 1 or 2 bytes into a group of 3 of a longer base64 text (such as `user:password`).
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8')
  const standard = bytes.toString('base64')
  const url = standard.replace(/\+/g, '-').replace(/\//g, '_')
  const whole = [standard, standard.replace(/=+$/, ''), url, url.replace(/=+$/, '')]
  const fragments: string[] = []
  for (let skip = 0; skip < 3 && skip < bytes.length; skip++) {
    const rest = bytes.subarray(skip)
    // Each character holds 6 bits: the last one of a partial group also holds bits of the next byte.
    const decided = Math.floor((rest.length * 8) / 6)
    for (const encoding of ['base64', 'base64url'] as const) fragments.push(rest.toString(encoding).slice(0, decided))
  }
  // A value shorter than a piece gets no encoded form: it would only hide more of other text.
  return value.length < MIN_PIECE_LENGTH
    ? []
    : [...whole, ...fragments.filter(form => form.length >= MIN_FRAGMENT_LENGTH)]
}

/** Keeps the secret for redactSecrets (once: a step may run more than once in a process, as in tests). */
function keep(value: string, forms: readonly string[]): void {
  if (secrets.some(secret => secret.value === value)) return
  const secret = { value, forms: [...forms].sort((a, b) => b.length - a.length), pattern: mixedForms(value) }
  secrets = [...secrets, secret].sort((a, b) => b.value.length - a.value.length)
}

/**
 * Matches the value with each of its characters as it is or escaped in any way a service may mix:
 * percent-encoded in either case, `+` for a space, JSON's `\"` and `\u0022`, HTML's `&quot;`,
 * `&#34;` and `&#x22;`. No encoder escapes letters and digits: they are matched as they are.
 */
function mixedForms(value: string): RegExp {
  const parts = [...value].map(character => {
    if (/^[A-Za-z0-9]$/.test(character)) return character
    const ways = new Set([regExpEscaped(character)])
    if (character === ' ') ways.add('\\+')
    const lone = character.length === 1 && /[\ud800-\udfff]/.test(character)
    if (!lone) ways.add([...Buffer.from(character, 'utf8')].map(byte => `%${hex(byte, 2)}`).join(''))
    const json = JSON.stringify(character).slice(1, -1)
    if (json !== character) ways.add(regExpEscaped(json))
    if (character === '/') ways.add('\\\\/')
    const units = Array.from({ length: character.length }, (_, index) => character.charCodeAt(index))
    ways.add(units.map(unit => `\\\\u${hex(unit, 4)}`).join(''))
    const named = HTML_NAMED[character]
    if (named !== undefined) ways.add(named)
    if (character === "'") ways.add('&apos;')
    const codePoint = character.codePointAt(0) ?? 0
    ways.add(`&#0*${codePoint};`).add(`&#[xX]0*${hex(codePoint, 1)};`)
    return `(?:${[...ways].join('|')})`
  })
  return new RegExp(parts.join(''), 'g')
}

/** Hexadecimal digits of `n` (at least `width`), each letter matching either case. */
function hex(n: number, width: number): string {
  return n
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, digit => `[${digit}${digit.toUpperCase()}]`)
}

const regExpEscaped = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/**
 * The text with every registered form of every secret, and any mix of its escapes, replaced by
 * `***`: the longest secret first, each one's longest form first.
 */
export function redactSecrets(text: string): string {
  let redacted = text
  for (const { forms, pattern } of secrets) {
    for (const form of forms) if (redacted.includes(form)) redacted = redacted.split(form).join(REDACTED)
    redacted = redacted.replace(pattern, REDACTED)
  }
  return redacted
}
