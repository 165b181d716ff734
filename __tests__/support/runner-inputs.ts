// Inputs as the runner hands them to an action, for in-process tests of the input rules.
import { InputError } from '../../src/runner/inputs.js'

/** Sets INPUT_* exactly as the runner does: the given values, else the action.yml defaults. */
export function setRunnerInputs(
  manifestInputs: Readonly<Record<string, { readonly default?: string }>>,
  inputs: Readonly<Record<string, string>>
): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, spec] of Object.entries(manifestInputs)) {
    const value = inputs[name] ?? spec.default
    if (value !== undefined) process.env[`INPUT_${name.toUpperCase()}`] = value
  }
}

/** The problems a reader reports (none when it accepts the inputs). */
/** The same, for a reader that reads a file too (the dataflow action's). */
export async function problemsOfAsync(read: () => Promise<unknown>): Promise<string[]> {
  try {
    await read()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}

export function problemsOf(read: () => unknown): string[] {
  try {
    read()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}
