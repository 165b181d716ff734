// The "mapping" input: a JSON or YAML file in the workspace that lists which source column fills
// which XDM field. Read and checked whole before any request is sent; every problem names the
// input, the file and the item.
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, Stats, statSync } from 'node:fs'
import path from 'node:path'

import { emptyInput, printable, shown } from '../runner/inputs.js'
import { escapeControlCharacters, findControlCharacter } from '../runner/log.js'
import { DATAFLOW_INPUT } from './names.js'

/** One source column → one XDM field. */
export interface MappingPair {
  readonly source: string
  readonly destination: string
}

/** Larger files are refused unread. */
export const MAPPING_FILE_MAX_BYTES = 1024 * 1024

/** An XDM path: dot-separated identifiers, such as `_acme.incidentId` or `person.name.fullName`. */
export const XDM_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** Beyond this many problems with a file's items, the rest are counted, not listed. */
const MAX_ITEM_PROBLEMS = 10

const NAME = DATAFLOW_INPUT.mapping
const EXPECTED = 'a list of {source, destination} pairs'
const SOURCE_RULE = 'a column of the table'
const DESTINATION_RULE = 'an XDM path such as person.name.fullName'
const KEYS = ['source', 'destination']

/**
 * The pairs of the "mapping" file `value` (as the input gives it), resolved against `workspace`,
 * which it must not leave (not even through a symbolic link). [] when there is a problem, with each
 * problem pushed into `problems`.
 */
export async function readMappingFile(
  value: string,
  workspace: string,
  problems: string[]
): Promise<readonly MappingPair[]> {
  if (!printable(NAME, value, problems)) return []
  if (value === '') {
    problems.push(emptyInput(NAME, `the path (in the workspace) of a JSON or YAML file, ${EXPECTED}`))
    return []
  }
  const text = readText(value, workspace, problems)
  if (text === undefined) return []
  const parsed = await parse(value, text, problems)
  return parsed === undefined ? [] : pairs(value, parsed.data, problems)
}

function readText(file: string, workspace: string, problems: string[]): string | undefined {
  const root = path.resolve(workspace)
  const resolved = path.resolve(root, file)
  if (!isInside(root, resolved)) {
    problems.push(`"${NAME}" must be a path inside the workspace, got ${file}`)
    return undefined
  }
  let fd: number | undefined
  try {
    // The workspace itself may be reached through a link (/tmp on macOS); the file may not leave it.
    const real = realpathSync(resolved)
    if (!isInside(realpathSync(root), real)) {
      problems.push(`"${NAME}" must be a path inside the workspace: ${file} is a symbolic link to a file outside it`)
      return undefined
    }
    // Opening a named pipe waits for a writer, and a blocked read holds off signals and time limits:
    // only a regular file is opened, without blocking (in case it is swapped meanwhile), and checked again.
    if (!isRegularFile(file, statSync(real), problems)) return undefined
    fd = openSync(real, constants.O_RDONLY | NON_BLOCKING)
    const stat = fstatSync(fd)
    if (!isRegularFile(file, stat, problems)) return undefined
    if (stat.size > MAPPING_FILE_MAX_BYTES) {
      problems.push(`"${NAME}": ${file} is larger than 1 MB (${stat.size} bytes)`)
      return undefined
    }
    const bytes = readFileSync(fd)
    if (bytes.length > MAPPING_FILE_MAX_BYTES) {
      problems.push(`"${NAME}": ${file} is larger than 1 MB (${bytes.length} bytes)`)
      return undefined
    }
    try {
      // A byte order mark is dropped.
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      problems.push(`"${NAME}": ${file} is not UTF-8 text`)
      return undefined
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    problems.push(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `"${NAME}": ${file} does not exist in the workspace (is the repository checked out?)`
        : `"${NAME}": ${file} cannot be read (${code ?? 'error'})`
    )
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Not defined on Windows, where opening a file does not wait for a writer. */
const NON_BLOCKING: number = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0

/** A regular file; anything else noted in `problems` by what it is. */
function isRegularFile(file: string, stat: Stats, problems: string[]): boolean {
  if (stat.isFile()) return true
  const what = stat.isDirectory()
    ? 'a directory'
    : stat.isFIFO()
      ? 'a named pipe (FIFO)'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : 'not a regular file'
  problems.push(`"${NAME}" must be a file: ${file} is ${what}`)
  return false
}

/** Is `file` (absolute) `root` or below it? */
function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/**
 * The file's data, as YAML 1.2 (which JSON is); undefined (with the problem noted) when it does not
 * parse. The parser is loaded only here: a step that fails on another input does not load it.
 */
async function parse(file: string, text: string, problems: string[]): Promise<{ readonly data: unknown } | undefined> {
  const { LineCounter, parseDocument } = await import('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const error = document.errors[0]
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0])
    problems.push(
      `"${NAME}": ${file} is not valid YAML or JSON (line ${line}, column ${col}: ${escapeControlCharacters(error.message)})`
    )
    return undefined
  }
  try {
    return { data: document.toJS() as unknown }
  } catch (error) {
    // Such as too many aliases.
    problems.push(
      `"${NAME}": ${file} cannot be read as YAML or JSON (${escapeControlCharacters(error instanceof Error ? error.message : String(error))})`
    )
    return undefined
  }
}

function pairs(file: string, data: unknown, problems: string[]): readonly MappingPair[] {
  if (data === null || data === undefined) {
    problems.push(`"${NAME}": ${file} is empty; it must hold ${EXPECTED}`)
    return []
  }
  if (!Array.isArray(data)) {
    problems.push(`"${NAME}": ${file} must hold ${EXPECTED}, found ${kind(data)}`)
    return []
  }
  if (data.length === 0) {
    problems.push(`"${NAME}": ${file} lists no pairs; it must hold ${EXPECTED}, at least one`)
    return []
  }
  const found: string[] = []
  const result: MappingPair[] = []
  const firstWith = new Map<string, number>()
  for (const [index, item] of (data as unknown[]).entries()) {
    const number = index + 1
    const about = (text: string): void => {
      found.push(`"${NAME}": item ${number} of ${file} ${text}`)
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      about(`must be a {source, destination} pair, found ${kind(item)}`)
      continue
    }
    const record = item as Record<string, unknown>
    for (const key of Object.keys(record))
      if (!KEYS.includes(key)) about(`has an unknown key ${quoted(key)} (only "source" and "destination")`)
    const source = checkString(record.source, 'source', SOURCE_RULE, about)
    if (source !== undefined) {
      const control = findControlCharacter(source)
      if (control !== undefined)
        about(`has a "source" with a control character (found ${control.codePoint} at position ${control.position})`)
    }
    const destination = checkString(record.destination, 'destination', DESTINATION_RULE, about)
    if (destination !== undefined) {
      if (!XDM_PATH.test(destination))
        about(
          `has a "destination" that is not ${DESTINATION_RULE} or _acme.incidentId (dot-separated identifiers), got ${quoted(destination)}`
        )
      const first = firstWith.get(destination)
      if (first !== undefined) about(`has the "destination" of item ${first} again: ${quoted(destination)}`)
      else firstWith.set(destination, number)
    }
    if (source !== undefined && destination !== undefined) result.push({ source, destination })
  }
  if (found.length > MAX_ITEM_PROBLEMS) {
    problems.push(
      ...found.slice(0, MAX_ITEM_PROBLEMS),
      `"${NAME}": ${file} has ${found.length - MAX_ITEM_PROBLEMS} more problems (the first ${MAX_ITEM_PROBLEMS} are listed)`
    )
  } else problems.push(...found)
  return found.length > 0 ? [] : result
}

/** A string key of an item: undefined (with the problem noted) when it is absent, empty or not a string. */
function checkString(value: unknown, key: string, rule: string, about: (text: string) => void): string | undefined {
  if (value === undefined || value === null || value === '') about(`has no "${key}" (${rule})`)
  else if (typeof value !== 'string') about(`has a "${key}" that is not a string (${rule}): found ${kind(value)}`)
  else return value
  return undefined
}

/** What a YAML value is, for a message. */
function kind(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `a string (${quoted(value)})`
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `a ${typeof value} (${String(value)})`
  return 'an object'
}

/** A text of the file as a message may echo it: shortened, control characters as escapes. */
function quoted(value: string): string {
  return `"${escapeControlCharacters(shown(value))}"`
}
