// The rules every action applies to its inputs: how an input is read (a default only when it is
// absent), which characters a printed input may hold, booleans, positive numbers, and how a value
// is echoed in a message. Each action's inputs.ts builds its config from these.
import * as core from '@actions/core'

import { ActionError } from './errors.js'
import { findControlCharacter } from './log.js'

/** Every problem with the inputs, reported at once. */
export class InputError extends ActionError {
  override name = 'InputError'
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map(p => `- ${p}`).join('\n')}`
    )
  }
}

/** An ISO 8601 date and time with a time zone: 2025-01-31T06:00:00Z, 2025-01-31T07:00+01:00, …. Groups: year, month, day, hour, minute, second, sign, zone hours, zone minutes. */
export const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/i
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const BOOLEAN_TRUE = ['true', 'True', 'TRUE']
const BOOLEAN_FALSE = ['false', 'False', 'FALSE']

/** An input's value: its default when the runner did not set it at all (a run outside the runner). */
export type InputReader = (name: string) => string

/**
 * Reads inputs with these fallback defaults. A default applies when the input is absent; an explicit
 * empty value (an unset `vars.X`, say) is refused rather than silently replaced, so that nothing
 * lands in prod by accident.
 */
export function inputReader(defaults: Readonly<Record<string, string>>): InputReader {
  return name =>
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined
      ? (defaults[name] ?? '')
      : core.getInput(name)
}

/**
 * Every input that may be printed is refused with a control character (a line break would let it
 * write a workflow command into the log), before any other rule, and is then never echoed. Secrets
 * are sent exactly as given and never printed, so they are not refused for that. False (with the
 * problem noted) when the value holds one.
 */
export function printable(name: string, value: string, problems: string[]): boolean {
  const found = findControlCharacter(value)
  if (found === undefined) return true
  problems.push(
    `"${name}" must not contain control characters such as line breaks (found ${found.codePoint} at position ${found.position})`
  )
  return false
}

/**
 * What an input left empty is told, for every input that must have a value (a required one, or one
 * with a default given explicitly empty): on the runner an unset `vars.X` or `secrets.X` (one not
 * defined for the job's GitHub environment, say) arrives as "", so that is asked first; `expected`
 * then says what the input takes. Nothing of the value is shown (it is empty).
 */
export function emptyInput(name: string, expected: string): string {
  return `"${name}" is empty: is the variable or secret that sets it defined for this GitHub environment? Expected ${expected}`
}

/** Events on which a pull request from a fork runs without the repository's secrets. */
const SECRETLESS_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

/** Why a secret may be missing: said where it is the likely reason. */
export function forkNote(): string {
  return SECRETLESS_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '')
    ? ' On a pull request from a fork, GitHub passes no secrets to the workflow.'
    : ''
}

/** True in a spelling core.getBooleanInput takes as true (whether the rest is valid is readBoolean's to say). */
export function isTrue(value: string): boolean {
  return BOOLEAN_TRUE.includes(value)
}

/** "true" or "false", in the spellings of core.getBooleanInput. */
export function readBoolean(name: string, value: string, problems: string[]): boolean {
  if (BOOLEAN_TRUE.includes(value)) return true
  if (value === '') problems.push(emptyInput(name, 'true or false'))
  else if (printable(name, value, problems) && !BOOLEAN_FALSE.includes(value))
    problems.push(`"${name}" must be true or false, got "${shown(value)}"`)
  return false
}

/** One of `choices` (the first, with the problem noted, when it is not). */
export function readChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
  problems: string[]
): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  const expected = `one of ${choices.join(', ')}`
  if (value === '') problems.push(emptyInput(name, expected))
  else if (printable(name, value, problems)) problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`)
  return choices[0] as T
}

/**
 * A number above 0, in decimal digits: a whole number (from 1 to `max`, or with no `max` any safe
 * integer), or else seconds, decimals allowed. 1 (with the problem noted) when it is not.
 */
export function readPositive(
  name: string,
  value: string,
  rule: { integer: true; max?: number } | { integer: false; max: number },
  problems: string[]
): number {
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  const max = rule.max ?? Number.MAX_SAFE_INTEGER
  const expected = rule.integer
    ? rule.max === undefined
      ? 'a whole number, 1 or more'
      : `a whole number from 1 to ${rule.max}`
    : `a number of seconds above 0, at most ${rule.max}`
  if (!(number > 0 && number <= max) || (rule.integer && !Number.isInteger(number))) {
    if (value === '') problems.push(emptyInput(name, expected))
    else if (printable(name, value, problems)) problems.push(`"${name}" must be ${expected}, got "${shown(value)}"`)
    return 1
  }
  return number
}

export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** An input as echoed in a message: shortened. */
export function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value
}

/**
 * A URL (with `bare`, also a host name) as a message may echo it: its scheme and host, never its
 * user-info, path, query or fragment (those are named, not shown). Nothing at all of a value that
 * is not a URL, or that holds an "@": a password in user-info may hold "/", "?", "#" or "@", and
 * then even what parses as the host may be a piece of it.
 */
export function shownUrl(value: string, { bare = false } = {}): string {
  if (value.includes('@'))
    return 'a value with an "@" (user-info such as user:password@ is not allowed; the value is not shown)'
  const withScheme = value.includes('://')
  const url = /\s/.test(value) ? undefined : parseUrl(bare && !withScheme ? `https://${value}` : value)
  if (url === undefined || url.host === '') return `a value that is not ${bare ? 'a host name or ' : ''}a URL`
  // What follows the host, as given (the parsed path is normalized: "/." reads as "/").
  const afterHost = /^(?:[^:/?#]+:\/\/)?[^/?#]*([^?#]*)/.exec(value)?.[1] ?? ''
  const extras = [
    bare && afterHost !== '' && afterHost !== '/' ? 'a path' : undefined,
    value.includes('?') ? 'a query' : undefined,
    value.includes('#') ? 'a fragment' : undefined
  ].filter(extra => extra !== undefined)
  const shownHost = `"${withScheme ? `${url.protocol}//` : ''}${url.host}"`
  return extras.length === 0 ? shownHost : `${shownHost} with ${listed(extras)}`
}

/** "a path, a query and a fragment". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
