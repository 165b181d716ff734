// Every secret of the run, registered with the runner (`::add-mask::`) and kept here, so that a text
// of our own making (a message from Adobe, clipped to a length) can be redacted before anything
// cuts it: the runner masks only a whole registered value, never its prefix.
import * as core from '@actions/core'

/** Shorter pieces than this are not masked on their own: they would hide ids and outputs too. */
const MIN_PIECE_LENGTH = 4

export const REDACTED = '***'

/** Every registered form of every secret, longest first (as redactSecrets replaces them). */
let registered: string[] = []

/**
 * Registers a secret with the runner, before it can appear anywhere. Also the forms in which a
 * service may echo it: JSON-escaped (inside an echoed JSON request), form-encoded (inside an echoed
 * `application/x-www-form-urlencoded` body, `+` for a space) and percent-encoded (inside an echoed
 * URL); and, for a multi-line value, each line of 4 characters or more, in the same forms: the
 * runner masks a value only whole.
 */
export function maskSecret(value: string, label: string): void {
  if (value === '') return
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length >= MIN_PIECE_LENGTH && line !== value)
  for (const form of new Set([value, ...lines].flatMap(encodings))) register(form)
  if (value.length < MIN_PIECE_LENGTH) {
    core.warning(
      `${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`
    )
  }
}

/** The value as it is, JSON-escaped, form-encoded and percent-encoded. */
function encodings(value: string): string[] {
  const forms = [
    value,
    JSON.stringify(value).slice(1, -1),
    new URLSearchParams({ v: value }).toString().slice('v='.length),
    percentEncoded(value)
  ]
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

/** Tells the runner (every time: a step may run more than once in a process, as in tests) and keeps it. */
function register(form: string): void {
  core.setSecret(form)
  if (!registered.includes(form)) registered = [...registered, form].sort((a, b) => b.length - a.length)
}

/** The text with every registered form of every secret replaced by `***`, the longest first. */
export function redactSecrets(text: string): string {
  let redacted = text
  for (const form of registered) if (redacted.includes(form)) redacted = redacted.split(form).join(REDACTED)
  return redacted
}
