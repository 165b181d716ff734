import * as core from '@actions/core'

/** Registers a secret with the runner, line by line too: the runner masks a multi-line value only whole. */
export function maskSecret(value: string): void {
  if (value === '') return
  core.setSecret(value)
  const lines = value.split(/\r?\n/).filter(line => line.trim() !== '')
  if (lines.length > 1) lines.forEach(line => core.setSecret(line))
}
