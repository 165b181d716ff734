// Tests of the emulator's dataflow chain over real HTTP: flow specs, source and target connections,
// Data Prep mapping sets, Catalog datasets, flows with drafts and actions, and runs on the clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  CRM_TO_AEP_FLOW_SPEC_NEWEST,
  DATA_LAKE_SPEC_ID,
  DEMO_CLIENT,
  DEMO_DATASET,
  type Emulator,
  type EmulatorOptions,
  type FlowRun,
  type FlowSpec,
  ORACLE_SERVICE_CLOUD_SPEC,
  ORACLE_TABLES,
  type SeedDataset,
  SITE_BASIC_AUTH_SPEC,
  type SourceColumn,
  startEmulator,
  type StoredFlow
} from '../../emulator/server.js'

const FLOW = '/data/foundation/flowservice'
const PREP = '/data/foundation/conversion'
const CATALOG = '/data/foundation/catalog'
const OSC = ORACLE_SERVICE_CLOUD_SPEC.id
const CRM = CRM_TO_AEP_FLOW_SPEC.id

/** A second dataset on a schema of its own, for the mapping/dataset schema checks. */
const OTHER_DATASET: SeedDataset = {
  id: '5f2a7c3b9d1e4a00aaaaaaaa',
  name: 'Oracle Service Cloud contacts',
  schemaRef: { id: 'https://ns.adobe.com/acme/schemas/contacts', contentType: DEMO_DATASET.schemaRef.contentType },
  paths: ['_acme.contactId', 'person.name.fullName']
}

let emu: Emulator
let baseId: string
/** The connection spec of `baseId` and of the source connections the helpers build. */
let sourceSpecId = OSC
/** A token per emulator: each has its own IMS. */
const tokens = new WeakMap<Emulator, string>()
function tokenOf(target: Emulator): string {
  const token = tokens.get(target) ?? target.issueToken()
  tokens.set(target, token)
  return token
}

const OPTIONS: EmulatorOptions = {
  sandboxes: ['prod', 'dev'],
  connectionSpecs: [ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC],
  datasets: [DEMO_DATASET, OTHER_DATASET],
  pageSize: 2
}

beforeAll(async () => {
  emu = await startEmulator(OPTIONS)
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  baseId = emu.seedConnection({ name: 'Oracle' }).id
})

interface Answer {
  status: number
  headers: Headers
  body: unknown
}

async function call(
  target: Emulator,
  method: string,
  urlPath: string,
  body?: unknown,
  headers: Record<string, string | undefined> = {}
): Promise<Answer> {
  const sent: Record<string, string> = {}
  const all = {
    authorization: `Bearer ${tokenOf(target)}`,
    'x-api-key': DEMO_CLIENT.clientId,
    'x-gw-ims-org-id': DEMO_CLIENT.orgId,
    'x-sandbox-name': 'prod',
    'content-type': 'application/json',
    ...headers
  }
  for (const [k, v] of Object.entries(all)) if (v !== undefined) sent[k] = v
  const response = await fetch(`${target.url}${urlPath}`, {
    method,
    headers: sent,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown)
  }
}

const flow = (method: string, p: string, body?: unknown, headers?: Record<string, string | undefined>) =>
  call(emu, method, `${FLOW}${p}`, body, headers)
const prep = (method: string, p: string, body?: unknown, headers?: Record<string, string | undefined>) =>
  call(emu, method, `${PREP}${p}`, body, headers)

/** The Flow Service error code and detailed message of an answer. */
function flowError(answer: Answer): { status: number; code: string; detail: string } {
  const body = answer.body as { type: string; report: { 'detailed-message': string } }
  return {
    status: answer.status,
    code: body.type.replace('http://ns.adobe.com/aep/errors/', ''),
    detail: body.report['detailed-message']
  }
}

const invalid = (reason: string): string => `The request could not be processed. Error from flow provider: ${reason}`

/** A column of the emulated source's table, as explore describes it and a source connection lists it. */
function columnOf(tablePath: string, name: string): SourceColumn {
  const found = ORACLE_TABLES.find(t => t.path === tablePath)?.columns.find(c => c.name === name)
  if (!found) throw new Error(`no column ${name} in ${tablePath}`)
  return found
}
const ID = columnOf('incidents', 'id')
const SUBJECT = columnOf('incidents', 'subject')
const UPDATED = columnOf('incidents', 'updated')

function sourceBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Oracle incidents source',
    baseConnectionId: baseId,
    data: { format: 'tabular' },
    params: { tableName: 'incidents', columns: [ID, SUBJECT], cdcEnabled: false },
    connectionSpec: { id: sourceSpecId, version: '1.0' },
    ...overrides
  }
}

function targetBody(
  overrides: Record<string, unknown> = {},
  dataset: SeedDataset = DEMO_DATASET
): Record<string, unknown> {
  return {
    name: 'Oracle incidents target',
    data: { schema: { id: dataset.schemaRef.id, version: dataset.schemaRef.contentType }, format: 'parquet_xdm' },
    params: { dataSetId: dataset.id },
    connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' },
    ...overrides
  }
}

function mappingBody(destinations: Record<string, string>, schema = DEMO_DATASET.schemaRef): Record<string, unknown> {
  return {
    outputSchema: { schemaRef: schema },
    mappings: Object.entries(destinations).map(([source, destination]) => ({
      sourceType: 'ATTRIBUTE',
      source,
      destination
    }))
  }
}

const INCIDENT_MAPPINGS = { id: '_acme.incidentId', subject: '_acme.subject', updatedTime: '_acme.updatedTime' }

const pastStart = (): number => Math.floor(Date.now() / 1000) - 3600

function flowBody(ids: Chain, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Oracle incidents dataflow',
    flowSpec: { id: CRM, version: '1.0' },
    sourceConnectionIds: [ids.source],
    targetConnectionIds: [ids.target],
    transformations: [
      { name: 'Copy', params: { deltaColumn: { name: 'updatedTime' } } },
      { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 0 } }
    ],
    scheduleParams: { startTime: String(pastStart()), frequency: 'minute', interval: '15', backfill: 'true' },
    ...overrides
  }
}

/** A flow's transformations without the Copy step (no delta column): what a `once` flow may hold. */
function mappingOnly(ids: Chain): Record<string, unknown>[] {
  return [{ name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 0 } }]
}

async function created(answer: Promise<Answer>): Promise<{ id: string; etag: string }> {
  const done = await answer
  expect(done.status).toBe(201)
  return done.body as { id: string; etag: string }
}

interface Chain {
  source: string
  target: string
  mapping: string
}

/** Source, target and mapping set, each created through the API. */
async function chain(mode = ''): Promise<Chain> {
  const source = await created(flow('POST', `/sourceConnections${mode}`, sourceBody()))
  const target = await created(flow('POST', `/targetConnections${mode}`, targetBody()))
  const mapping = await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))
  expect(mapping.status).toBe(200)
  return { source: source.id, target: target.id, mapping: (mapping.body as { id: string }).id }
}

async function getFlow(id: string, target = emu): Promise<StoredFlow> {
  const answer = await call(target, 'GET', `${FLOW}/flows/${id}`)
  expect(answer.status).toBe(200)
  return (answer.body as { items: StoredFlow[] }).items[0] as StoredFlow
}

async function runsOf(id: string, target = emu): Promise<FlowRun[]> {
  const answer = await call(target, 'GET', `${FLOW}/runs?property=${encodeURIComponent(`flowId==${id}`)}`)
  expect(answer.status).toBe(200)
  expect((answer.body as { _links: unknown })._links).toEqual({})
  return (answer.body as { items: FlowRun[] }).items
}

async function withEmulator(options: EmulatorOptions, test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(options)
  try {
    await test(other)
  } finally {
    await other.close()
  }
}

/** Runs `test` with `emu`, `baseId` (a base connection of `specId`) and the helpers pointing at another emulator. */
async function onEmulator(
  options: EmulatorOptions,
  test: (other: Emulator) => Promise<void>,
  specId = OSC
): Promise<void> {
  await withEmulator(options, async other => {
    const saved = { emu, baseId, sourceSpecId }
    emu = other
    sourceSpecId = specId
    baseId = other.seedConnection({ name: 'Oracle', connectionSpecId: specId }).id
    try {
      await test(other)
    } finally {
      ;({ emu, baseId, sourceSpecId } = saved)
    }
  })
}

/**
 * The newest CRMToAEP (table-dataflow-template.md): draft mode, but no Oracle Service Cloud, so
 * the flows read through the emulator-only site spec it lists.
 */
const onNewest = (test: (other: Emulator) => Promise<void>): Promise<void> =>
  onEmulator({ ...OPTIONS, crmToAep: 'newest' }, test, SITE_BASIC_AUTH_SPEC.id)

const ETAG = /^"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{8}0000"$/

describe('flow specs', () => {
  it("looks CRMToAEP up by name, quoted as in Adobe's tutorial or not, and by id", async () => {
    const expected = { items: [CRM_TO_AEP_FLOW_SPEC] }
    expect((await flow('GET', '/flowSpecs?property=name==CRMToAEP')).body).toEqual(expected)
    expect((await flow('GET', `/flowSpecs?property=${encodeURIComponent('name=="CRMToAEP"')}`)).body).toEqual(expected)
    expect((await flow('GET', `/flowSpecs/${CRM}`)).body).toEqual(expected)
    expect((await flow('GET', '/flowSpecs?property=name==CloudStorageToAEP')).body).toEqual({ items: [] })
    const spec = CRM_TO_AEP_FLOW_SPEC
    expect(spec.sourceConnectionSpecIds).toContain(OSC)
    expect(spec.targetConnectionSpecIds).toEqual([DATA_LAKE_SPEC_ID])
    // customer-success.md lists Oracle Service Cloud, and says nothing of draft mode.
    expect(spec.attributes?.['isDraftModeSupported']).toBeUndefined()
  })

  it('forgets a retired flow spec, and refuses flows on it with 1413', async () => {
    const ids = await chain()
    emu.retireFlowSpec(CRM)
    expect((await flow('GET', '/flowSpecs?property=name==CRMToAEP')).body).toEqual({ items: [] })
    expect(flowError(await flow('GET', `/flowSpecs/${CRM}`)).code).toBe('FLOW-1101-404')
    expect(flowError(await flow('POST', '/flows', flowBody(ids)))).toEqual({
      status: 400,
      code: 'FLOW-1413-400',
      detail: 'The spec ID provided is invalid. Please provide a valid spec ID and try again.'
    })
  })

  it('refuses a flow whose flow spec does not list the source (1413)', async () => {
    const withoutOracle = { ...CRM_TO_AEP_FLOW_SPEC, sourceConnectionSpecIds: [SITE_BASIC_AUTH_SPEC.id] }
    await withEmulator({ flowSpecs: [withoutOracle] }, async other => {
      const base = other.seedConnection({ name: 'Oracle' }).id
      const post = (p: string, body: unknown): Promise<Answer> => call(other, 'POST', p, body)
      const source = (await post(`${FLOW}/sourceConnections`, sourceBody({ baseConnectionId: base }))).body as {
        id: string
      }
      const target = (await post(`${FLOW}/targetConnections`, targetBody())).body as { id: string }
      const mapping = (await post(`${PREP}/mappingSets`, mappingBody(INCIDENT_MAPPINGS))).body as { id: string }
      const answer = await post(
        `${FLOW}/flows`,
        flowBody({ source: source.id, target: target.id, mapping: mapping.id })
      )
      expect(flowError(answer).code).toBe('FLOW-1413-400')
    })
  })
})

describe('source connections', () => {
  it('creates, reads, lists by name page by page, and patches with the current etag', async () => {
    const before = Date.now()
    const { id, etag } = await created(flow('POST', '/sourceConnections', sourceBody()))
    expect(etag).toMatch(ETAG)
    const got = await flow('GET', `/sourceConnections/${id}`)
    expect(got.headers.get('etag')).toBe(etag)
    const item = (got.body as { items: Record<string, unknown>[] }).items[0]
    expect(item).toEqual({
      id,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      createdBy: DEMO_CLIENT.clientId,
      updatedBy: DEMO_CLIENT.clientId,
      createdClient: DEMO_CLIENT.clientId,
      updatedClient: DEMO_CLIENT.clientId,
      sandboxId: expect.any(String),
      sandboxName: 'prod',
      imsOrgId: DEMO_CLIENT.orgId,
      name: 'Oracle incidents source',
      baseConnectionId: baseId,
      data: { format: 'tabular' },
      params: { tableName: 'incidents', columns: [ID, SUBJECT], cdcEnabled: false },
      connectionSpec: { id: OSC, version: '1.0' },
      state: 'enabled',
      version: etag,
      etag
    })
    expect(item?.['createdAt']).toBeGreaterThanOrEqual(before)

    await created(flow('POST', '/sourceConnections', sourceBody({ name: 'other' })))
    await created(flow('POST', '/sourceConnections', sourceBody({ name: 'other' })))
    await created(flow('POST', '/sourceConnections', sourceBody({ name: 'other' })))
    const first = (await flow('GET', '/sourceConnections?property=name==other')).body as {
      items: unknown[]
      _links: { next: { href: string } }
    }
    expect(first.items).toHaveLength(2)
    expect(first._links.next.href).toMatch(/^\/sourceConnections\?property=name==other&continuationToken=[\w-]+==$/)
    const second = (await flow('GET', first._links.next.href)).body as { items: { name: string }[]; _links?: unknown }
    expect(second.items.map(s => s.name)).toEqual(['other'])
    expect(second._links).toBeUndefined()
    // A token is good for the collection it came from only.
    const token = first._links.next.href.split('continuationToken=')[1] ?? ''
    expect(flowError(await flow('GET', `/flows?continuationToken=${token}`)).code).toBe('FLOW-1453-400')

    expect(flowError(await flow('PATCH', `/sourceConnections/${id}`, []))).toMatchObject({ code: 'FLOW-1403-400' })
    const patch = [
      { op: 'replace', path: '/params', value: { tableName: 'contacts' } },
      { op: 'add', path: '/description', value: 'contacts now' }
    ]
    expect(flowError(await flow('PATCH', `/sourceConnections/${id}`, patch, { 'if-match': '"stale"' }))).toMatchObject({
      status: 412,
      code: 'FLOW-1404-412'
    })
    const patched = await flow('PATCH', `/sourceConnections/${id}`, patch, { 'if-match': etag })
    expect(patched.status).toBe(200)
    const newEtag = (patched.body as { etag: string }).etag
    expect(patched.body).toEqual({ id, etag: expect.stringMatching(ETAG) })
    expect(newEtag).not.toBe(etag)
    expect(emu.sourceConnections()[0]).toMatchObject({
      params: { tableName: 'contacts' },
      description: 'contacts now',
      etag: newEtag
    })
    const again = (p: unknown[]) => flow('PATCH', `/sourceConnections/${id}`, p, { 'if-match': newEtag })
    expect(flowError(await again([{ op: 'replace', path: '/connectionSpec', value: {} }]))).toMatchObject({
      code: 'FLOW-1455-400',
      detail: 'An error has occurred while validating patch instructions: Missing field "connectionSpec".'
    })
    expect(flowError(await again([{ op: 'move', path: '/name', from: '/x' }])).code).toBe('FLOW-1434-400')
    expect(flowError(await again([{ op: 'replace', path: '/params', value: { columns: [] } }])).code).toBe(
      'FLOW-1100-400'
    )
  })

  it("refuses an unknown base connection (1439), spec (1413) or a spec other than the base connection's", async () => {
    expect(flowError(await flow('POST', '/sourceConnections', sourceBody({ baseConnectionId: 'nope' })))).toEqual({
      status: 400,
      code: 'FLOW-1439-400',
      detail: 'The requested connections resource nope is not found. Verify the resource ID before trying again.'
    })
    const inDev = emu.seedConnection({ name: 'dev one', sandboxName: 'dev' }).id
    expect(flowError(await flow('POST', '/sourceConnections', sourceBody({ baseConnectionId: inDev }))).code).toBe(
      'FLOW-1439-400'
    )
    const bogusSpec = sourceBody({ connectionSpec: { id: 'bogus', version: '1.0' } })
    expect(flowError(await flow('POST', '/sourceConnections', bogusSpec)).code).toBe('FLOW-1413-400')
    const otherSpec = sourceBody({ connectionSpec: { id: SITE_BASIC_AUTH_SPEC.id, version: '1.0' } })
    expect(flowError(await flow('POST', '/sourceConnections', otherSpec)).code).toBe('FLOW-1413-400')
    const noTable = sourceBody({ params: { columns: [] } })
    expect(flowError(await flow('POST', '/sourceConnections', noTable))).toEqual({
      status: 400,
      code: 'FLOW-1100-400',
      detail: invalid('The field "params.tableName" (or "params.path") is required and must be a string.')
    })
    // The older tutorial's params.path is accepted too, naming a table of the source.
    await created(flow('POST', '/sourceConnections', sourceBody({ params: { path: 'incidents' } })))
    expect(flowError(await flow('POST', '/sourceConnections?mode=live', sourceBody())).code).toBe('FLOW-1453-400')
    expect(flowError(await flow('POST', '/sourceConnections', sourceBody({ state: 'enabled' }))).detail).toBe(
      invalid('Unrecognized field "state" in the request body.')
    )
  })

  it('keeps drafts until published, once', async () => {
    const { id, etag } = await created(flow('POST', '/sourceConnections?mode=draft', sourceBody()))
    expect(emu.sourceConnections()[0]?.state).toBe('draft')
    expect(
      (await flow('POST', `/sourceConnections/${id}/action?op=publish`, undefined, { 'content-type': undefined }))
        .status
    ).toBe(400)
    const published = await flow('POST', `/sourceConnections/${id}/action?op=publish`)
    expect(published.status).toBe(200)
    expect((published.body as { etag: string }).etag).not.toBe(etag)
    expect(emu.sourceConnections()[0]?.state).toBe('enabled')
    expect(flowError(await flow('POST', `/sourceConnections/${id}/action?op=publish`))).toEqual({
      status: 400,
      code: 'FLOW-1422-400',
      detail:
        'The action publish cannot be applied on the current state enabled. Please update the action and try again.'
    })
    expect(flowError(await flow('POST', `/sourceConnections/${id}/action?op=enable`)).code).toBe('FLOW-1434-400')
  })

  it('is kept per sandbox, behind the gateway', async () => {
    const { id } = await created(flow('POST', '/sourceConnections', sourceBody()))
    expect((await flow('GET', `/sourceConnections/${id}`, undefined, { 'x-sandbox-name': 'dev' })).status).toBe(404)
    expect((await flow('GET', '/sourceConnections', undefined, { 'x-sandbox-name': 'dev' })).body).toEqual({
      items: []
    })
    expect((await flow('GET', `/sourceConnections/${id}`, undefined, { authorization: undefined })).body).toEqual({
      error_code: '403010',
      message: 'Oauth token is missing.'
    })
  })
})

describe('target connections', () => {
  it('creates one on a Catalog dataset of the sandbox', async () => {
    const { id, etag } = await created(flow('POST', '/targetConnections', targetBody()))
    const item = ((await flow('GET', `/targetConnections/${id}`)).body as { items: unknown[] }).items[0]
    expect(item).toMatchObject({
      id,
      name: 'Oracle incidents target',
      data: {
        schema: { id: DEMO_DATASET.schemaRef.id, version: DEMO_DATASET.schemaRef.contentType },
        format: 'parquet_xdm'
      },
      params: { dataSetId: DEMO_DATASET.id },
      connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' },
      state: 'enabled',
      version: etag,
      etag
    })
    // The newest tutorial sends no data.format.
    const noFormat = targetBody({ data: { schema: { id: DEMO_DATASET.schemaRef.id, version: '1' } } })
    await created(flow('POST', '/targetConnections', noFormat))
    expect(emu.targetConnections()).toHaveLength(2)
  })

  it('refuses an unknown dataset (1439), another spec (1413), another format or another schema', async () => {
    expect(
      flowError(await flow('POST', '/targetConnections', targetBody({ params: { dataSetId: 'missing' } })))
    ).toEqual({
      status: 400,
      code: 'FLOW-1439-400',
      detail: 'The requested dataSets resource missing is not found. Verify the resource ID before trying again.'
    })
    const otherSpec = targetBody({ connectionSpec: { id: OSC, version: '1.0' } })
    expect(flowError(await flow('POST', '/targetConnections', otherSpec)).code).toBe('FLOW-1413-400')
    const csv = targetBody({ data: { schema: { id: DEMO_DATASET.schemaRef.id, version: '1' }, format: 'delimited' } })
    expect(flowError(await flow('POST', '/targetConnections', csv)).detail).toBe(
      invalid('The field "data.format" must be "parquet_xdm" for the data lake.')
    )
    const wrongSchema = targetBody({ data: { schema: { id: OTHER_DATASET.schemaRef.id, version: '1' } } })
    expect(flowError(await flow('POST', '/targetConnections', wrongSchema)).detail).toBe(
      invalid(
        `The schema ${OTHER_DATASET.schemaRef.id} is not the schema ${DEMO_DATASET.schemaRef.id} of dataset ${DEMO_DATASET.id}.`
      )
    )
    expect(emu.targetConnections()).toEqual([])
  })
})

describe('Data Prep mapping sets', () => {
  it('creates version 0, adds versions with PUT, and reads the latest or a given version', async () => {
    const answer = await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))
    expect(answer.status).toBe(200)
    const created0 = answer.body as { id: string; createdDate: number }
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      version: 0,
      createdDate: expect.any(Number),
      modifiedDate: created0.createdDate,
      createdBy: DEMO_CLIENT.clientId,
      modifiedBy: DEMO_CLIENT.clientId
    })
    const id = created0.id
    const latest = (await prep('GET', `/mappingSets/${id}`)).body as Record<string, unknown>
    expect(latest).toMatchObject({
      id,
      version: 0,
      status: 'PUBLISHED',
      outputSchema: { schemaRef: DEMO_DATASET.schemaRef }
    })
    expect((latest['mappings'] as unknown[])[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      version: 0,
      createdDate: expect.any(Number),
      modifiedDate: created0.createdDate,
      createdBy: DEMO_CLIENT.clientId,
      modifiedBy: DEMO_CLIENT.clientId,
      sourceType: 'text/x.schema-path',
      source: 'id',
      destination: '_acme.incidentId',
      identity: false,
      primaryIdentity: false,
      sourceAttribute: 'id',
      destinationXdmPath: '_acme.incidentId'
    })

    const put = await prep('PUT', `/mappingSets/${id}`, mappingBody({ name: 'person.name.fullName' }))
    expect(put.status).toBe(200)
    expect(put.body).toMatchObject({ id, version: 1, createdDate: created0.createdDate })
    const pairs = async (q: string) =>
      (await prep('GET', `/mappingSets/${id}${q}`)).body as { version: number; mappings: { source: string }[] }
    expect((await pairs('')).version).toBe(1)
    expect((await pairs('')).mappings.map(m => m.source)).toEqual(['name'])
    expect((await pairs('?version=0')).mappings.map(m => m.source)).toEqual(['id', 'subject', 'updatedTime'])
    expect((await prep('GET', `/mappingSets/${id}?version=2`)).status).toBe(404)
    expect(emu.mappingSets()[0]?.versions.map(v => v.version)).toEqual([0, 1])
    expect(emu.mappingSets()[0]).toMatchObject({ id, sandboxName: 'prod', imsOrgId: DEMO_CLIENT.orgId })
  })

  it('refuses destinations outside the schema, empty mappings and unknown schemas with the Platform error body', async () => {
    expect(await prep('POST', '/mappingSets', mappingBody({ id: '_acme.nope' }))).toMatchObject({
      status: 400,
      body: {
        type: '/placeholder/type/uri',
        status: 400,
        title: 'BadRequestError',
        detail: `mappings[0].destination "_acme.nope" is not a field of schema ${DEMO_DATASET.schemaRef.id}.`
      }
    })
    expect((await prep('POST', '/mappingSets', { ...mappingBody({}), mappings: [] })).status).toBe(400)
    const unknownSchema = mappingBody({ id: '_id' }, { id: 'https://ns.adobe.com/acme/schemas/none', contentType: 'x' })
    expect((await prep('POST', '/mappingSets', unknownSchema)).status).toBe(400)
    expect(
      (await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS), { 'content-type': undefined })).status
    ).toBe(400)
    // Mappings write to their own schema's fields: the contacts schema has fields the incidents one lacks.
    const contacts = mappingBody({ id: '_acme.contactId' }, OTHER_DATASET.schemaRef)
    expect((await prep('POST', '/mappingSets', contacts)).status).toBe(200)
  })

  it('lists with limit and start only, newest first; knows no DELETE; 404 for unknown ids', async () => {
    const first = ((await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))).body as { id: string }).id
    const second = ((await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))).body as { id: string }).id
    expect((await prep('GET', '/mappingSets')).status).toBe(400)
    expect((await prep('GET', '/mappingSets?limit=1')).status).toBe(400)
    const page = (await prep('GET', '/mappingSets?limit=1&start=0')).body as { data: { id: string }[]; _page: unknown }
    expect(page.data.map(s => s.id)).toEqual([second])
    expect(page._page).toEqual({ count: 1, limit: 1 })
    const next = (await prep('GET', '/mappingSets?limit=5&start=1')).body as { data: { id: string }[] }
    expect(next.data.map(s => s.id)).toEqual([first])
    expect((await prep('DELETE', `/mappingSets/${first}`)).status).toBe(405)
    expect((await prep('GET', '/mappingSets/0123456789abcdef0123456789abcdef')).status).toBe(404)
    expect(
      (await prep('PUT', '/mappingSets/0123456789abcdef0123456789abcdef', mappingBody(INCIDENT_MAPPINGS))).status
    ).toBe(404)
    expect((await prep('GET', `/mappingSets/${first}`, undefined, { 'x-sandbox-name': 'dev' })).status).toBe(404)
  })
})

describe('Catalog datasets', () => {
  it('answers a dataset keyed by its id, projected by properties, and 404 for an unknown one', async () => {
    const answer = await call(emu, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      [DEMO_DATASET.id]: {
        name: 'Oracle Service Cloud incidents',
        imsOrg: DEMO_CLIENT.orgId,
        sandboxId: expect.any(String),
        tags: {},
        version: '1.0.0',
        created: expect.any(Number),
        updated: expect.any(Number),
        createdClient: 'exc_app',
        schemaRef: {
          id: 'https://ns.adobe.com/acme/schemas/0123abcd4567ef890123abcd4567ef89',
          contentType: 'application/vnd.adobe.xed-full+json;version=1'
        }
      }
    })
    const projected = await call(emu, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}?properties=name,schemaRef`)
    expect(projected.body).toEqual({
      [DEMO_DATASET.id]: { name: DEMO_DATASET.name, schemaRef: DEMO_DATASET.schemaRef }
    })
    expect(await call(emu, 'GET', `${CATALOG}/dataSets/000000000000000000000000`)).toMatchObject({
      status: 404,
      body: { status: 404, title: 'NotFoundError', detail: 'The dataset 000000000000000000000000 could not be found.' }
    })
  })

  it('keeps a dataset seeded for one sandbox in that sandbox', async () => {
    await withEmulator(
      { sandboxes: ['prod', 'dev'], datasets: [{ ...DEMO_DATASET, sandboxName: 'dev' }] },
      async other => {
        expect((await call(other, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`)).status).toBe(404)
        const dev = await call(other, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`, undefined, {
          'x-sandbox-name': 'dev'
        })
        expect(dev.status).toBe(200)
      }
    )
  })
})

describe('flows', () => {
  it('creates an enabled flow that shows as Adobe shows it, and runs it once its start time has come', async () => {
    const ids = await chain()
    const body = flowBody(ids)
    const { id, etag } = await created(flow('POST', '/flows', body))
    expect(etag).toMatch(ETAG)
    const item = await getFlow(id)
    expect(item).toEqual({
      id,
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      createdBy: DEMO_CLIENT.clientId,
      updatedBy: DEMO_CLIENT.clientId,
      createdClient: DEMO_CLIENT.clientId,
      updatedClient: DEMO_CLIENT.clientId,
      sandboxId: expect.any(String),
      sandboxName: 'prod',
      imsOrgId: DEMO_CLIENT.orgId,
      name: 'Oracle incidents dataflow',
      state: 'enabled',
      flowSpec: { id: CRM, version: '1.0' },
      sourceConnectionIds: [ids.source],
      targetConnectionIds: [ids.target],
      inheritedAttributes: {
        sourceConnections: [
          {
            id: ids.source,
            connectionSpec: { id: OSC, version: '1.0' },
            baseConnection: { id: baseId, connectionSpec: { id: OSC, version: '1.0' } }
          }
        ],
        targetConnections: [{ id: ids.target, connectionSpec: { id: DATA_LAKE_SPEC_ID, version: '1.0' } }]
      },
      transformations: [
        { name: 'Copy', params: { deltaColumn: { name: 'updatedTime' } } },
        { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: '0' } }
      ],
      scheduleParams: body['scheduleParams'],
      runs: `/runs?property=flowId==${id}`,
      lastOperation: {
        started: item.createdAt,
        updated: item.createdAt,
        percentCompleted: 100,
        status: { value: 'completed', errors: [] },
        operation: 'create'
      },
      lastRunDetails: {
        id: expect.any(String),
        state: 'success',
        startedAtUTC: item.createdAt,
        completedAtUTC: item.createdAt
      },
      version: etag,
      etag
    })
    const runs = await runsOf(id)
    expect(runs).toEqual([
      {
        id: item.lastRunDetails?.id,
        createdAt: item.createdAt,
        updatedAt: item.createdAt,
        sandboxId: item.sandboxId,
        sandboxName: 'prod',
        imsOrgId: DEMO_CLIENT.orgId,
        flowId: id,
        flowSpec: { id: CRM, version: '1.0' },
        etag: expect.stringMatching(ETAG),
        metrics: {
          durationSummary: { startedAtUTC: item.createdAt, completedAtUTC: item.createdAt },
          recordSummary: { inputRecordCount: 42, outputRecordCount: 42, failedRecordCount: 0 },
          statusSummary: { status: 'success', errors: [] }
        },
        activities: []
      }
    ])
    expect(emu.runs()).toEqual(runs)
    expect(emu.flows()).toEqual([item])
    expect(await runsOf('another-flow')).toEqual([])
    const listed = (await flow('GET', `/flows?property=${encodeURIComponent('name==Oracle incidents dataflow')}`)).body
    expect(listed).toEqual({ items: [item] })
  })

  it('takes integer schedule params and an hourly interval of 1, stored as sent', async () => {
    const ids = await chain()
    const scheduleParams = { startTime: pastStart(), frequency: 'hour', interval: 1 }
    const { id } = await created(flow('POST', '/flows', flowBody(ids, { scheduleParams })))
    expect((await getFlow(id)).scheduleParams).toEqual(scheduleParams)
    const once = { startTime: pastStart(), frequency: 'once' }
    await created(
      flow('POST', '/flows', flowBody(ids, { name: 'once', scheduleParams: once, transformations: mappingOnly(ids) }))
    )
  })

  it('holds the interval to the flow spec: at least 15 for minute, none for once', async () => {
    const ids = await chain()
    const schedule = (scheduleParams: Record<string, unknown>) =>
      flow('POST', '/flows', flowBody(ids, { scheduleParams }))
    expect(flowError(await schedule({ startTime: '1612310466', frequency: 'minute', interval: '10' }))).toEqual({
      status: 400,
      code: 'FLOW-1100-400',
      detail: invalid('scheduleParams.interval must be at least 15, found 10.')
    })
    expect(flowError(await schedule({ startTime: '1612310466', frequency: 'hour', interval: 0 })).detail).toBe(
      invalid('scheduleParams.interval must be at least 1, found 0.')
    )
    expect(flowError(await schedule({ startTime: '1612310466', frequency: 'day' })).detail).toBe(
      invalid("required property 'interval' is missing from scheduleParams.")
    )
    expect(flowError(await schedule({ startTime: '1612310466', frequency: 'once', interval: '15' })).detail).toBe(
      invalid("'interval' not allowed in scheduleParams.")
    )
    expect(flowError(await schedule({ startTime: 'soon', frequency: 'hour', interval: '1' })).detail).toBe(
      invalid('scheduleParams.startTime must be of type integer, found string.')
    )
    expect(flowError(await schedule({ startTime: 1612310466, frequency: 'month', interval: 1 })).detail).toBe(
      invalid('scheduleParams.frequency must be one of ["once","minute","hour","day","week"].')
    )
    expect(emu.flows()).toEqual([])
  })

  it('refuses state in the body (1410), unknown connections (1439), mappings (1419) and mapping versions (1412)', async () => {
    const ids = await chain()
    const post = (body: Record<string, unknown>) => flow('POST', '/flows', body)
    expect(flowError(await post(flowBody(ids, { state: 'enabled' })))).toEqual({
      status: 400,
      code: 'FLOW-1410-400',
      detail: '`State` is not allowed in the create flow request.'
    })
    expect(flowError(await post(flowBody({ ...ids, source: 'nope' })))).toMatchObject({
      code: 'FLOW-1439-400',
      detail: 'The requested sourceConnections resource nope is not found. Verify the resource ID before trying again.'
    })
    expect(flowError(await post(flowBody({ ...ids, target: 'nope' }))).code).toBe('FLOW-1439-400')
    expect(flowError(await post(flowBody({ ...ids, mapping: 'ffffffffffffffffffffffffffffffff' })))).toEqual({
      status: 400,
      code: 'FLOW-1419-400',
      detail:
        'Error while validating mapping with id ffffffffffffffffffffffffffffffff, version 0. This could be because of inadequate permissions on mapped fields. Please check your mapping or contact your admin.'
    })
    const version3 = flowBody(ids)
    ;(version3['transformations'] as { params: Record<string, unknown> }[])[1]!.params['mappingVersion'] = '3'
    expect(flowError(await post(version3))).toEqual({
      status: 400,
      code: 'FLOW-1412-400',
      detail: 'Invalid Mapping Version in request. Please provide correct mapping version.'
    })
    expect(flowError(await post(flowBody(ids, { scheduleParams: undefined }))).detail).toBe(
      invalid('The field "scheduleParams" is required unless the flow is created with mode=draft.')
    )
    const twoMappings = flowBody(ids, {
      transformations: [
        { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 0 } },
        { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 0 } }
      ]
    })
    expect(flowError(await post(twoMappings)).detail).toBe(
      invalid('A flow holds one transformation of each name; "Mapping" is given twice.')
    )
    expect(emu.flows()).toEqual([])
  })

  it("refuses a mapping whose schema is not the target dataset's (1425)", async () => {
    const ids = await chain()
    const contacts = await prep('POST', '/mappingSets', mappingBody({ id: '_acme.contactId' }, OTHER_DATASET.schemaRef))
    const mapping = (contacts.body as { id: string }).id
    expect(flowError(await flow('POST', '/flows', flowBody({ ...ids, mapping })))).toEqual({
      status: 400,
      code: 'FLOW-1425-400',
      detail: `Error while matching schema in target dataset ${DEMO_DATASET.id} with schema in mapping ${mapping}. Schema with same id and version must be used in both mapping and target dataset.`
    })
  })

  it('builds a draft, completes it by PATCH, and publishes it once its connections are published (newest CRMToAEP)', async () => {
    await onNewest(buildDraftAndPublish)
  })

  async function buildDraftAndPublish(): Promise<void> {
    const ids = await chain('?mode=draft')
    const bare = flowBody(ids, { transformations: undefined, scheduleParams: undefined })
    const { id, etag } = await created(flow('POST', '/flows?mode=draft', bare))
    expect((await getFlow(id)).state).toBe('draft')
    expect(flowError(await flow('POST', `/flows/${id}/action?op=publish`))).toEqual({
      status: 400,
      code: 'FLOW-1455-400',
      detail: 'An error has occurred while validating patch instructions: Missing field "transformations".'
    })
    const complete = flowBody(ids)
    const patched = await flow(
      'PATCH',
      `/flows/${id}`,
      [
        { op: 'add', path: '/transformations', value: complete['transformations'] },
        { op: 'add', path: '/scheduleParams', value: complete['scheduleParams'] }
      ],
      { 'if-match': etag }
    )
    expect(patched.status).toBe(200)
    expect(flowError(await flow('POST', `/flows/${id}/action?op=publish`))).toEqual({
      status: 400,
      code: 'FLOW-1444-400',
      detail: `Source connection ${ids.source} is not in expected state enabled.`
    })
    expect((await flow('POST', `/sourceConnections/${ids.source}/action?op=publish`)).status).toBe(200)
    expect(flowError(await flow('POST', `/flows/${id}/action?op=publish`)).detail).toBe(
      `Target connection ${ids.target} is not in expected state enabled.`
    )
    expect((await flow('POST', `/targetConnections/${ids.target}/action?op=publish`)).status).toBe(200)
    // Upper-case, with a subOp, as the OpenAPI writes it; no body, but the content type.
    const published = await flow('POST', `/flows/${id}/action?op=PUBLISH&subOp=APPLY`)
    expect(published.status).toBe(200)
    expect(published.body).toEqual({ id, etag: expect.stringMatching(ETAG) })
    const item = await getFlow(id)
    expect(item.state).toBe('enabled')
    expect(item.lastOperation?.operation).toBe('publish')
    expect(await runsOf(id)).toHaveLength(1)
    // A publish sent again: the flow is no longer a draft (flow-service-errors.md 1444, in the
    // catalogue's own wording, which names the state pending).
    expect(flowError(await flow('POST', `/flows/${id}/action?op=publish`))).toEqual({
      status: 400,
      code: 'FLOW-1444-400',
      detail: `Flow ${id} is not in expected state pending.`
    })
  }

  it('disables and enables an enabled flow, and refuses other actions', async () => {
    const ids = await chain()
    const { id } = await created(flow('POST', '/flows', flowBody(ids)))
    const action = (op: string, headers?: Record<string, string | undefined>) =>
      flow('POST', `/flows/${id}/action?op=${op}`, undefined, headers)
    expect((await action('disable')).status).toBe(200)
    expect((await getFlow(id)).state).toBe('disabled')
    expect((await action('disable')).status).toBe(200)
    expect((await action('enable')).status).toBe(200)
    expect((await getFlow(id)).state).toBe('enabled')
    expect(await action('enable', { 'content-type': undefined })).toMatchObject({
      status: 400,
      body: { title: 'BadRequestError', detail: 'A valid content-type must be specified' }
    })
    expect(flowError(await action('finalize')).code).toBe('FLOW-1402-400')
    expect(flowError(await action('pause')).code).toBe('FLOW-1434-400')
    expect(flowError(await flow('POST', `/flows/${id}/action`)).code).toBe('FLOW-1100-400')
    expect(flowError(await flow('POST', '/flows/nope/action?op=enable')).code).toBe('FLOW-1101-404')
  })

  it('refuses to enable a draft (1422), where the flow spec allows drafts', async () => {
    await onNewest(async () => {
      const ids = await chain()
      const draft = await created(flow('POST', '/flows?mode=draft', flowBody(ids, { name: 'draft' })))
      expect(flowError(await flow('POST', `/flows/${draft.id}/action?op=enable`)).detail).toBe(
        'The action enable cannot be applied on the current state draft. Please update the action and try again.'
      )
    })
  })

  it('patches with the current etag: schedule, name, a mapping version; one transformation of each name', async () => {
    const ids = await chain()
    const { id, etag } = await created(flow('POST', '/flows', flowBody(ids)))
    const patch = (ops: unknown[], ifMatch?: string) =>
      flow('PATCH', `/flows/${id}`, ops, ifMatch === undefined ? {} : { 'if-match': ifMatch })
    const rename = [{ op: 'replace', path: '/name', value: 'renamed' }]
    expect(flowError(await patch(rename))).toEqual({
      status: 400,
      code: 'FLOW-1403-400',
      detail: "The header 'If-Match' is missing in the request. Please provide the header and try again."
    })
    expect(flowError(await patch(rename, '"0a000000-0000-0200-0000-000000000000"'))).toMatchObject({
      status: 412,
      code: 'FLOW-1404-412'
    })
    expect(flowError(await patch(rename, etag.replace(/"/g, ''))).code).toBe('FLOW-1404-412')

    await prep('PUT', `/mappingSets/${ids.mapping}`, mappingBody(INCIDENT_MAPPINGS))
    const ok = await patch(
      [
        { op: 'replace', path: '/scheduleParams/frequency', value: 'day' },
        { op: 'replace', path: '/scheduleParams/interval', value: '1' },
        { op: 'replace', path: '/name', value: 'renamed' },
        {
          op: 'replace',
          path: '/transformations/1',
          value: { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 1 } }
        }
      ],
      etag
    )
    expect(ok.status).toBe(200)
    const next = (ok.body as { etag: string }).etag
    expect(ok.body).toEqual({ id, etag: expect.stringMatching(ETAG) })
    expect(next).not.toBe(etag)
    const item = await getFlow(id)
    expect(item).toMatchObject({
      name: 'renamed',
      etag: next,
      version: next,
      scheduleParams: { frequency: 'day', interval: '1' },
      transformations: [
        { name: 'Copy', params: { deltaColumn: { name: 'updatedTime' } } },
        { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: '1' } }
      ],
      lastOperation: { operation: 'update', ops: expect.any(Array) }
    })

    // update-dataflows.md replaces index 0 with a Mapping; here index 0 is the Copy step.
    const copyToMapping = [
      {
        op: 'replace',
        path: '/transformations/0',
        value: { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 0 } }
      }
    ]
    expect(flowError(await patch(copyToMapping, next))).toEqual({
      status: 400,
      code: 'FLOW-1455-400',
      detail:
        'An error has occurred while validating patch instructions: A flow holds one transformation of each name; "Mapping" is given twice.'
    })
    const missingVersion = [
      {
        op: 'replace',
        path: '/transformations/1',
        value: { name: 'Mapping', params: { mappingId: ids.mapping, mappingVersion: 7 } }
      }
    ]
    expect(flowError(await patch(missingVersion, next)).code).toBe('FLOW-1412-400')
    expect(flowError(await patch([{ op: 'replace', path: '/scheduleParams/interval', value: 0 }], next)).detail).toBe(
      'An error has occurred while validating patch instructions: scheduleParams.interval must be at least 1, found 0.'
    )
    expect(flowError(await patch([{ op: 'replace', path: '/state', value: 'enabled' }], next)).detail).toBe(
      'An error has occurred while validating patch instructions: Missing field "state".'
    )
    expect(flowError(await patch([{ op: 'copy', path: '/name', from: '/description' }], next)).code).toBe(
      'FLOW-1434-400'
    )
    // sources-errors.md 1366: a start time that has passed cannot be moved.
    expect(
      flowError(
        await patch([{ op: 'replace', path: '/scheduleParams/startTime', value: String(pastStart() + 7200) }], next)
      )
    ).toEqual({
      status: 400,
      code: 'FLOW-1366-400',
      detail: 'The start time has passed and the update operation is no longer allowed.'
    })
    expect((await getFlow(id)).etag).toBe(next)
  })

  it('deletes a flow with its runs', async () => {
    const ids = await chain()
    const { id } = await created(flow('POST', '/flows', flowBody(ids)))
    expect(await runsOf(id)).toHaveLength(1)
    const deleted = await flow('DELETE', `/flows/${id}`)
    expect(deleted.status).toBe(204)
    expect(deleted.body).toBeUndefined()
    expect((await flow('GET', `/flows/${id}`)).status).toBe(404)
    expect((await flow('DELETE', `/flows/${id}`)).status).toBe(404)
    expect(emu.runs()).toEqual([])
  })
})

describe('JSON Patch instructions: op, path and value, as the OpenAPI PatchInstruction requires', () => {
  const missingValue = {
    status: 400,
    code: 'FLOW-1455-400',
    detail: 'An error has occurred while validating patch instructions: Missing field "value".'
  }

  it('refuses an instruction without a value (1455), a remove included, on flows and connections', async () => {
    const ids = await chain()
    const { id, etag } = await created(flow('POST', '/flows', flowBody(ids)))
    const patch = (ops: unknown[], ifMatch = etag) => flow('PATCH', `/flows/${id}`, ops, { 'if-match': ifMatch })
    expect(flowError(await patch([{ op: 'remove', path: '/description' }]))).toEqual(missingValue)
    expect(flowError(await patch([{ op: 'REMOVE', path: '/scheduleParams/backfill' }]))).toEqual(missingValue)
    expect(flowError(await patch([{ op: 'add', path: '/description' }]))).toEqual(missingValue)
    expect(flowError(await patch([{ op: 'replace', path: '/name' }]))).toEqual(missingValue)
    // A good instruction before it does not carry it: nothing is applied.
    const mixed = [
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'remove', path: '/scheduleParams/backfill' }
    ]
    expect(flowError(await patch(mixed))).toEqual(missingValue)
    expect(await getFlow(id)).toMatchObject({ etag, name: 'Oracle incidents dataflow' })

    // With a value (any value: remove does not read it), a remove is served.
    const removed = await patch([{ op: 'remove', path: '/scheduleParams/backfill', value: null }])
    expect(removed.status).toBe(200)
    expect((await getFlow(id)).scheduleParams).toEqual({
      startTime: expect.any(String),
      frequency: 'minute',
      interval: '15'
    })

    // Source and base connections read their instructions the same way.
    const source = emu.sourceConnections()[0]
    const noValue = [{ op: 'remove', path: '/description' }]
    expect(
      flowError(await flow('PATCH', `/sourceConnections/${ids.source}`, noValue, { 'if-match': source?.etag }))
    ).toEqual(missingValue)
    const base = emu.connections().find(c => c.id === baseId)
    expect(flowError(await flow('PATCH', `/connections/${baseId}`, noValue, { 'if-match': base?.etag }))).toEqual(
      missingValue
    )
    const withValue = [{ op: 'remove', path: '/description', value: '' }]
    expect((await flow('PATCH', `/connections/${baseId}`, withValue, { 'if-match': base?.etag })).status).toBe(200)
  })
})

describe('schedules and the delta column, as the sources catalogue answers them', () => {
  const futureStart = (): number => Math.floor(Date.now() / 1000) + 3600
  const ONCE_AFTER_START = {
    status: 400,
    code: 'FLOW-1403-400',
    detail: 'The start time has passed and you can no longer change the frequency to once.'
  }
  const START_TIME_PASSED = {
    status: 400,
    code: 'FLOW-1366-400',
    detail: 'The start time has passed and the update operation is no longer allowed.'
  }
  const DELTA_WITH_ONCE = {
    status: 400,
    code: 'FLOW-1369-400',
    detail:
      'The delta column in copy transform is not allowed when frequency is set to once. Please remove the delta column and try again.'
  }
  const patchFlow = (id: string, ops: unknown[], ifMatch: string) =>
    flow('PATCH', `/flows/${id}`, ops, { 'if-match': ifMatch })

  it('refuses a change of frequency to once after the start time has passed (1403), not before it', async () => {
    const ids = await chain()
    const started = await created(flow('POST', '/flows', flowBody(ids, { transformations: mappingOnly(ids) })))
    const startTime = (await getFlow(started.id)).scheduleParams?.['startTime']
    // The whole schedule replaced, its start time kept (as the action sends it when interval goes) ...
    const whole = [{ op: 'replace', path: '/scheduleParams', value: { startTime, frequency: 'once' } }]
    const answer = await patchFlow(started.id, whole, started.etag)
    expect(flowError(answer)).toEqual(ONCE_AFTER_START)
    // ... the sources catalogue's title, not the If-Match 1403's "Header is missing".
    expect(answer.body).toMatchObject({ title: 'Bad Request', status: 400 })
    // ... or field by field, as update-dataflows.md patches the frequency.
    const fields = [
      { op: 'replace', path: '/scheduleParams/frequency', value: 'once' },
      { op: 'remove', path: '/scheduleParams/interval', value: null },
      { op: 'remove', path: '/scheduleParams/backfill', value: null }
    ]
    expect(flowError(await patchFlow(started.id, fields, started.etag))).toEqual(ONCE_AFTER_START)
    expect((await getFlow(started.id)).etag).toBe(started.etag)
    // Another frequency is still served after the start.
    const hourly = [
      { op: 'replace', path: '/scheduleParams/frequency', value: 'hour' },
      { op: 'replace', path: '/scheduleParams/interval', value: '1' }
    ]
    expect((await patchFlow(started.id, hourly, started.etag)).status).toBe(200)

    // Before its start time, a flow may become once; once that start has passed, it may still change otherwise.
    const later = futureStart()
    const coming = await created(
      flow(
        'POST',
        '/flows',
        flowBody(ids, {
          name: 'later',
          transformations: mappingOnly(ids),
          scheduleParams: { startTime: later, frequency: 'minute', interval: 15 }
        })
      )
    )
    const toOnce = [{ op: 'replace', path: '/scheduleParams', value: { startTime: later, frequency: 'once' } }]
    const once = await patchFlow(coming.id, toOnce, coming.etag)
    expect(once.status).toBe(200)
    emu.advanceClock(2 * 3600 * 1000)
    const renamed = [{ op: 'replace', path: '/name', value: 'later, renamed' }]
    expect((await patchFlow(coming.id, renamed, (once.body as { etag: string }).etag)).status).toBe(200)
  })

  it('refuses to move a start time that has passed (1366), before looking at the frequency', async () => {
    const ids = await chain()
    const { id, etag } = await created(flow('POST', '/flows', flowBody(ids, { transformations: mappingOnly(ids) })))
    const moved = String(pastStart() + 7200)
    expect(
      flowError(await patchFlow(id, [{ op: 'replace', path: '/scheduleParams/startTime', value: moved }], etag))
    ).toEqual(START_TIME_PASSED)
    const movedToOnce = [{ op: 'replace', path: '/scheduleParams', value: { startTime: moved, frequency: 'once' } }]
    expect(flowError(await patchFlow(id, movedToOnce, etag))).toEqual(START_TIME_PASSED)
    // A start time still to come may move.
    const coming = await created(
      flow(
        'POST',
        '/flows',
        flowBody(ids, { name: 'later', scheduleParams: { startTime: futureStart(), frequency: 'hour', interval: 1 } })
      )
    )
    const movedLater = [{ op: 'replace', path: '/scheduleParams/startTime', value: futureStart() + 600 }]
    expect((await patchFlow(coming.id, movedLater, coming.etag)).status).toBe(200)
  })

  it('lets a draft (never started) move its start time and become once (newest CRMToAEP)', async () => {
    await onNewest(async () => {
      const ids = await chain()
      const draft = await created(
        flow('POST', '/flows?mode=draft', flowBody(ids, { name: 'draft', transformations: mappingOnly(ids) }))
      )
      const value = { startTime: pastStart() + 60, frequency: 'once' }
      expect((await patchFlow(draft.id, [{ op: 'replace', path: '/scheduleParams', value }], draft.etag)).status).toBe(
        200
      )
    })
  })

  it('refuses a Copy step (delta column) in a flow scheduled once (1369): create, PATCH, draft', async () => {
    const ids = await chain()
    const once = { startTime: pastStart(), frequency: 'once' }
    expect(flowError(await flow('POST', '/flows', flowBody(ids, { scheduleParams: once })))).toEqual(DELTA_WITH_ONCE)
    expect(emu.flows()).toEqual([])

    // A flow yet to start, with its Copy step: once is refused while the Copy step stays.
    const later = futureStart()
    const { id, etag } = await created(
      flow('POST', '/flows', flowBody(ids, { scheduleParams: { startTime: later, frequency: 'hour', interval: 1 } }))
    )
    const toOnce = { op: 'replace', path: '/scheduleParams', value: { startTime: later, frequency: 'once' } }
    expect(flowError(await patchFlow(id, [toOnce], etag))).toEqual(DELTA_WITH_ONCE)
    const withoutCopy = { op: 'replace', path: '/transformations', value: mappingOnly(ids) }
    const done = await patchFlow(id, [toOnce, withoutCopy], etag)
    expect(done.status).toBe(200)
    const copyBack = {
      op: 'add',
      path: '/transformations/0',
      value: { name: 'Copy', params: { deltaColumn: { name: 'updatedTime' } } }
    }
    expect(flowError(await patchFlow(id, [copyBack], (done.body as { etag: string }).etag))).toEqual(DELTA_WITH_ONCE)

    // A flow whose start has passed, with its Copy step: the frequency answer (1403) comes first.
    const started = await created(flow('POST', '/flows', flowBody(ids, { name: 'started' })))
    const startTime = (await getFlow(started.id)).scheduleParams?.['startTime']
    const startedToOnce = [{ op: 'replace', path: '/scheduleParams', value: { startTime, frequency: 'once' } }]
    expect(flowError(await patchFlow(started.id, startedToOnce, started.etag))).toEqual(ONCE_AFTER_START)

    await onNewest(async () => {
      const drafted = await chain()
      const body = flowBody(drafted, { name: 'draft', scheduleParams: once })
      expect(flowError(await flow('POST', '/flows?mode=draft', body))).toEqual(DELTA_WITH_ONCE)
    })
  })
})

describe('what may be deleted while a flow uses it', () => {
  it('keeps a base connection while a flow reads through it (1418), and a source or target while a flow is active (1447)', async () => {
    // Drafts need the newest CRMToAEP.
    await onNewest(async () => {
      const ids = await chain()
      const draft = await created(flow('POST', '/flows?mode=draft', flowBody(ids, { name: 'draft' })))
      // Even a draft flow holds the base connection.
      expect(flowError(await flow('DELETE', `/connections/${baseId}`))).toEqual({
        status: 400,
        code: 'FLOW-1418-400',
        detail: `The base connection with the ID ${baseId} cannot be deleted because the base connection is being used in one or more flows. Please ensure that corresponding flows are deleted before deleting a base connection.`
      })
      const { id } = await created(flow('POST', '/flows', flowBody(ids)))
      expect(flowError(await flow('DELETE', `/sourceConnections/${ids.source}`))).toEqual({
        status: 400,
        code: 'FLOW-1447-400',
        detail: `Found active flows containing id ${ids.source}.`
      })
      expect(flowError(await flow('DELETE', `/targetConnections/${ids.target}`)).detail).toBe(
        `Found active flows containing id ${ids.target}.`
      )
      // A disabled flow is not active.
      expect((await flow('POST', `/flows/${id}/action?op=disable`)).status).toBe(200)
      expect((await flow('DELETE', `/targetConnections/${ids.target}`)).status).toBe(204)
      expect((await flow('DELETE', `/flows/${id}`)).status).toBe(204)
      expect((await flow('DELETE', `/flows/${draft.id}`)).status).toBe(204)
      expect((await flow('DELETE', `/connections/${baseId}`)).status).toBe(204)
      expect((await flow('DELETE', `/sourceConnections/${ids.source}`)).status).toBe(204)
      expect(emu.sourceConnections()).toEqual([])
    })
  })
})

describe('the clock: enabling and runs', () => {
  it('enables after flowEnableDelayMs, runs at startTime, and ends after runDurationMs', async () => {
    await withEmulator({ flowEnableDelayMs: 60_000, runDurationMs: 120_000 }, async other => {
      const saved = { emu, baseId }
      emu = other
      baseId = other.seedConnection({ name: 'Oracle' }).id
      try {
        const ids = await chain()
        const startTime = Math.floor(Date.now() / 1000) + 300
        const { id } = await created(
          flow(
            'POST',
            '/flows',
            flowBody(ids, { scheduleParams: { startTime, frequency: 'once' }, transformations: mappingOnly(ids) })
          )
        )
        expect((await getFlow(id)).state).toBe('initializing')
        // Still starting up: it cannot be disabled yet.
        expect(flowError(await flow('POST', `/flows/${id}/action?op=disable`)).code).toBe('FLOW-1422-400')
        other.advanceClock(60_000)
        expect((await getFlow(id)).state).toBe('enabled')
        expect(await runsOf(id)).toEqual([])

        other.advanceClock(240_000)
        const [running] = await runsOf(id)
        expect(running?.metrics).toEqual({
          durationSummary: { startedAtUTC: startTime * 1000 },
          recordSummary: { inputRecordCount: 0, outputRecordCount: 0, failedRecordCount: 0 },
          statusSummary: { status: 'inProgress', errors: [] }
        })
        expect((await getFlow(id)).lastRunDetails).toEqual({
          id: running?.id,
          state: 'inProgress',
          startedAtUTC: startTime * 1000
        })

        other.advanceClock(120_000)
        const [done] = await runsOf(id)
        expect(done?.metrics).toEqual({
          durationSummary: { startedAtUTC: startTime * 1000, completedAtUTC: startTime * 1000 + 120_000 },
          recordSummary: { inputRecordCount: 42, outputRecordCount: 42, failedRecordCount: 0 },
          statusSummary: { status: 'success', errors: [] }
        })
        expect(done?.id).toBe(running?.id)

        // reset() drops everything and puts the clock back.
        other.reset()
        expect([
          other.flows(),
          other.runs(),
          other.sourceConnections(),
          other.targetConnections(),
          other.mappingSets()
        ]).toEqual([[], [], [], [], []])
      } finally {
        ;({ emu, baseId } = saved)
      }
    })
  })

  it('runs nothing while disabled, and fails runs with runStatus Failed', async () => {
    await withEmulator({ runStatus: 'Failed', recordsPerRun: 7 }, async other => {
      const saved = { emu, baseId }
      emu = other
      baseId = other.seedConnection({ name: 'Oracle' }).id
      try {
        const ids = await chain()
        const startTime = Math.floor(Date.now() / 1000) + 60
        const { id } = await created(
          flow(
            'POST',
            '/flows',
            flowBody(ids, {
              scheduleParams: { startTime: String(startTime), frequency: 'once' },
              transformations: mappingOnly(ids)
            })
          )
        )
        expect((await flow('POST', `/flows/${id}/action?op=disable`)).status).toBe(200)
        other.advanceClock(120_000)
        expect(await runsOf(id)).toEqual([])
        expect((await flow('POST', `/flows/${id}/action?op=enable`)).status).toBe(200)
        const [run] = await runsOf(id)
        expect(run?.metrics.recordSummary).toEqual({ inputRecordCount: 7, outputRecordCount: 0, failedRecordCount: 7 })
        expect(run?.metrics.statusSummary).toEqual({
          status: 'Failed',
          errors: [{ code: 'EMULATED-RUN-FAILURE', message: 'The emulator fails every run (runStatus: Failed).' }]
        })
        expect((await getFlow(id)).lastRunDetails?.state).toBe('Failed')
      } finally {
        ;({ emu, baseId } = saved)
      }
    })
  })
})

describe('source connection params: a table of the source, columns as Adobe sends them', () => {
  const post = (params: Record<string, unknown>) => flow('POST', '/sourceConnections', sourceBody({ params }))

  it('takes columns as {name, type, xdm} objects of the table, and refuses a list of names (1100)', async () => {
    await created(post({ tableName: 'incidents', columns: [ID, SUBJECT, UPDATED] }))
    // As explore describes them, or without the optional meta:xdmType.
    const plain = { name: UPDATED.name, type: UPDATED.type, xdm: UPDATED.xdm }
    await created(post({ tableName: 'incidents', columns: [plain] }))
    expect(flowError(await post({ tableName: 'incidents', columns: ['id', 'subject'] }))).toEqual({
      status: 400,
      code: 'FLOW-1100-400',
      detail: invalid(
        'params.columns[0] must be an object with a string "name", a string "type" and an object "xdm" with a string "type", found string.'
      )
    })
    expect(flowError(await post({ tableName: 'incidents', columns: [{ name: 'id' }] })).detail).toBe(
      invalid(
        'params.columns[0] must be an object with a string "name", a string "type" and an object "xdm" with a string "type".'
      )
    )
    expect(flowError(await post({ tableName: 'incidents', columns: [{ ...ID, width: 3 }] })).detail).toBe(
      invalid('Unrecognized field "params.columns[0].width" in the request body.')
    )
    expect(flowError(await post({ tableName: 'incidents', columns: [] })).detail).toBe(
      invalid('The field "params.columns" must be a non-empty array of column objects {name, type, xdm}.')
    )
    expect(flowError(await post({ tableName: 'incidents', columns: [ID, { ...ID, name: 'closed' }] }))).toEqual({
      status: 400,
      code: 'FLOW-1100-400',
      detail: invalid('The column "closed" is not a column of table incidents.')
    })
    expect(flowError(await post({ tableName: 'incidents', columns: [ID, ID] })).detail).toBe(
      invalid('The column "id" is listed more than once.')
    )
    // closed is a column of the archived incidents.
    await created(post({ tableName: 'archived_incidents', columns: [{ ...ID, name: 'closed' }] }))
    expect(emu.sourceConnections()).toHaveLength(3)
  })

  it('names a table by the path explore lists (1330 otherwise), with tableName or the older path', async () => {
    await created(post({ tableName: 'contacts' }))
    await created(post({ path: 'organizations' }))
    const cases: [Record<string, string>, string][] = [
      [{ tableName: 'Account' }, 'Account'],
      [{ path: 'Account' }, 'Account'],
      [{ tableName: 'Incidents' }, 'Incidents']
    ]
    for (const [params, table] of cases) {
      expect(flowError(await post(params))).toEqual({
        status: 400,
        code: 'FLOW-1330-400',
        detail: `No columns were found for table ${table}. Please provide a valid table name and try again.`
      })
    }
    expect(emu.sourceConnections()).toHaveLength(2)
  })

  it('checks a PATCH of the params as it checks a create', async () => {
    const { id, etag } = await created(flow('POST', '/sourceConnections', sourceBody()))
    const patch = (value: unknown) =>
      flow('PATCH', `/sourceConnections/${id}`, [{ op: 'replace', path: '/params', value }], { 'if-match': etag })
    expect(flowError(await patch({ tableName: 'incidents', columns: ['id'] })).code).toBe('FLOW-1100-400')
    expect(flowError(await patch({ tableName: 'tickets' })).code).toBe('FLOW-1330-400')
    const columnsOnly = [{ op: 'replace', path: '/params/columns', value: [{ ...ID, name: 'email' }] }]
    expect(flowError(await flow('PATCH', `/sourceConnections/${id}`, columnsOnly, { 'if-match': etag })).detail).toBe(
      invalid('The column "email" is not a column of table incidents.')
    )
    expect((await patch({ tableName: 'contacts', columns: [columnOf('contacts', 'email')] })).status).toBe(200)
  })

  it('reads the tables a test seeds (option tables)', async () => {
    const tables = [{ name: 'Tickets', path: 'tickets', columns: [{ ...ID, name: 'ticket_id' }] }]
    await onEmulator({ ...OPTIONS, tables }, async () => {
      await created(post({ tableName: 'tickets', columns: [{ ...ID, name: 'ticket_id' }] }))
      expect(flowError(await post({ tableName: 'incidents' })).code).toBe('FLOW-1330-400')
    })
  })
})

describe('what a flow reads: its connections as they were when it was created or published', () => {
  it('keeps reading the table and columns it was created with after its source connection is patched', async () => {
    const ids = await chain()
    const { id } = await created(flow('POST', '/flows', flowBody(ids)))
    const reads = {
      sourceConnectionId: ids.source,
      tableName: 'incidents',
      columns: ['id', 'subject'],
      targetConnectionId: ids.target,
      datasetId: DEMO_DATASET.id
    }
    expect(emu.flowReads(id)).toEqual(reads)
    const [source] = emu.sourceConnections()
    const contacts = { tableName: 'contacts', columns: [columnOf('contacts', 'id'), columnOf('contacts', 'email')] }
    const patched = await flow(
      'PATCH',
      `/sourceConnections/${ids.source}`,
      [{ op: 'replace', path: '/params', value: contacts }],
      { 'if-match': source?.etag }
    )
    expect(patched.status).toBe(200)
    // Stored, and shown...
    const shown = (await flow('GET', `/sourceConnections/${ids.source}`)).body as { items: { params: unknown }[] }
    expect(shown.items[0]?.params).toEqual(contacts)
    // ...but not picked up by the flow (update-dataflows.md), nor by its run.
    expect(emu.flowReads(id)).toEqual(reads)
    const [run] = await runsOf(id)
    expect(emu.runReads(run?.id ?? '')).toEqual(reads)
    expect(emu.runReads('no-such-run')).toBeUndefined()
    // Adobe's run shows nothing of it.
    expect(Object.keys(run ?? {})).not.toContain('reads')
    expect((await flow('DELETE', `/flows/${id}`)).status).toBe(204)
    expect(emu.flowReads(id)).toBeUndefined()
  })

  it('reads every column of the table when its source connection lists none', async () => {
    const source = await created(
      flow('POST', '/sourceConnections', sourceBody({ params: { tableName: 'organizations' } }))
    )
    const target = await created(flow('POST', '/targetConnections', targetBody()))
    const mapping = (await prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))).body as { id: string }
    const { id } = await created(
      flow('POST', '/flows', flowBody({ source: source.id, target: target.id, mapping: mapping.id }))
    )
    expect(emu.flowReads(id)?.columns).toEqual(['id', 'lookupName', 'name', 'created', 'updated'])
  })

  it('takes a draft flow its connections as they are when it is published', async () => {
    await onNewest(async () => {
      const ids = await chain()
      const { id } = await created(flow('POST', '/flows?mode=draft', flowBody(ids)))
      expect(emu.flowReads(id)).toBeUndefined()
      const [source] = emu.sourceConnections()
      const params = { tableName: 'answers', columns: [columnOf('answers', 'id'), columnOf('answers', 'summary')] }
      const patch = [{ op: 'replace', path: '/params', value: params }]
      expect(
        (await flow('PATCH', `/sourceConnections/${ids.source}`, patch, { 'if-match': source?.etag })).status
      ).toBe(200)
      expect((await flow('POST', `/flows/${id}/action?op=publish`)).status).toBe(200)
      expect(emu.flowReads(id)).toMatchObject({ tableName: 'answers', columns: ['id', 'summary'] })
    })
  })
})

describe('CRMToAEP in its two documented versions', () => {
  it('serves the listed version by default: Oracle Service Cloud listed, no draft mode, so ?mode=draft is refused (1368)', async () => {
    const listed = (await flow('GET', '/flowSpecs?property=name==CRMToAEP')).body as { items: FlowSpec[] }
    expect(listed.items).toEqual([CRM_TO_AEP_FLOW_SPEC])
    expect(listed.items[0]?.sourceConnectionSpecIds).toContain(OSC)
    expect(listed.items[0]?.attributes).not.toHaveProperty('isDraftModeSupported')
    const ids = await chain()
    expect(flowError(await flow('POST', '/flows?mode=draft', flowBody(ids)))).toEqual({
      status: 400,
      code: 'FLOW-1368-400',
      detail: 'Mode is not allowed in flow request. Please check your request and try again.'
    })
    expect(emu.flows()).toEqual([])
    // Created whole, it is fine.
    await created(flow('POST', '/flows', flowBody(ids)))
  })

  it('serves the newest version on request: draft mode, but no Oracle Service Cloud (1413)', async () => {
    await onEmulator({ ...OPTIONS, crmToAep: 'newest' }, async () => {
      const newest = (await flow('GET', `/flowSpecs/${CRM}`)).body as { items: FlowSpec[] }
      expect(newest.items).toEqual([CRM_TO_AEP_FLOW_SPEC_NEWEST])
      expect(newest.items[0]?.sourceConnectionSpecIds).not.toContain(OSC)
      expect(newest.items[0]?.sourceConnectionSpecIds).toContain(SITE_BASIC_AUTH_SPEC.id)
      expect(newest.items[0]?.attributes?.['isDraftModeSupported']).toBe(true)
      const ids = await chain()
      for (const mode of ['', '?mode=draft']) {
        expect(flowError(await flow('POST', `/flows${mode}`, flowBody(ids)))).toEqual({
          status: 400,
          code: 'FLOW-1413-400',
          detail: 'The spec ID provided is invalid. Please provide a valid spec ID and try again.'
        })
      }
    })
    await onNewest(async () => {
      const ids = await chain()
      await created(flow('POST', '/flows?mode=draft', flowBody(ids)))
    })
  })

  it('refuses an unknown version', async () => {
    await expect(startEmulator({ crmToAep: 'oldest' as 'listed' })).rejects.toThrow(/crmToAep/)
  })
})

describe("runs: statuses as Adobe's documents spell them", () => {
  it('refuses the lower-case failed that Adobe does not use', async () => {
    await expect(startEmulator({ runStatus: 'failed' as 'Failed' })).rejects.toThrow(
      /runStatus must be 'success' or 'Failed'/
    )
  })

  it('filters runs on metrics.statusSummary.status, as sort-and-filter.md does', async () => {
    const byStatus = async (status: string, id: string): Promise<FlowRun[]> => {
      const query = `property=${encodeURIComponent(`flowId==${id}`)}&property=${encodeURIComponent(`metrics.statusSummary.status==${status}`)}`
      const answer = await flow('GET', `/runs?${query}`)
      expect(answer.status).toBe(200)
      return (answer.body as { items: FlowRun[] }).items
    }
    const ids = await chain()
    const { id } = await created(flow('POST', '/flows', flowBody(ids)))
    expect(await byStatus('success', id)).toHaveLength(1)
    expect(await byStatus('Failed', id)).toEqual([])

    await onEmulator({ ...OPTIONS, runStatus: 'Failed', runDurationMs: 60_000 }, async other => {
      const failing = await chain()
      const flowId = (await created(flow('POST', '/flows', flowBody(failing)))).id
      expect(await byStatus('inProgress', flowId)).toHaveLength(1)
      other.advanceClock(60_000)
      const [run] = await byStatus('Failed', flowId)
      expect(run?.metrics.statusSummary.status).toBe('Failed')
      expect(await byStatus('failed', flowId)).toEqual([])
      expect(await byStatus('success', flowId)).toEqual([])
    })
  })
})

describe('recording and faults on the new paths', () => {
  it("records the chain's writes with their bodies, and applies faults, with commit too", async () => {
    const ids = await chain()
    const writes = emu.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path}`)
    expect(writes).toEqual([
      `POST ${FLOW}/sourceConnections`,
      `POST ${FLOW}/targetConnections`,
      `POST ${PREP}/mappingSets`
    ])
    expect(emu.requests[0]?.json).toEqual(sourceBody())

    emu.fault({ method: 'POST', path: '/flows', action: { status: 503, body: { message: 'busy' }, commit: true } })
    const lost = await flow('POST', '/flows', flowBody(ids))
    expect(lost).toMatchObject({ status: 503, body: { message: 'busy' } })
    expect(emu.flows()).toHaveLength(1)

    emu.fault({ path: /\/mappingSets$/, action: { reset: true } })
    await expect(prep('POST', '/mappingSets', mappingBody(INCIDENT_MAPPINGS))).rejects.toThrow()
    expect(emu.mappingSets()).toHaveLength(1)
  })

  it('answers Data Prep and Catalog without a sandbox header with the Platform error body', async () => {
    expect(await prep('GET', '/mappingSets?limit=1&start=0', undefined, { 'x-sandbox-name': undefined })).toMatchObject(
      {
        status: 400,
        body: { type: '/placeholder/type/uri', status: 400, title: 'BadRequestError' }
      }
    )
    expect(
      (await call(emu, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`, undefined, { 'x-sandbox-name': 'qa' })).status
    ).toBe(404)
    expect(
      (await call(emu, 'GET', `${CATALOG}/dataSets/${DEMO_DATASET.id}`, undefined, { 'x-api-key': undefined })).body
    ).toEqual({
      error_code: '403000',
      message: 'Api Key is required'
    })
  })
})
