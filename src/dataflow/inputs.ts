// The dataflow action's inputs (dataflow/action.yml): read, validated and frozen into one typed
// config before any request is sent. The Adobe-access inputs are read by access/inputs.ts, as in
// every action; secrets are masked before anything else is looked at.
import { AdobeAccess, finishReading, readIdentityFirst } from '../access/inputs.js'
import { ACCESS_DEFAULTS } from '../access/names.js'
import {
  emptyInput,
  ISO_8601,
  isTrue,
  printable,
  readBoolean,
  readChoice,
  readPositive,
  shown,
  UUID
} from '../runner/inputs.js'
import { MappingPair, readMappingFile } from './mapping.js'
import { DATAFLOW_INPUT, SOURCE_CONNECTION_SUFFIX, TARGET_CONNECTION_SUFFIX } from './names.js'

export type { MappingPair } from './mapping.js'

const FREQUENCIES = ['once', 'minute', 'hour', 'day', 'week'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export interface DataflowConfig extends AdobeAccess {
  /** Lower-cased UUID. */
  readonly baseConnectionId: string
  readonly name: string
  readonly table: string
  /** [] = all. */
  readonly columns: readonly string[]
  readonly datasetId: string
  /** As given in the input. */
  readonly mappingPath: string
  readonly mapping: readonly MappingPair[]
  readonly frequency: Frequency
  /** A whole number, 1 or more (the flow spec's own minimum, e.g. 15 for minute, is checked against the flow spec). */
  readonly interval: number
  /** Epoch seconds; undefined when the input is absent or empty (= now). */
  readonly startTime: number | undefined
  /** '' = none. */
  readonly deltaColumn: string
  readonly flowSpecName: string
  readonly ifExists: 'update' | 'reuse' | 'fail'
  readonly wait: 'none' | 'enabled' | 'first-run'
  readonly waitTimeoutMs: number
  readonly dryRun: boolean
  readonly deleteOnCompletion: boolean
}

const IF_EXISTS_MODES: readonly DataflowConfig['ifExists'][] = ['update', 'reuse', 'fail']
const WAIT_MODES: readonly DataflowConfig['wait'][] = ['none', 'enabled', 'first-run']

/** The defaults of dataflow/action.yml (a test keeps them equal), for runs outside the runner. */
export const DATAFLOW_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  ...ACCESS_DEFAULTS,
  [DATAFLOW_INPUT.columns]: '',
  [DATAFLOW_INPUT.frequency]: 'hour',
  [DATAFLOW_INPUT.interval]: '1',
  [DATAFLOW_INPUT.deltaColumn]: '',
  [DATAFLOW_INPUT.flowSpecName]: 'CRMToAEP',
  [DATAFLOW_INPUT.ifExists]: 'update',
  [DATAFLOW_INPUT.wait]: 'enabled',
  [DATAFLOW_INPUT.waitTimeoutSeconds]: '900',
  [DATAFLOW_INPUT.dryRun]: 'false',
  [DATAFLOW_INPUT.deleteOnCompletion]: 'false'
}

/** Flow Service's limit on a connection's name, which is the dataflow's name and a suffix. */
const CONNECTION_NAME_MAX = 256
const NAME_MAX = CONNECTION_NAME_MAX - Math.max(SOURCE_CONNECTION_SUFFIX.length, TARGET_CONNECTION_SUFFIX.length)
const UUID_EXAMPLE = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'
/** Catalog's dataset ids are 24 hexadecimal digits, the shape the Catalog client checks before a URL. */
const DATASET_ID = /^[0-9a-f]{24}$/i
const DATASET_ID_EXAMPLE = '5f1e2d3c4b5a69788f9e0d1c'
const WAIT_TIMEOUT_MAX_SECONDS = 21600
const START_TIME_RULE =
  'an ISO 8601 date and time with a time zone (e.g. 2025-01-31T06:00:00Z) or epoch seconds (e.g. 1738303200)'

export async function readDataflowConfig(): Promise<DataflowConfig> {
  // Secrets first: nothing is validated, logged or sent before the runner knows to mask them.
  const reading = readIdentityFirst(DATAFLOW_INPUT_DEFAULTS)
  const { input, problems } = reading

  const baseConnectionId = input(DATAFLOW_INPUT.baseConnectionId)
  // A dry run for a new environment has no base connection yet (its dry run gave no id).
  const dryRunAsked = isTrue(input(DATAFLOW_INPUT.dryRun))
  if (printable(DATAFLOW_INPUT.baseConnectionId, baseConnectionId, problems)) {
    if (baseConnectionId === '' && !dryRunAsked)
      problems.push(
        emptyInput(
          DATAFLOW_INPUT.baseConnectionId,
          `the base connection's id (a UUID), such as the base connection action's output base-connection-id (only a dry run may leave it empty)`
        )
      )
    else if (baseConnectionId !== '' && !UUID.test(baseConnectionId))
      problems.push(`"base-connection-id" must be a UUID (e.g. ${UUID_EXAMPLE}), got "${shown(baseConnectionId)}"`)
  }

  const name = input(DATAFLOW_INPUT.name)
  if (printable(DATAFLOW_INPUT.name, name, problems)) {
    if (name === '')
      problems.push(
        emptyInput(DATAFLOW_INPUT.name, `the dataflow's name, by which a re-run finds the dataflow and its connections`)
      )
    else if (name.length > NAME_MAX)
      problems.push(
        `"name" must be at most ${NAME_MAX} characters (the connections are named "{name}${SOURCE_CONNECTION_SUFFIX}" and "{name}${TARGET_CONNECTION_SUFFIX}", at most ${CONNECTION_NAME_MAX}), got ${name.length}`
      )
  }

  const table = input(DATAFLOW_INPUT.table)
  if (printable(DATAFLOW_INPUT.table, table, problems) && table === '')
    problems.push(emptyInput(DATAFLOW_INPUT.table, 'the source table (params.tableName), as explore lists it'))

  const columns = readColumns(input(DATAFLOW_INPUT.columns), problems)

  const datasetId = input(DATAFLOW_INPUT.datasetId)
  if (printable(DATAFLOW_INPUT.datasetId, datasetId, problems)) {
    if (datasetId === '')
      problems.push(
        emptyInput(DATAFLOW_INPUT.datasetId, `the target dataset's Catalog id (e.g. ${DATASET_ID_EXAMPLE})`)
      )
    else if (!DATASET_ID.test(datasetId))
      problems.push(
        `"dataset-id" must be a Catalog dataset id: 24 hexadecimal digits such as ${DATASET_ID_EXAMPLE}, got "${shown(datasetId)}"`
      )
  }

  const mappingPath = input(DATAFLOW_INPUT.mapping)
  // The workspace as the runner checks the repository out into it (the current directory elsewhere).
  const mapping = await readMappingFile(mappingPath, process.env.GITHUB_WORKSPACE || process.cwd(), problems)
  if (columns.length > 0)
    for (const [index, pair] of mapping.entries())
      if (!columns.includes(pair.source))
        problems.push(
          `"mapping": item ${index + 1} of ${mappingPath} reads column "${shown(pair.source)}", which "columns" does not list`
        )

  const frequency = readChoice(DATAFLOW_INPUT.frequency, input(DATAFLOW_INPUT.frequency), FREQUENCIES, problems)
  const interval = readPositive(DATAFLOW_INPUT.interval, input(DATAFLOW_INPUT.interval), { integer: true }, problems)
  const startTime = readStartTime(input(DATAFLOW_INPUT.startTime), problems)

  const deltaColumn = input(DATAFLOW_INPUT.deltaColumn)
  if (
    printable(DATAFLOW_INPUT.deltaColumn, deltaColumn, problems) &&
    deltaColumn !== '' &&
    columns.length > 0 &&
    !columns.includes(deltaColumn)
  )
    problems.push(`"delta-column" must be one of the columns that "columns" lists, got "${shown(deltaColumn)}"`)
  // Flow Service refuses a delta column with a schedule that runs once (sources-errors.md, 1369-400).
  if (deltaColumn !== '' && frequency === 'once')
    problems.push('"delta-column" is not allowed with "frequency" once: a dataflow that runs once reads everything')

  const flowSpecName = input(DATAFLOW_INPUT.flowSpecName)
  if (flowSpecName === '')
    problems.push(
      emptyInput(
        DATAFLOW_INPUT.flowSpecName,
        `the name of a Flow Service flow spec (e.g. ${DATAFLOW_INPUT_DEFAULTS[DATAFLOW_INPUT.flowSpecName]})`
      )
    )
  else printable(DATAFLOW_INPUT.flowSpecName, flowSpecName, problems)

  const ifExists = readChoice(DATAFLOW_INPUT.ifExists, input(DATAFLOW_INPUT.ifExists), IF_EXISTS_MODES, problems)
  const wait = readChoice(DATAFLOW_INPUT.wait, input(DATAFLOW_INPUT.wait), WAIT_MODES, problems)
  const waitTimeoutSeconds = readPositive(
    DATAFLOW_INPUT.waitTimeoutSeconds,
    input(DATAFLOW_INPUT.waitTimeoutSeconds),
    { integer: true, max: WAIT_TIMEOUT_MAX_SECONDS },
    problems
  )
  const dryRun = readBoolean(DATAFLOW_INPUT.dryRun, input(DATAFLOW_INPUT.dryRun), problems)
  const deleteOnCompletion = readBoolean(
    DATAFLOW_INPUT.deleteOnCompletion,
    input(DATAFLOW_INPUT.deleteOnCompletion),
    problems
  )
  return finishReading(reading, {
    baseConnectionId: baseConnectionId.toLowerCase(),
    name,
    table,
    columns: Object.freeze(columns),
    datasetId,
    mappingPath,
    mapping: Object.freeze(mapping.map(pair => Object.freeze({ ...pair }))),
    frequency,
    interval,
    startTime,
    deltaColumn,
    flowSpecName,
    ifExists,
    wait,
    waitTimeoutMs: waitTimeoutSeconds * 1000,
    dryRun,
    deleteOnCompletion
  })
}

/** What the post step needs: Adobe access, the name its objects carry, and whether to delete. */
export type TeardownConfig = AdobeAccess & Pick<DataflowConfig, 'name' | 'deleteOnCompletion'>

/**
 * The post step reads only these inputs: a mapping file removed or a column renamed by a later step
 * of the job must not keep what this run created from being deleted.
 */
export function readTeardownConfig(): TeardownConfig {
  const reading = readIdentityFirst(DATAFLOW_INPUT_DEFAULTS)
  const { input, problems } = reading
  const name = input(DATAFLOW_INPUT.name)
  printable(DATAFLOW_INPUT.name, name, problems)
  const deleteOnCompletion = readBoolean(
    DATAFLOW_INPUT.deleteOnCompletion,
    input(DATAFLOW_INPUT.deleteOnCompletion),
    problems
  )
  return finishReading(reading, { name, deleteOnCompletion })
}

/** Comma-separated; line breaks between columns (a YAML block, one per line) are separators too. */
function readColumns(value: string, problems: string[]): string[] {
  const columns = value
    .split(/,|\r?\n|\r/)
    .map(column => column.trim())
    .filter(column => column !== '')
  if (!printable(DATAFLOW_INPUT.columns, columns.join(','), problems)) return []
  const twice = columns.filter((column, index) => columns.indexOf(column) !== index)
  for (const column of new Set(twice)) problems.push(`"columns" lists "${shown(column)}" more than once`)
  return columns
}

/** Epoch seconds; undefined when empty (= now). */
function readStartTime(value: string, problems: string[]): number | undefined {
  if (value === '' || !printable(DATAFLOW_INPUT.startTime, value, problems)) return undefined
  const seconds = /^\d{1,10}$/.test(value) ? Number(value) : isoSeconds(value)
  if (seconds === undefined) {
    const milliseconds = /^\d{11,}$/.test(value) ? ' (epoch seconds, not milliseconds)' : ''
    problems.push(`"start-time" must be ${START_TIME_RULE}, got "${shown(value)}"${milliseconds}`)
  }
  return seconds
}

/** An ISO 8601 date and time with a time zone as epoch seconds (a fraction dropped); undefined when it is not one. */
function isoSeconds(value: string): number | undefined {
  const match = ISO_8601.exec(value)
  if (match === null) return undefined
  const part = (index: number): number => Number(match[index] ?? '0')
  const [year, month, day, hour, minute, second] = [part(1), part(2), part(3), part(4), part(5), part(6)] as const
  const [zoneHours, zoneMinutes] = [part(8), part(9)] as const
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(utc)
  // What Date.UTC would roll over (2025-02-30, 24:00, :60) is refused.
  const valid =
    year >= 1970 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    zoneHours <= 23 &&
    zoneMinutes <= 59
  if (!valid) return undefined
  const offsetMinutes = (match[7] === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes)
  return utc / 1000 - offsetMinutes * 60
}
