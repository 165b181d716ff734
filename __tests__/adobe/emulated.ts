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
  type RecordedRequest,
  startEmulator
} from '../../emulator/server.js'
import { Written } from '../../src/adobe/collection.js'
import { Adobe, AdobeSettings, Clients, connect } from '../../src/adobe/connect.js'
import { MappingSetRequest } from '../../src/adobe/data-prep.js'
import { Wording } from '../../src/adobe/errors.js'
import { FlowRequest, SourceRequest, TargetRequest } from '../../src/adobe/flow-service.js'

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
export async function withEmulator(options: EmulatorOptions, test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(options)
  try {
    await test(other)
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

export const sourceRequestOn = (
  baseConnectionId: string,
  name = 'Incidents (source)',
  tableName = 'incidents'
): SourceRequest => ({
  name,
  baseConnectionId,
  data: { format: 'tabular' },
  params: { tableName, columns: ['id', 'subject'] },
  connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: '1.0' }
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

/** A source on the base connection, a target, a mapping set and a draft dataflow on them, made through the clients. */
export async function draftChain({ flowService, dataPrep }: Adobe, baseConnectionId: string) {
  const source = await flowService.sources.create(sourceRequestOn(baseConnectionId), nothingToRecover)
  const target = await flowService.targets.create(targetRequest(), nothingToRecover)
  const mapping = await dataPrep.writeMappingSet(mappingRequest())
  const flow = await flowService.flows.create(flowRequest(source.id, target.id, mapping), nothingToRecover, {
    draft: true
  })
  return { source, target, mapping, flow }
}
