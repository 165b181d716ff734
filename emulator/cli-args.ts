// Command-line flags of `npm run emulator` and `npm run demo`: `--name value` or `--name=value`,
// and the sandbox lists both take (`--sandboxes`, `--environments`).

/** What the action accepts as `sandbox-name` (src/access/inputs.ts): the same rule, so a name served here is one it sends. */
const SANDBOX_NAME = /^[a-z][a-z0-9-]{0,255}$/

/** A mistake on the command line: the scripts print its message and exit 2. */
export class UsageError extends Error {}

/** The flags given, by name (without `--`); an unknown flag, a repeated one or one without a value is refused. */
export function parseFlags(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg)
    const name = match?.[1]
    if (name === undefined || !known.includes(name)) {
      throw new UsageError(`unknown argument ${JSON.stringify(arg)}; known: ${known.map(k => `--${k}`).join(', ')}`)
    }
    if (flags.has(name)) throw new UsageError(`--${name} is given twice`)
    const value = match?.[2] ?? argv[++i]
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`)
    flags.set(name, value)
  }
  return flags
}

/** `dev,stage,prod` → `['dev', 'stage', 'prod']`, each a valid sandbox name, none twice; errors name the flag. */
export function parseSandboxList(raw: string, flag: string): string[] {
  const names = raw.split(',').map(name => name.trim())
  for (const name of names) {
    if (name === '') {
      throw new UsageError(
        `${flag} ${JSON.stringify(raw)}: an empty name; give names separated by commas, e.g. ${flag} dev,stage,prod`
      )
    }
    if (!SANDBOX_NAME.test(name)) {
      throw new UsageError(
        `${flag}: ${JSON.stringify(name)} is not a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (as the action's sandbox-name)`
      )
    }
  }
  const twice = names.find((name, index) => names.indexOf(name) !== index)
  if (twice !== undefined) throw new UsageError(`${flag}: ${JSON.stringify(twice)} is given twice`)
  return names
}

/** Runs a script's argument handling: a UsageError is printed with the usage line and ends the process with code 2. */
export function orUsage<T>(usage: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`error: ${error.message}\nusage: ${usage}`)
    process.exit(2)
  }
}
