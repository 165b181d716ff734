import * as core from '@actions/core'

/** Shorter pieces than this are not masked on their own: they would hide ids and outputs too. */
const MIN_PIECE_LENGTH = 4

/**
 * Registers a secret with the runner, before it can appear anywhere. Also its JSON-escaped form
 * (as it would stand inside an echoed request) and, for a multi-line value, each line: the runner
 * masks a value only whole.
 */
export function maskSecret(value: string, label: string): void {
  if (value === '') return
  core.setSecret(value)
  const escaped = JSON.stringify(value).slice(1, -1)
  if (escaped !== value) core.setSecret(escaped)
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length >= MIN_PIECE_LENGTH && line !== value)
  lines.forEach(line => core.setSecret(line))
  if (value.length < MIN_PIECE_LENGTH) {
    core.warning(
      `${label} is shorter than ${MIN_PIECE_LENGTH} characters: masking it also hides those characters wherever they appear in the log, and GitHub drops job outputs that contain them.`
    )
  }
}
