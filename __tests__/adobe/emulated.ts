// What the tests of Adobe's clients share: the clients connected to the emulator (emulator/server.ts,
// over real HTTP) as an action builds them, the requests of a dataflow's chain, and how a failure
// or a request reads.
import { afterEach } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  DATA_LAKE_SPEC_ID,
  DEMO_CLIENT,
  DEMO_DATASET,
  type Emulator,
  type EmulatorOptions,
  ORACLE_SERVICE_CLOUD_SPEC,
  ORACLE_TABLES,
  type RecordedRequest,
  SITE_BASIC_AUTH_SPEC,
  startEmulator,
  type StoredConnection
} from '../../emulator/server.js'
import { Written } from '../../src/adobe/collection.js'
import { Adobe, AdobeSettings, Clients, connect } from '../../src/adobe/connect.js'
import { MappingSetRequest } from '../../src/adobe/data-prep.js'
import { Wording } from '../../src/adobe/errors.js'
import { FlowRequest, SourceColumn, SourceRequest, TargetRequest } from '../../src/adobe/flow-service.js'

export const NOT_DOCUMENTED = 'HTTP 200 with an answer that is not the JSON Adobe documents'

/** How a run reaches the emulator: its demo client, sandbox prod, one attempt unless said otherwise. */
export function settingsFor(target: Emulator, overrides: Partial<AdobeSettings> = {}): AdobeSettings {
  return {
    credentials: {
      kind: 'client',
      clientId: DEMO_CLIENT.clientId,
      clientSecret: DEMO_CLIENT.clientSecret,
      scopes: 'openid,AdobeID,read_organizations'
    },
    apiKey: DEMO_CLIENT.clientId,
    orgId: DEMO_CLIENT.orgId,
    sandboxName: 'prod',
    platformUrl: target.url,
    imsUrl: target.url,
    timeoutMs: 5000,
    // One attempt: a refused answer fails at once (the transport's retries are tested elsewhere).
    maxAttempts: 1,
    ...overrides
  }
}

/**
 * connect(), as an action's main step calls it with its wording (and no wait between attempts);
 * the clients are closed after each test. Call at the top of a test file.
 */
export function connecting(wording: Wording): (target: Emulator, overrides?: Partial<AdobeSettings>) => Clients {
  const opened: Clients[] = []
  afterEach(() => {
    for (const clients of opened.splice(0)) clients.close()
  })
  return (target, overrides = {}) => {
    const clients = connect(settingsFor(target, overrides), { sleep: async () => {}, wording })
    opened.push(clients)
    return clients
  }
}

/** Runs a test against an emulator of its own, with other options. */
export async function withEmulator<T>(options: EmulatorOptions, test: (other: Emulator) => Promise<T>): Promise<T> {
  const other = await startEmulator(options)
  try {
    return await test(other)
  } finally {
    await other.close()
  }
}

/** The error a promise rejects with (failing the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    value => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: Error) => error
  )
}

/** The message a promise rejects with, its request id (a random UUID) replaced by <id>. */
export async function messageOf(promise: Promise<unknown>): Promise<string> {
  return (await rejection(promise)).message.replace(/request id [0-9a-f-]{36}/, 'request id <id>')
}

/** The message of a 2xx answer a reader refuses, as one attempt reports it. */
export const refused = (operation: string, problem: string): string =>
  `Could not ${operation}: ${NOT_DOCUMENTED} (${problem}) (request id <id>) (gave up after 1 attempt)`

/** Requests to Adobe's services (not IMS), as method and raw URL. */
export const sent = (target: Emulator): string[] =>
  target.requests.filter(r => !r.path.startsWith('/ims/')).map(r => `${r.method} ${r.rawUrl}`)
export const lastRequest = (target: Emulator): RecordedRequest | undefined => target.requests.at(-1)

export const nothingToRecover = (): Promise<Written | undefined> => Promise.resolve(undefined)

/**
 * Columns of a table of the emulated source (ORACLE_TABLES), as explore describes them and a source
 * connection sends them: `{name, type, xdm}` (without explore's `meta:xdmType`).
 */
export function columnsOf(tablePath: string, names: readonly string[]): SourceColumn[] {
  const table = ORACLE_TABLES.find(t => t.path === tablePath)
  return names.map(name => {
    const column = table?.columns.find(c => c.name === name)
    if (!column) throw new Error(`the emulated table ${tablePath} has no column ${name}`)
    return { name: column.name, type: column.type, xdm: { ...column.xdm } }
  })
}

export const sourceRequestOn = (
  baseConnectionId: string,
  name = 'Incidents (source)',
  tableName = 'incidents',
  connectionSpecId = ORACLE_SERVICE_CLOUD_SPEC.id
): SourceRequest => ({
  name,
  baseConnectionId,
  data: { format: 'tabular' },
  params: { tableName, columns: columnsOf('incidents', ['id', 'subject']) },
  connectionSpec: { id: connectionSpecId, version: '1.0' }
})

export const targetRequest = (name = 'Incidents (target)'): TargetRequest => ({
  name,
  data: { schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType } },
  params: { dataSetId: DEMO_DATASET.id },
  connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' }
})

export const mappingRequest = (destinations: string[] = ['_acme.incidentId']): MappingSetRequest => ({
  outputSchema: { schemaRef: { ...DEMO_DATASET.schemaRef } },
  mappings: destinations.map((destination, index) => ({
    sourceType: 'ATTRIBUTE',
    source: `column${index}`,
    destination
  }))
})

export const START_TIME = Math.floor(Date.now() / 1000) - 60

export function flowRequest(sourceId: string, targetId: string, mapping: { id: string; version: number }): FlowRequest {
  return {
    name: 'Incidents',
    flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
    sourceConnectionIds: [sourceId],
    targetConnectionIds: [targetId],
    transformations: [{ name: 'Mapping', params: { mappingId: mapping.id, mappingVersion: String(mapping.version) } }],
    scheduleParams: { startTime: START_TIME, frequency: 'hour', interval: '1' }
  }
}

export interface ChainOptions {
  /** Create the dataflow with `?mode=draft` (only the newest CRMToAEP allows it: `NEWEST_CRM_TO_AEP`). */
  readonly draft?: boolean
  /** The connection spec of the base connection, which the source connection names too. */
  readonly connectionSpecId?: string
  /** scheduleParams.startTime (epoch seconds); START_TIME, a minute ago, by default. */
  readonly startTime?: number
}

/** A source on the base connection, a target, a mapping set and a dataflow on them, made through the clients. */
export async function chainOn(
  { flowService, dataPrep }: Adobe,
  baseConnectionId: string,
  { draft = false, connectionSpecId, startTime }: ChainOptions = {}
) {
  const sourceRequest = sourceRequestOn(baseConnectionId, undefined, undefined, connectionSpecId)
  const source = await flowService.sources.create(sourceRequest, nothingToRecover)
  const target = await flowService.targets.create(targetRequest(), nothingToRecover)
  const mapping = await dataPrep.writeMappingSet(mappingRequest())
  const request = flowRequest(source.id, target.id, mapping)
  const flow = await flowService.flows.create(
    startTime === undefined ? request : { ...request, scheduleParams: { ...request.scheduleParams, startTime } },
    nothingToRecover,
    { draft }
  )
  return { source, target, mapping, flow }
}

/**
 * The emulator serving the newest CRMToAEP (table-dataflow-template.md), the only documented one
 * with draft mode. It does not list Oracle Service Cloud: its flows read through the emulator-only
 * site spec (`siteConnection`).
 */
export const NEWEST_CRM_TO_AEP: EmulatorOptions = {
  crmToAep: 'newest',
  connectionSpecs: [ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC]
}

/** A base connection of the emulator-only site spec, the source the newest CRMToAEP lists. */
export const siteConnection = (target: Emulator, name = 'Site'): StoredConnection =>
  target.seedConnection({ name, connectionSpecId: SITE_BASIC_AUTH_SPEC.id })

/**
 * A draft dataflow and its chain, on a base connection of the site spec (`siteConnection`): needs an
 * emulator started with `NEWEST_CRM_TO_AEP` (the default, listed CRMToAEP refuses drafts: 1368-400).
 */
export const draftChain = (adobe: Adobe, baseConnectionId: string) =>
  chainOn(adobe, baseConnectionId, { draft: true, connectionSpecId: SITE_BASIC_AUTH_SPEC.id })

/** A dataflow created live (not as a draft), on an Oracle Service Cloud base connection: the default emulator. */
export const liveChain = (adobe: Adobe, baseConnectionId: string, startTime?: number) =>
  chainOn(adobe, baseConnectionId, { startTime })
