// The chain client (src/adobe/chain.ts) over real HTTP against the emulator, built as the dataflow
// action builds it (connect(), then ChainClient on its platform): what it sends, what it makes of
// Flow Service's, Data Prep's and Catalog's answers, and the answers it refuses.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  DATA_LAKE_SPEC_ID,
  DEMO_CLIENT,
  DEMO_DATASET,
  type Emulator,
  type EmulatorOptions,
  type FlowSpec as EmulatedFlowSpec,
  ORACLE_SERVICE_CLOUD_SPEC,
  type RecordedRequest,
  startEmulator
} from '../../emulator/server.js'
import {
  Chain,
  ChainClient,
  FlowRequest,
  MappingSetRequest,
  SourceRequest,
  TargetRequest
} from '../../src/adobe/chain.js'
import { Clients, connect } from '../../src/adobe/connect.js'
import { AdobeApiError } from '../../src/adobe/errors.js'
import { Written } from '../../src/adobe/flow-service.js'
import { AdobeAccess } from '../../src/runner/access.js'

const FLOW = '/data/foundation/flowservice'
const PREP = '/data/foundation/conversion'
const CATALOG = '/data/foundation/catalog'
const NOT_DOCUMENTED = 'HTTP 200 with an answer that is not the JSON Adobe documents'

/** A second flow spec whose name holds a comma (Flow Service reads `name==a,b` as a or b), and a third. */
const COMMA_SPEC: EmulatedFlowSpec = {
  ...structuredClone(CRM_TO_AEP_FLOW_SPEC),
  id: '0b3f2a4e-6f1d-4b8e-9a7c-5d2e1f0a9b8c',
  name: 'CRMToAEP,Batch'
}
const OTHER_SPEC: EmulatedFlowSpec = {
  ...structuredClone(CRM_TO_AEP_FLOW_SPEC),
  id: '7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f',
  name: 'CRMToAEPStream'
}

// Pages of 2: every list of three or more goes across pages.
const emulator = await startEmulator({ pageSize: 2, flowSpecs: [CRM_TO_AEP_FLOW_SPEC, COMMA_SPEC, OTHER_SPEC] })
afterAll(() => emulator.close())

let baseId: string
let opened: Clients[] = []
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle' }).id
  // The IMS token is masked on stdout (::add-mask::); kept out of the test output.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  for (const clients of opened) clients.close()
  opened = []
  jest.restoreAllMocks()
})

function access(target: Emulator, overrides: Partial<AdobeAccess>): AdobeAccess {
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

/** The chain client as src/dataflow/main.ts builds it. */
function chainOf(target: Emulator = emulator, overrides: Partial<AdobeAccess> = {}): ChainClient {
  const clients = connect(access(target, overrides), { sleep: async () => {} })
  opened.push(clients)
  return new ChainClient(clients.flow.platform)
}

/** Runs a test against an emulator of its own, with other options. */
async function withEmulator(options: EmulatorOptions, test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(options)
  try {
    await test(other)
  } finally {
    await other.close()
  }
}

/** The error a promise rejects with (failing the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    value => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: Error) => error
  )
}

/** The message a promise rejects with, its request id (a random UUID) replaced by <id>. */
async function messageOf(promise: Promise<unknown>): Promise<string> {
  return (await rejection(promise)).message.replace(/request id [0-9a-f-]{36}/, 'request id <id>')
}

/** The message of a 2xx answer a reader refuses, as one attempt reports it. */
const refused = (operation: string, problem: string): string =>
  `Could not ${operation}: ${NOT_DOCUMENTED} (${problem}) (request id <id>) (gave up after 1 attempt)`

/** Requests to Adobe's services (not IMS), as method and raw URL. */
const sent = (target: Emulator = emulator): string[] =>
  target.requests.filter(r => !r.path.startsWith('/ims/')).map(r => `${r.method} ${r.rawUrl}`)
const lastRequest = (target: Emulator = emulator): RecordedRequest | undefined => target.requests.at(-1)

const nothingToRecover = (): Promise<Written | undefined> => Promise.resolve(undefined)

const sourceRequest = (name = 'Incidents (source)', tableName = 'incidents'): SourceRequest => ({
  name,
  baseConnectionId: baseId,
  data: { format: 'tabular' },
  params: { tableName, columns: ['id', 'subject'] },
  connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: '1.0' }
})

const targetRequest = (name = 'Incidents (target)'): TargetRequest => ({
  name,
  data: { schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType } },
  params: { dataSetId: DEMO_DATASET.id },
  connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' }
})

const mappingRequest = (destinations: string[] = ['_acme.incidentId']): MappingSetRequest => ({
  outputSchema: { schemaRef: { ...DEMO_DATASET.schemaRef } },
  mappings: destinations.map((destination, index) => ({
    sourceType: 'ATTRIBUTE',
    source: `column${index}`,
    destination
  }))
})

const START_TIME = Math.floor(Date.now() / 1000) - 60

function flowRequest(sourceId: string, targetId: string, mapping: { id: string; version: number }): FlowRequest {
  return {
    name: 'Incidents',
    flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
    sourceConnectionIds: [sourceId],
    targetConnectionIds: [targetId],
    transformations: [{ name: 'Mapping', params: { mappingId: mapping.id, mappingVersion: String(mapping.version) } }],
    scheduleParams: { startTime: START_TIME, frequency: 'hour', interval: '1' }
  }
}

/** A source, a target, a mapping set and a draft dataflow on them, made through the client. */
async function draftChain(chain: Chain) {
  const source = await chain.sources.create(sourceRequest(), nothingToRecover)
  const target = await chain.targets.create(targetRequest(), nothingToRecover)
  const mapping = await chain.writeMappingSet(mappingRequest())
  const flow = await chain.flows.create(flowRequest(source.id, target.id, mapping), nothingToRecover, true)
  return { source, target, mapping, flow }
}

describe('ChainClient.baseConnection', () => {
  it('reads the base connection by id, with its connection spec and state, sending the gateway headers', async () => {
    expect(await chainOf().baseConnection(baseId)).toEqual({
      id: baseId,
      connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC.id,
      connectionSpecVersion: ORACLE_SERVICE_CLOUD_SPEC.version,
      state: 'enabled'
    })
    const request = lastRequest()
    expect(request).toMatchObject({ method: 'GET', rawUrl: `${FLOW}/connections/${baseId}` })
    expect(request?.headers).toMatchObject({
      authorization: expect.stringMatching(/^Bearer emu\./) as unknown as string,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': 'prod',
      accept: 'application/json'
    })
    expect(request?.headers['content-type']).toBeUndefined()
  })

  it("reads the version of the connection's spec as Flow Service gives it", async () => {
    const other = emulator.seedConnection({ name: 'Oracle 2', connectionSpecVersion: '2.0' }).id
    expect(await chainOf().baseConnection(other)).toMatchObject({ id: other, connectionSpecVersion: '2.0' })
    const item = { id: baseId, connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: 2 } }
    emulator.fault({ path: `/connections/${baseId}`, action: { status: 200, body: { items: [item] } } })
    expect(await chainOf().baseConnection(baseId)).toMatchObject({
      connectionSpecId: ORACLE_SERVICE_CLOUD_SPEC.id,
      connectionSpecVersion: undefined
    })
  })

  it('is undefined for an id Flow Service does not know (404)', async () => {
    expect(await chainOf().baseConnection('0b6c6d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBeUndefined()
  })

  it('refuses a list without the connection', async () => {
    emulator.fault({ method: 'GET', path: `/connections/${baseId}`, action: { status: 200, body: { items: [] } } })
    expect(await messageOf(chainOf().baseConnection(baseId))).toBe(
      refused(`read base connection ${baseId}`, 'no base connection in the list')
    )
  })

  it('takes a connection without spec or state as such', async () => {
    emulator.fault({ path: `/connections/${baseId}`, action: { status: 200, body: { items: [{ id: baseId }] } } })
    expect(await chainOf().baseConnection(baseId)).toEqual({
      id: baseId,
      connectionSpecId: undefined,
      connectionSpecVersion: undefined,
      state: undefined
    })
  })

  it('throws a refusal other than 404', async () => {
    emulator.fault({
      path: `/connections/${baseId}`,
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    const error = await rejection(chainOf().baseConnection(baseId))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(403)
    expect(error.message).toMatch(new RegExp(`^Could not read base connection ${baseId}: HTTP 403, code 403025`))
  })
})

describe('ChainClient.dataset', () => {
  it("reads the dataset's name and schema from Catalog", async () => {
    expect(await chainOf().dataset(DEMO_DATASET.id)).toEqual({
      id: DEMO_DATASET.id,
      name: DEMO_DATASET.name,
      schemaId: DEMO_DATASET.schemaRef.id
    })
    expect(sent()).toEqual([`GET ${CATALOG}/dataSets/${DEMO_DATASET.id}`])
  })

  it('is undefined for a dataset Catalog does not know (404)', async () => {
    expect(await chainOf().dataset('5f2a7c3b9d1e4a00ffffffff')).toBeUndefined()
  })

  it('refuses a dataset without schemaRef.id', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { name: 'No schema' } } } })
    expect(await messageOf(chainOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { schemaRef: 'S' } } } })
    expect(await messageOf(chainOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
  })

  it('refuses a null dataset as one without schemaRef.id', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: null } } })
    expect(await messageOf(chainOf().dataset(id))).toBe(
      refused(`read dataset ${id} from Catalog`, 'a dataset without schemaRef.id')
    )
  })

  it('needs only the schema id, whatever content type Catalog names', async () => {
    const id = DEMO_DATASET.id
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: { schemaRef: { id: 'S' } } } } })
    expect(await chainOf().dataset(id)).toStrictEqual({ id, name: undefined, schemaId: 'S' })
    const item = { name: 'N', schemaRef: { id: 'S', contentType: 'application/vnd.adobe.xed+json;version=1' } }
    emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body: { [id]: item } } })
    expect(await chainOf().dataset(id)).toStrictEqual({ id, name: 'N', schemaId: 'S' })
  })

  it('an answer (HTTP 200) without the dataset is no dataset: {} or another id only', async () => {
    const id = DEMO_DATASET.id
    for (const body of [{}, { '5f2a7c3b9d1e4a00ffffffff': { schemaRef: { id: 'S' } } }]) {
      emulator.fault({ path: `/dataSets/${id}`, action: { status: 200, body } })
      expect(await chainOf().dataset(id)).toBeUndefined()
    }
  })
})

describe('ChainClient.flowSpec', () => {
  it('finds the flow spec by name, with the schedule minimums of its served schema', async () => {
    const spec = await chainOf().flowSpec('CRMToAEP')
    expect(spec).toMatchObject({
      id: CRM_TO_AEP_FLOW_SPEC.id,
      version: '1.0',
      name: 'CRMToAEP',
      sourceConnectionSpecIds: CRM_TO_AEP_FLOW_SPEC.sourceConnectionSpecIds
    })
    expect(spec?.minimumInterval('minute')).toBe(15)
    expect(spec?.minimumInterval('hour')).toBe(1)
    expect(spec?.minimumInterval('week')).toBe(1)
    expect(spec?.minimumInterval('once')).toBe(1)
    expect(sent()).toEqual([`GET ${FLOW}/flowSpecs?property=name%3D%3DCRMToAEP`])
  })

  it('reads the minimums from the schema, nested as Adobe serves it, not from a rule of its own', async () => {
    const schedule = structuredClone(CRM_TO_AEP_FLOW_SPEC.scheduleSpec)
    schedule.spec.else = {
      required: ['interval'],
      if: { properties: { frequency: { const: 'minute' } } },
      then: { properties: { interval: { minimum: 30 } } },
      else: {
        if: { properties: { frequency: { const: 'hour' } } },
        then: { properties: { interval: { minimum: 2 } } },
        else: { properties: { interval: { minimum: 1 } } }
      }
    }
    // A minimum of the schema itself applies to every frequency as well.
    schedule.spec.properties = { ...schedule.spec.properties, interval: { type: 'integer', minimum: 3 } }
    const strict = { ...structuredClone(CRM_TO_AEP_FLOW_SPEC), scheduleSpec: schedule }
    await withEmulator({ flowSpecs: [strict] }, async other => {
      const spec = await chainOf(other).flowSpec('CRMToAEP')
      expect(spec?.minimumInterval('minute')).toBe(30)
      expect(spec?.minimumInterval('hour')).toBe(3)
      expect(spec?.minimumInterval('day')).toBe(3)
    })
  })

  it('is undefined for a name Flow Service does not list', async () => {
    expect(await chainOf().flowSpec('NoSuchSpec')).toBeUndefined()
    emulator.retireFlowSpec(CRM_TO_AEP_FLOW_SPEC.id)
    expect(await chainOf().flowSpec('CRMToAEP')).toBeUndefined()
  })

  it('finds a name with a comma by listing every flow spec, page after page', async () => {
    const spec = await chainOf().flowSpec(COMMA_SPEC.name)
    expect(spec?.id).toBe(COMMA_SPEC.id)
    expect(spec?.name).toBe('CRMToAEP,Batch')
    const [first, second, ...others] = sent()
    expect(others).toEqual([])
    expect(first).toBe(`GET ${FLOW}/flowSpecs`)
    expect(second).toMatch(new RegExp(`^GET ${FLOW}/flowSpecs\\?continuationToken=`))
  })

  it('takes a spec without version or schedule with the documented defaults', async () => {
    emulator.fault({ path: '/flowSpecs', action: { status: 200, body: { items: [{ id: 'f-1', name: 'CRMToAEP' }] } } })
    const spec = await chainOf().flowSpec('CRMToAEP')
    expect(spec).toMatchObject({ id: 'f-1', version: '1.0', name: 'CRMToAEP', sourceConnectionSpecIds: [] })
    expect(spec?.minimumInterval('minute')).toBe(15)
    expect(spec?.minimumInterval('day')).toBe(1)
  })

  it('refuses a spec without id or name, and a page without items', async () => {
    for (const item of [{ id: 'f-1' }, null]) {
      emulator.fault({ path: '/flowSpecs', action: { status: 200, body: { items: [item] } } })
      expect(await messageOf(chainOf().flowSpec('CRMToAEP'))).toBe(
        refused('look up flow spec "CRMToAEP"', 'a flow spec without id or name')
      )
    }
    emulator.fault({ path: '/flowSpecs', action: { status: 200, body: {} } })
    expect(await messageOf(chainOf().flowSpec('CRMToAEP'))).toBe(
      refused('look up flow spec "CRMToAEP"', 'no items list')
    )
  })
})

describe('ChainClient source connections', () => {
  it('creates one, gets it, and finds it by its exact name', async () => {
    const chain = chainOf()
    expect(chain.sources.what).toBe('source connection')
    const written = await chain.sources.create(sourceRequest(), nothingToRecover)
    const [stored] = emulator.sourceConnections()
    expect(written).toEqual({ id: stored?.id, etag: stored?.etag })
    expect(stored?.state).toBe('enabled')
    const request = lastRequest()
    expect(request).toMatchObject({ method: 'POST', rawUrl: `${FLOW}/sourceConnections`, json: sourceRequest() })
    expect(request?.headers['content-type']).toBe('application/json')

    const expected = {
      id: written.id,
      etag: written.etag,
      name: 'Incidents (source)',
      createdAt: stored?.createdAt,
      state: 'enabled',
      baseConnectionId: baseId,
      tableName: 'incidents',
      columns: ['id', 'subject']
    }
    expect(await chain.sources.get(written.id)).toEqual(expected)
    expect(lastRequest()?.rawUrl).toBe(`${FLOW}/sourceConnections/${written.id}`)
    await chain.sources.create(sourceRequest('Incidents (source) 2'), nothingToRecover)
    expect(await chain.sources.findByName('Incidents (source)')).toEqual([expected])
    expect(lastRequest()?.rawUrl).toBe(`${FLOW}/sourceConnections?property=name%3D%3DIncidents%20(source)`)
  })

  it('is undefined for an id Flow Service does not know (404)', async () => {
    expect(await chainOf().sources.get('0b6c6d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e')).toBeUndefined()
  })

  it('finds every one of the name across pages', async () => {
    const chain = chainOf()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) ids.push((await chain.sources.create(sourceRequest(), nothingToRecover)).id)
    const found = await chain.sources.findByName('Incidents (source)')
    expect(found.map(s => s.id)).toEqual(ids)
    const lists = sent().filter(line => line.startsWith(`GET ${FLOW}/sourceConnections?`))
    expect(lists).toHaveLength(2)
    expect(lists[1]).toMatch(/property=name%3D%3DIncidents%20\(source\)&continuationToken=/)
  })

  it('finds a name with a comma by listing them all and matching the name exactly', async () => {
    const chain = chainOf()
    const comma = await chain.sources.create(sourceRequest('Incidents, EU (source)'), nothingToRecover)
    await chain.sources.create(sourceRequest('Incidents'), nothingToRecover)
    await chain.sources.create(sourceRequest(' EU (source)'), nothingToRecover)
    await chain.sources.create(sourceRequest('incidents, eu (source)'), nothingToRecover)
    emulator.requests.length = 0
    const found = await chain.sources.findByName('Incidents, EU (source)')
    expect(found.map(s => s.id)).toEqual([comma.id])
    const [first, second, ...others] = sent()
    expect(others).toEqual([])
    expect(first).toBe(`GET ${FLOW}/sourceConnections`)
    expect(second).toMatch(new RegExp(`^GET ${FLOW}/sourceConnections\\?continuationToken=`))
  })

  it('creates a draft with mode=draft', async () => {
    const chain = chainOf()
    const written = await chain.sources.create(sourceRequest(), nothingToRecover, true)
    expect(lastRequest()?.rawUrl).toBe(`${FLOW}/sourceConnections?mode=draft`)
    expect(emulator.sourceConnections().map(s => s.state)).toEqual(['draft'])
    expect((await chain.sources.get(written.id))?.state).toBe('draft')
  })

  it('patches with If-Match: a new etag, and 412 when the etag is stale', async () => {
    const chain = chainOf()
    const written = await chain.sources.create(sourceRequest(), nothingToRecover)
    const operations = [{ op: 'replace', path: '/params/tableName', value: 'contacts' }] as const
    const patched = await chain.sources.patch(written.id, written.etag, operations)
    expect(patched.id).toBe(written.id)
    expect(patched.etag).not.toBe(written.etag)
    expect(lastRequest()).toMatchObject({
      method: 'PATCH',
      rawUrl: `${FLOW}/sourceConnections/${written.id}`,
      json: operations
    })
    expect(lastRequest()?.headers['if-match']).toBe(written.etag)
    expect((await chain.sources.get(written.id))?.tableName).toBe('contacts')

    const stale = await rejection(chain.sources.patch(written.id, written.etag, operations))
    expect(stale).toBeInstanceOf(AdobeApiError)
    expect((stale as AdobeApiError).status).toBe(412)
    expect((stale as AdobeApiError).code).toBe('1404-412')
    expect(stale.message).toMatch(new RegExp(`^Could not update source connection ${written.id}: HTTP 412`))
  })

  it('deletes one (true), and says false when it was already gone', async () => {
    const chain = chainOf()
    const written = await chain.sources.create(sourceRequest(), nothingToRecover)
    expect(await chain.sources.delete(written.id)).toBe(true)
    expect(lastRequest()).toMatchObject({ method: 'DELETE', rawUrl: `${FLOW}/sourceConnections/${written.id}` })
    expect(emulator.sourceConnections()).toEqual([])
    expect(await chain.sources.delete(written.id)).toBe(false)
  })

  it('reads the older params.path as the table, and ignores columns that are not a list', async () => {
    const item = { id: 's-1', name: 'S', etag: '"e"', params: { path: 'incidents', columns: 'id' } }
    emulator.fault({ path: '/sourceConnections/s-1', action: { status: 200, body: { items: [item] } } })
    expect(await chainOf().sources.get('s-1')).toEqual({
      id: 's-1',
      etag: '"e"',
      name: 'S',
      createdAt: undefined,
      state: undefined,
      baseConnectionId: undefined,
      tableName: 'incidents',
      columns: undefined
    })
  })

  it('reads columns given as {name, type, xdm} objects (the newest tutorial) by their names', async () => {
    const columns = [
      { name: 'id', type: 'string', xdm: { type: 'string' } },
      'subject',
      { type: 'string' },
      { name: 7 },
      null,
      { name: 'updated' }
    ]
    const item = { id: 's-1', name: 'S', etag: '"e"', params: { tableName: 'incidents', columns } }
    emulator.fault({ path: '/sourceConnections/s-1', action: { status: 200, body: { items: [item] } } })
    expect(await chainOf().sources.get('s-1')).toMatchObject({
      tableName: 'incidents',
      columns: ['id', 'subject', 'updated']
    })
  })

  it('refuses an item without id, name or etag, and a get that is not one item', async () => {
    emulator.fault({
      path: '/sourceConnections',
      action: { status: 200, body: { items: [{ id: 's-1', name: 'S (source)' }] } }
    })
    expect(await messageOf(chainOf().sources.findByName('S (source)'))).toBe(
      refused('look up source connections named "S (source)"', 'a source connection without id, name or etag')
    )
    const item = { id: 's-1', name: 'S', etag: '"e"' }
    emulator.fault({ path: '/sourceConnections/s-1', action: { status: 200, body: { items: [item, item] } } })
    expect(await messageOf(chainOf().sources.get('s-1'))).toBe(
      refused('read source connection s-1', 'not a one-item list')
    )
  })

  it('refuses a create answered without id and etag', async () => {
    emulator.fault({ method: 'POST', path: '/sourceConnections', action: { status: 201, body: { id: 's-1' } } })
    // Not repeated: the create took effect, though its answer cannot be read.
    const [first, next] = (await messageOf(chainOf().sources.create(sourceRequest(), nothingToRecover))).split('\n')
    expect(first).toBe(
      `Could not create the source connection: ${NOT_DOCUMENTED.replace('200', '201')} (no id and etag) (request id <id>)`
    )
    expect(next).toMatch(/^Next step: Adobe accepted the request, but its answer could not be read/)
  })
})

describe('ChainClient target connections', () => {
  it('creates one (plain and draft), reads its dataset and schema, and deletes it', async () => {
    const chain = chainOf()
    expect(chain.targets.what).toBe('target connection')
    const written = await chain.targets.create(targetRequest(), nothingToRecover)
    expect(lastRequest()).toMatchObject({ method: 'POST', rawUrl: `${FLOW}/targetConnections`, json: targetRequest() })
    const found = await chain.targets.get(written.id)
    expect(found).toMatchObject({
      id: written.id,
      etag: written.etag,
      name: 'Incidents (target)',
      state: 'enabled',
      datasetId: DEMO_DATASET.id,
      schemaId: DEMO_DATASET.schemaRef.id
    })
    expect(await chain.targets.findByName('Incidents (target)')).toEqual([found])

    const draft = await chain.targets.create(targetRequest('Draft (target)'), nothingToRecover, true)
    expect(lastRequest()?.rawUrl).toBe(`${FLOW}/targetConnections?mode=draft`)
    expect((await chain.targets.get(draft.id))?.state).toBe('draft')

    const renamed = await chain.targets.patch(written.id, written.etag, [
      { op: 'replace', path: '/name', value: 'Renamed (target)' }
    ])
    expect(renamed.etag).not.toBe(written.etag)
    expect(await chain.targets.findByName('Incidents (target)')).toEqual([])
    expect(await chain.targets.delete(written.id)).toBe(true)
    expect(await chain.targets.delete(written.id)).toBe(false)
    expect(await chain.targets.get(written.id)).toBeUndefined()
  })

  it('takes an item without data or params, its etag from version', async () => {
    const item = { id: 't-1', name: 'T', version: '"v"' }
    emulator.fault({ path: '/targetConnections/t-1', action: { status: 200, body: { items: [item] } } })
    expect(await chainOf().targets.get('t-1')).toEqual({
      id: 't-1',
      etag: '"v"',
      name: 'T',
      createdAt: undefined,
      state: undefined,
      datasetId: undefined,
      schemaId: undefined
    })
  })

  it('refuses an item without id, name or etag', async () => {
    emulator.fault({ path: '/targetConnections', action: { status: 200, body: { items: [null] } } })
    expect(await messageOf(chainOf().targets.findByName('T'))).toBe(
      refused('look up target connections named "T"', 'a target connection without id, name or etag')
    )
  })

  it('is refused (1447) while an active dataflow uses it', async () => {
    const chain = chainOf()
    const { target, flow } = await draftChain(chain)
    await chain.flows.act(flow.id, 'publish')
    const error = await rejection(chain.targets.delete(target.id))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).code).toBe('1447-400')
    expect(error.message).toMatch(
      new RegExp(`^Could not delete target connection ${target.id}: HTTP 400, code 1447-400: Found active flows`)
    )
  })
})

describe('ChainClient dataflows', () => {
  it('creates a draft, reads it back, publishes it, and refuses a second publish (1422)', async () => {
    const chain = chainOf()
    expect(chain.flows.what).toBe('dataflow')
    const { source, target, mapping, flow } = await draftChain(chain)
    expect(mapping.version).toBe(0)
    expect(sent().at(-1)).toBe(`POST ${FLOW}/flows?mode=draft`)
    const [stored] = emulator.flows()
    expect(stored?.state).toBe('draft')
    expect(flow).toEqual({ id: stored?.id, etag: stored?.etag })

    const draft = await chain.flows.get(flow.id)
    expect(draft).toEqual({
      id: flow.id,
      etag: flow.etag,
      name: 'Incidents',
      createdAt: stored?.createdAt,
      state: 'draft',
      flowSpecId: CRM_TO_AEP_FLOW_SPEC.id,
      sourceConnectionIds: [source.id],
      targetConnectionIds: [target.id],
      // Flow Service keeps mappingVersion as a string.
      transformations: [{ name: 'Mapping', params: { mappingId: mapping.id, mappingVersion: '0' } }],
      scheduleParams: { startTime: START_TIME, frequency: 'hour', interval: '1' }
    })
    expect(await chain.flows.findByName('Incidents')).toEqual([draft])

    await chain.flows.act(flow.id, 'publish')
    const request = lastRequest()
    expect(request).toMatchObject({ method: 'POST', rawUrl: `${FLOW}/flows/${flow.id}/action?op=publish`, body: '{}' })
    expect(request?.headers['content-type']).toBe('application/json')
    expect((await chain.flows.get(flow.id))?.state).toBe('enabled')

    const again = await rejection(chain.flows.act(flow.id, 'publish'))
    expect(again).toBeInstanceOf(AdobeApiError)
    expect((again as AdobeApiError).code).toBe('1422-400')
    expect(again.message).toMatch(new RegExp(`^Could not publish dataflow ${flow.id}: HTTP 400, code 1422-400`))
  })

  it('disables, enables, patches with If-Match and deletes a dataflow', async () => {
    const chain = chainOf()
    const { flow } = await draftChain(chain)
    await chain.flows.act(flow.id, 'publish')
    await chain.flows.act(flow.id, 'disable')
    expect((await chain.flows.get(flow.id))?.state).toBe('disabled')
    await chain.flows.act(flow.id, 'enable')
    const enabled = await chain.flows.get(flow.id)
    expect(enabled?.state).toBe('enabled')
    const patched = await chain.flows.patch(flow.id, enabled?.etag ?? '', [
      { op: 'replace', path: '/scheduleParams/interval', value: '2' }
    ])
    expect(patched.etag).not.toBe(enabled?.etag)
    expect((await chain.flows.get(flow.id))?.scheduleParams.interval).toBe('2')
    const stale = await rejection(
      chain.flows.patch(flow.id, enabled?.etag ?? '', [{ op: 'remove', path: '/description' }])
    )
    expect((stale as AdobeApiError).status).toBe(412)
    expect(await chain.flows.delete(flow.id)).toBe(true)
    expect(await chain.flows.delete(flow.id)).toBe(false)
    expect(await chain.flows.get(flow.id)).toBeUndefined()
    expect(await chain.flows.findByName('Incidents')).toEqual([])
  })

  it('takes a dataflow without lists, and transformations without name or params', async () => {
    const item = { id: 'f-1', name: 'F', etag: '"e"', transformations: [null, { name: 7 }] }
    emulator.fault({ path: '/flows/f-1', action: { status: 200, body: { items: [item] } } })
    expect(await chainOf().flows.get('f-1')).toEqual({
      id: 'f-1',
      etag: '"e"',
      name: 'F',
      createdAt: undefined,
      state: undefined,
      flowSpecId: undefined,
      sourceConnectionIds: [],
      targetConnectionIds: [],
      transformations: [
        { name: '', params: {} },
        { name: '', params: {} }
      ],
      scheduleParams: {}
    })
    const bare = { id: 'f-2', name: 'F', etag: '"e"', transformations: { Mapping: {} } }
    emulator.fault({ path: '/flows/f-2', action: { status: 200, body: { items: [bare] } } })
    expect((await chainOf().flows.get('f-2'))?.transformations).toEqual([])
  })

  it('refuses a dataflow without id, name or etag', async () => {
    emulator.fault({ path: '/flows', action: { status: 200, body: { items: [{ name: 'F', etag: '"e"' }] } } })
    expect(await messageOf(chainOf().flows.findByName('F'))).toBe(
      refused('look up dataflows named "F"', 'a dataflow without id, name or etag')
    )
  })
})

describe('ChainClient mapping sets', () => {
  it('POSTs version 0, PUTs version 1, and reads each version back', async () => {
    const chain = chainOf()
    const first = await chain.writeMappingSet(mappingRequest())
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown as string, version: 0 })
    expect(lastRequest()).toMatchObject({ method: 'POST', rawUrl: `${PREP}/mappingSets`, json: mappingRequest() })
    const second = await chain.writeMappingSet(mappingRequest(['_acme.incidentId', '_acme.subject']), first.id)
    expect(second).toEqual({ id: first.id, version: 1 })
    expect(lastRequest()).toMatchObject({ method: 'PUT', rawUrl: `${PREP}/mappingSets/${first.id}` })

    expect(await chain.mappingSet(first.id, 0)).toEqual({
      id: first.id,
      version: 0,
      schemaId: DEMO_DATASET.schemaRef.id,
      pairs: [{ source: 'column0', destination: '_acme.incidentId' }]
    })
    expect(lastRequest()?.rawUrl).toBe(`${PREP}/mappingSets/${first.id}?version=0`)
    expect((await chain.mappingSet(first.id, 1))?.pairs).toEqual([
      { source: 'column0', destination: '_acme.incidentId' },
      { source: 'column1', destination: '_acme.subject' }
    ])
    expect(emulator.mappingSets().map(set => set.versions.length)).toEqual([2])
  })

  it('is undefined for an unknown mapping set or version (404)', async () => {
    const chain = chainOf()
    expect(await chain.mappingSet('0123456789abcdef0123456789abcdef', 0)).toBeUndefined()
    const { id } = await chain.writeMappingSet(mappingRequest())
    expect(await chain.mappingSet(id, 5)).toBeUndefined()
  })

  it("says Data Prep's refusal of a write", async () => {
    const error = await rejection(chainOf().writeMappingSet(mappingRequest(['_acme.nowhere'])))
    expect(error).toBeInstanceOf(AdobeApiError)
    expect((error as AdobeApiError).status).toBe(400)
    expect(error.message).toMatch(/^Could not create the mapping set: HTTP 400/)
    const put = await rejection(chainOf().writeMappingSet(mappingRequest(), '0123456789abcdef0123456789abcdef'))
    expect(put.message).toMatch(
      /^Could not write a new version of mapping set 0123456789abcdef0123456789abcdef: HTTP 404/
    )
  })

  it('refuses a write answered without id and version, and a mapping set without mappings', async () => {
    emulator.fault({ method: 'POST', path: '/mappingSets', action: { status: 200, body: { id: 'm-1' } } })
    expect(await messageOf(chainOf().writeMappingSet(mappingRequest()))).toBe(
      refused('create the mapping set', 'no id and version')
    )
    emulator.fault({ path: '/mappingSets/m-1', action: { status: 200, body: { id: 'm-1', version: 0 } } })
    expect(await messageOf(chainOf().mappingSet('m-1', 0))).toBe(
      refused('read mapping set m-1 version 0', 'a mapping set without id, version or mappings')
    )
  })

  it("reads Data Prep's older answer: the schema at the top (schemaRef or xdmSchema), sourceAttribute and destinationXdmPath", async () => {
    const older = {
      id: 'm-1',
      version: 1,
      schemaRef: { id: DEMO_DATASET.schemaRef.id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      mappings: [
        { sourceType: 'text/x.schema-path', sourceAttribute: 'id', destinationXdmPath: '_acme.incidentId' },
        { sourceType: 'text/x.schema-path', sourceAttribute: 'subject', destinationXdmPath: '_acme.subject' }
      ]
    }
    emulator.fault({ path: '/mappingSets/m-1', action: { status: 200, body: older } })
    expect(await chainOf().mappingSet('m-1', 1)).toStrictEqual({
      id: 'm-1',
      version: 1,
      schemaId: DEMO_DATASET.schemaRef.id,
      pairs: [
        { source: 'id', destination: '_acme.incidentId' },
        { source: 'subject', destination: '_acme.subject' }
      ]
    })
    const oldest = {
      id: 'm-1',
      version: 0,
      xdmSchema: 'S',
      mappings: [{ sourceAttribute: 'id', destinationXdmPath: 'd' }]
    }
    emulator.fault({ path: '/mappingSets/m-1', action: { status: 200, body: oldest } })
    expect(await chainOf().mappingSet('m-1', 0)).toStrictEqual({
      id: 'm-1',
      version: 0,
      schemaId: 'S',
      pairs: [{ source: 'id', destination: 'd' }]
    })
    // Both shapes at once (the emulator answers so): the current names win.
    const both = {
      id: 'm-1',
      version: 2,
      outputSchema: { schemaRef: { id: 'current' } },
      schemaRef: { id: 'older' },
      mappings: [{ source: 'a', destination: 'b', sourceAttribute: 'x', destinationXdmPath: 'y' }]
    }
    emulator.fault({ path: '/mappingSets/m-1', action: { status: 200, body: both } })
    expect(await chainOf().mappingSet('m-1', 2)).toMatchObject({
      schemaId: 'current',
      pairs: [{ source: 'a', destination: 'b' }]
    })
  })

  it('takes mappings without source or destination, and no output schema, as empty', async () => {
    const body = { id: 'm-1', version: 3, mappings: [null, { source: 1 }] }
    emulator.fault({ path: '/mappingSets/m-1', action: { status: 200, body } })
    expect(await chainOf().mappingSet('m-1', 3)).toEqual({
      id: 'm-1',
      version: 3,
      schemaId: undefined,
      pairs: [
        { source: '', destination: '' },
        { source: '', destination: '' }
      ]
    })
  })
})

describe('ChainClient.runs', () => {
  it("reads a published dataflow's first run: its status and the records it wrote", async () => {
    const chain = chainOf()
    expect(await chain.runs('f-none')).toEqual([])
    const { flow } = await draftChain(chain)
    expect(await chain.runs(flow.id)).toEqual([])
    await chain.flows.act(flow.id, 'publish')
    const [run] = emulator.runs()
    expect(await chain.runs(flow.id)).toEqual([
      { id: run?.id, status: 'success', createdAt: run?.createdAt, recordsWritten: 42 }
    ])
    expect(lastRequest()?.rawUrl).toBe(`${FLOW}/runs?property=flowId%3D%3D${flow.id}`)
  })

  it('reads a run in progress, and a failed one', async () => {
    await withEmulator({ runDurationMs: 60_000, runStatus: 'failed', recordsPerRun: 7 }, async other => {
      baseId = other.seedConnection({ name: 'Oracle' }).id
      const chain = chainOf(other)
      const { flow } = await draftChain(chain)
      await chain.flows.act(flow.id, 'publish')
      expect(await chain.runs(flow.id)).toMatchObject([{ status: 'inProgress', recordsWritten: 0 }])
      other.advanceClock(60_000)
      expect(await chain.runs(flow.id)).toMatchObject([{ status: 'failed', recordsWritten: 0 }])
    })
  })

  it('takes a run without metrics as of unknown status, and refuses one without id', async () => {
    emulator.fault({ path: '/runs', action: { status: 200, body: { items: [{ id: 'r-1' }] } } })
    expect(await chainOf().runs('f-1')).toEqual([
      { id: 'r-1', status: 'unknown', createdAt: undefined, recordsWritten: undefined }
    ])
    for (const item of [{ metrics: {} }, null]) {
      emulator.fault({ path: '/runs', action: { status: 200, body: { items: [item] } } })
      expect(await messageOf(chainOf().runs('f-1'))).toBe(refused('read the runs of dataflow f-1', 'a run without id'))
    }
  })
})

describe('ChainClient.serverClockOffsetMs', () => {
  it("is unknown before the first answer, then the platform's clock against ours", async () => {
    const chain = chainOf()
    expect(chain.serverClockOffsetMs).toBeUndefined()
    emulator.advanceClock(3_600_000)
    await chain.dataset(DEMO_DATASET.id)
    // The Date header has whole seconds.
    expect(Math.abs((chain.serverClockOffsetMs ?? 0) - 3_600_000)).toBeLessThan(2000)
  })
})
