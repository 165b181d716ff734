// Tests of the emulator's run histories (for the monitor), over real HTTP: dataflows seeded without
// the dataflow action, seeded runs in Adobe's documented shape, the filters, order and pages of
// GET /runs, a flow that was due and has no run, and a base connection whose credentials the source rejects.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  DATA_LAKE_SPEC_ID,
  DEMO_CLIENT,
  DEMO_DATASET,
  DEMO_ORACLE,
  type Emulator,
  type FlowRun,
  ORACLE_SERVICE_CLOUD_SPEC,
  RUN_ERRORS,
  type SeedRun,
  startEmulator,
  type StoredFlow
} from '../../emulator/server.js'

const FLOW = '/data/foundation/flowservice'
const PREP = '/data/foundation/conversion'
const HOUR = 3_600_000
const ETAG = /^"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{8}0000"$/

let emu: Emulator
let token: string

beforeAll(async () => {
  emu = await startEmulator({ sandboxes: ['prod', 'dev'], pageSize: 3 })
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  token = emu.issueToken()
})

interface Answer {
  status: number
  body: unknown
}

async function call(method: string, urlPath: string, body?: unknown, sandbox = 'prod'): Promise<Answer> {
  const response = await fetch(`${emu.url}${urlPath}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'x-api-key': DEMO_CLIENT.clientId,
      'x-gw-ims-org-id': DEMO_CLIENT.orgId,
      'x-sandbox-name': sandbox,
      'content-type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

const get = (p: string, sandbox?: string): Promise<Answer> => call('GET', `${FLOW}${p}`, undefined, sandbox)

/** `property=…` parts, each value URL-encoded as a client sends it. */
const props = (...filters: string[]): string => filters.map(f => `property=${encodeURIComponent(f)}`).join('&')

interface RunPage {
  items: FlowRun[]
  _links: { next?: { href: string } }
}

async function runs(query: string, sandbox?: string): Promise<RunPage> {
  const answer = await get(`/runs?${query}`, sandbox)
  expect(answer.status).toBe(200)
  return answer.body as RunPage
}

/** Every page of a runs query, following `_links.next.href` (relative to the Flow Service base path). */
async function allPages(query: string): Promise<FlowRun[][]> {
  const pages: FlowRun[][] = []
  let next: string | undefined = `/runs?${query}`
  while (next !== undefined) {
    const answer = await get(next)
    expect(answer.status).toBe(200)
    const page = answer.body as RunPage
    pages.push(page.items)
    next = page._links.next?.href
  }
  return pages
}

function flowError(answer: Answer): { status: number; code: string; detail: string } {
  const body = answer.body as { type: string; report: { 'detailed-message': string } }
  return {
    status: answer.status,
    code: body.type.replace('http://ns.adobe.com/aep/errors/', ''),
    detail: body.report['detailed-message']
  }
}

/** Epoch seconds `hours` before the emulator's clock (about now: no clock offset here). */
const hoursAgo = (hours: number): number => Math.floor((Date.now() - hours * HOUR) / 1000)

function seedHourly(name = 'Oracle incidents hourly', more: Partial<Parameters<Emulator['seedFlow']>[0]> = {}) {
  return emu.seedFlow({ name, scheduleParams: { startTime: hoursAgo(24), frequency: 'hour', interval: 1 }, ...more })
}

describe('seedFlow: a dataflow made elsewhere, read over HTTP', () => {
  it('seeds the flow, its connections and mapping set, as GET shows them', async () => {
    const scheduleParams = { startTime: hoursAgo(24), frequency: 'hour', interval: 1 }
    const seeded = emu.seedFlow({ name: 'Oracle incidents hourly', description: 'made in the UI', scheduleParams })
    const [sourceId] = seeded.sourceConnectionIds
    const [targetId] = seeded.targetConnectionIds
    const { body } = await get(`/flows/${seeded.id}`)
    expect((body as { items: StoredFlow[] }).items).toEqual([seeded])
    expect(seeded).toMatchObject({
      name: 'Oracle incidents hourly',
      description: 'made in the UI',
      state: 'enabled',
      sandboxName: 'prod',
      imsOrgId: DEMO_CLIENT.orgId,
      flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
      scheduleParams,
      runs: `/runs?property=flowId==${seeded.id}`,
      etag: expect.stringMatching(ETAG)
    })
    expect(seeded.lastRunDetails).toBeUndefined()
    const mappingId = seeded.transformations?.find(t => t.name === 'Mapping')?.params['mappingId']
    expect(seeded.transformations).toEqual([
      { name: 'Copy', params: { deltaColumn: { name: 'created' } } },
      { name: 'Mapping', params: { mappingId, mappingVersion: '0' } }
    ])

    // By name, as the monitor looks a flow up.
    const byName = await get(`/flows?${props('name==Oracle incidents hourly')}`)
    expect((byName.body as { items: StoredFlow[] }).items).toEqual([seeded])
    // Its source connection names its base connection, which explore accepts (the demo account).
    const source = (await get(`/sourceConnections/${sourceId}`)).body as { items: { baseConnectionId: string }[] }
    const baseId = source.items[0]?.baseConnectionId
    expect(seeded.inheritedAttributes.sourceConnections[0]?.baseConnection.id).toBe(baseId)
    expect(emu.connections().find(c => c.id === baseId)?.auth.params).toEqual({ ...DEMO_ORACLE })
    expect((await get(`/connections/${baseId}/explore?objectType=root`)).status).toBe(200)
    const target = (await get(`/targetConnections/${targetId}`)).body as { items: { params: unknown }[] }
    expect(target.items[0]?.params).toEqual({ dataSetId: DEMO_DATASET.id })
    expect((await call('GET', `${PREP}/mappingSets/${String(mappingId)}`)).status).toBe(200)
    // Seeding is not traffic: nothing was recorded.
    expect(emu.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it('gives a flow that was due no run, whatever the clock does (no run when one was due)', async () => {
    const seeded = seedHourly()
    expect((await runs(props(`flowId==${seeded.id}`))).items).toEqual([])
    emu.advanceClock(5 * HOUR)
    expect(await runs(props(`flowId==${seeded.id}`))).toEqual({ items: [], _links: {} })
    expect(emu.runs()).toEqual([])
    expect(emu.flows().map(f => [f.state, f.lastRunDetails])).toEqual([['enabled', undefined]])
  })

  it('seeds a disabled flow, a once flow (no Copy step), in another sandbox, created in the past', async () => {
    const createdAt = Date.now() - 48 * HOUR
    const once = emu.seedFlow({
      name: 'Oracle contacts once',
      state: 'disabled',
      sandboxName: 'dev',
      tableName: 'contacts',
      createdAt,
      scheduleParams: { startTime: hoursAgo(47), frequency: 'once' }
    })
    expect(once).toMatchObject({ state: 'disabled', sandboxName: 'dev', createdAt, updatedAt: createdAt })
    expect(once.transformations?.map(t => t.name)).toEqual(['Mapping'])
    expect((await get(`/flows/${once.id}`, 'dev')).status).toBe(200)
    expect(flowError(await get(`/flows/${once.id}`)).code).toBe('FLOW-1101-404')
    const source = emu.sourceConnections().find(s => s.id === once.sourceConnectionIds[0])
    expect([source?.params, source?.createdAt]).toEqual([{ tableName: 'contacts' }, createdAt])
  })

  it("refuses what Flow Service would refuse, with Adobe's answer", () => {
    expect(() =>
      emu.seedFlow({ name: 'x', scheduleParams: { startTime: hoursAgo(1), frequency: 'minute', interval: 5 } })
    ).toThrow(/POST \/data\/foundation\/flowservice\/flows answered 400 .*FLOW-1100-400/)
    expect(() => emu.seedFlow({ name: 'x', tableName: 'nope', scheduleParams: {} })).toThrow(/no table nope/)
    expect(() => emu.seedFlow({ name: 'x', baseConnectionId: 'nope', scheduleParams: {} })).toThrow(
      /no base connection/
    )
    expect(() =>
      emu.seedFlow({
        name: 'x',
        state: 'draft' as 'enabled',
        scheduleParams: { startTime: hoursAgo(1), frequency: 'once' }
      })
    ).toThrow(/state must be/)
    // A refused seedFlow leaves nothing behind.
    expect([
      emu.connections(),
      emu.sourceConnections(),
      emu.targetConnections(),
      emu.mappingSets(),
      emu.flows()
    ]).toEqual([[], [], [], [], []])
  })
})

/** A history a monitor would read: successes, a failure, a partial ingestion, a run still going. */
function history(): { flow: StoredFlow; seeded: FlowRun[]; at: (hours: number) => number } {
  const now = Date.now()
  const at = (hours: number): number => now - hours * HOUR
  const flow = seedHourly()
  const seeded = emu.seedRuns(flow.id, [
    { startedAt: at(5), completedAt: at(5) + 60_000, status: 'success', records: { input: 100, output: 100 } },
    {
      startedAt: at(4),
      completedAt: at(4) + 90_000,
      status: 'Failed',
      records: { input: 100, failed: 100 },
      errors: [RUN_ERRORS.copy]
    },
    {
      // A partial ingestion as monitor.md shows one: a success with a failed record and an error.
      startedAt: at(3),
      createdAt: at(3) + 21_000,
      completedAt: at(3) + 55_000,
      status: 'success',
      records: { input: 100, output: 99, failed: 1 },
      errors: [RUN_ERRORS.promotion]
    },
    { startedAt: at(2), completedAt: at(2) + 30_000, status: 'success', records: { input: 7, output: 7 } },
    { startedAt: at(0.5), status: 'inProgress' }
  ])
  return { flow, seeded, at }
}

describe('seedRuns: runs in the shape monitor.md shows', () => {
  it('lists seeded runs newest first, each as Adobe shows a run', async () => {
    const { flow, seeded, at } = history()
    const page = await runs(`${props(`flowId==${flow.id}`)}&limit=10`)
    expect(page).toEqual({ items: seeded, _links: {} })
    // The inspector keeps seeding order.
    expect(emu.runs()).toEqual([...seeded].reverse())
    const common = {
      id: expect.any(String),
      sandboxId: flow.sandboxId,
      sandboxName: 'prod',
      imsOrgId: DEMO_CLIENT.orgId,
      flowId: flow.id,
      flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
      etag: expect.stringMatching(ETAG),
      activities: []
    }
    expect(page.items).toEqual([
      {
        ...common,
        createdAt: at(0.5),
        updatedAt: at(0.5),
        metrics: {
          durationSummary: { startedAtUTC: at(0.5) },
          recordSummary: { inputRecordCount: 0, outputRecordCount: 0, failedRecordCount: 0 },
          statusSummary: { status: 'inProgress', errors: [] }
        }
      },
      {
        ...common,
        createdAt: at(2),
        updatedAt: at(2) + 30_000,
        metrics: {
          durationSummary: { startedAtUTC: at(2), completedAtUTC: at(2) + 30_000 },
          recordSummary: { inputRecordCount: 7, outputRecordCount: 7, failedRecordCount: 0 },
          statusSummary: { status: 'success', errors: [] }
        }
      },
      {
        ...common,
        createdAt: at(3) + 21_000,
        updatedAt: at(3) + 55_000,
        metrics: {
          durationSummary: { startedAtUTC: at(3), completedAtUTC: at(3) + 55_000 },
          recordSummary: { inputRecordCount: 100, outputRecordCount: 99, failedRecordCount: 1 },
          statusSummary: {
            status: 'success',
            errors: [{ code: 'CONNECTOR-2001-500', message: 'Error occurred at promotion activity.' }]
          }
        }
      },
      {
        ...common,
        createdAt: at(4),
        updatedAt: at(4) + 90_000,
        metrics: {
          durationSummary: { startedAtUTC: at(4), completedAtUTC: at(4) + 90_000 },
          recordSummary: { inputRecordCount: 100, outputRecordCount: 0, failedRecordCount: 100 },
          statusSummary: {
            status: 'Failed',
            errors: [{ code: 'CONNECTOR-1001-500', message: 'Error in copying the data from Source.' }]
          }
        }
      },
      {
        ...common,
        createdAt: at(5),
        updatedAt: at(5) + 60_000,
        metrics: {
          durationSummary: { startedAtUTC: at(5), completedAtUTC: at(5) + 60_000 },
          recordSummary: { inputRecordCount: 100, outputRecordCount: 100, failedRecordCount: 0 },
          statusSummary: { status: 'success', errors: [] }
        }
      }
    ])
    // The flow shows its latest run; the clock adds none.
    expect((await get(`/flows/${flow.id}`)).body).toMatchObject({
      items: [{ lastRunDetails: { id: page.items[0]?.id, state: 'inProgress', startedAtUTC: at(0.5) } }]
    })
    emu.advanceClock(3 * HOUR)
    expect((await allPages(props(`flowId==${flow.id}`))).flat()).toHaveLength(5)
  })

  it('ends a run whose completedAt is ahead of the clock when the clock gets there', async () => {
    const flow = seedHourly()
    const now = Date.now()
    emu.seedRuns(flow.id, [
      { startedAt: now - 60_000, completedAt: now + 60_000, status: 'Failed', errors: [RUN_ERRORS.processing] }
    ])
    const status = async (): Promise<unknown> =>
      (await runs(props(`flowId==${flow.id}`))).items[0]?.metrics.statusSummary
    expect(await status()).toEqual({ status: 'inProgress', errors: [] })
    emu.advanceClock(120_000)
    expect(await status()).toEqual({ status: 'Failed', errors: [RUN_ERRORS.processing] })
  })

  it("refuses runs Adobe's documents do not show, and keeps none of a refused batch", () => {
    const flow = seedHourly()
    const now = Date.now()
    const done = { startedAt: now - HOUR, completedAt: now - HOUR + 1000 }
    const refused: [SeedRun, RegExp][] = [
      [{ ...done, status: 'failed' as 'Failed' }, /status must be 'success', 'Failed' or 'inProgress'/],
      [{ ...done, status: 'partialSuccess' as 'success' }, /partial ingestion is a success with failed records/],
      [{ ...done, status: 'PARTIAL_SUCCESS' as 'success' }, /status must be/],
      [{ startedAt: now + HOUR, completedAt: now + 2 * HOUR, status: 'success' }, /after the emulator's clock/],
      [{ startedAt: now - HOUR, status: 'success' }, /needs completedAt/],
      [{ ...done, completedAt: now - 2 * HOUR, status: 'success' }, /at or after startedAt/],
      [{ ...done, status: 'inProgress' }, /still in progress has no completedAt/],
      [{ startedAt: now - HOUR, status: 'inProgress', records: { input: 1 } }, /no records or errors yet/],
      [{ ...done, status: 'Failed', errors: [{ ...RUN_ERRORS.copy, recordCount: 1 } as never] }, /\{code, message\}/],
      [{ ...done, status: 'success', records: { input: -1 } }, /non-negative integers/],
      [{ ...done, status: 'success', sizeSummary: {} } as SeedRun, /unknown field "sizeSummary"/]
    ]
    for (const [run, problem] of refused) {
      expect(() => emu.seedRuns(flow.id, [{ ...done, status: 'success' }, run])).toThrow(problem)
    }
    expect(emu.runs()).toEqual([])
    expect(() => emu.seedRuns('no-such-flow', [])).toThrow(/no flow no-such-flow/)
  })

  it('keeps runs per sandbox, and reset() drops seeded flows and runs', async () => {
    const { flow } = history()
    expect((await runs(props(`flowId==${flow.id}`), 'dev')).items).toEqual([])
    emu.reset()
    token = emu.issueToken()
    expect(emu.runs()).toEqual([])
    expect(emu.flows()).toEqual([])
    expect((await runs(props(`flowId==${flow.id}`))).items).toEqual([])
  })

  it('stops the clock running a flow made over HTTP once its runs are seeded', async () => {
    // Two flows on one seeded chain, made by POST /flows, whose start comes in an hour.
    const seeded = seedHourly()
    const [source] = seeded.sourceConnectionIds
    const [target] = seeded.targetConnectionIds
    const post = async (name: string): Promise<string> => {
      const answer = await call('POST', `${FLOW}/flows`, {
        name,
        flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
        sourceConnectionIds: [source],
        targetConnectionIds: [target],
        transformations: seeded.transformations,
        scheduleParams: { startTime: hoursAgo(-1), frequency: 'hour', interval: 1 }
      })
      expect(answer.status).toBe(201)
      return (answer.body as { id: string }).id
    }
    const mine = await post('seeded history')
    const other = await post('emulated first run')
    const [past] = emu.seedRuns(mine, [
      { startedAt: Date.now() - HOUR, completedAt: Date.now() - HOUR, status: 'success' }
    ])
    emu.advanceClock(2 * HOUR)
    expect((await runs(props(`flowId==${mine}`))).items.map(r => r.id)).toEqual([past?.id])
    expect((await runs(props(`flowId==${other}`))).items).toHaveLength(1)
  })
})

describe('GET /runs: filters, order and pages, as the documents give them', () => {
  it('filters on flowId, id and the status (sort-and-filter.md), case and all', async () => {
    const { flow, seeded } = history()
    const other = seedHourly('other')
    emu.seedRuns(other.id, [{ startedAt: Date.now() - HOUR, completedAt: Date.now(), status: 'Failed' }])
    const ids = (page: RunPage): string[] => page.items.map(r => r.id)
    expect(ids(await runs(props(`flowId==${flow.id}`, 'metrics.statusSummary.status==Failed')))).toEqual([
      seeded[3]?.id
    ])
    expect(ids(await runs(props('metrics.statusSummary.status==Failed')))).toHaveLength(2)
    expect(ids(await runs(props(`flowId==${flow.id}`, 'metrics.statusSummary.status==failed')))).toEqual([])
    expect(ids(await runs(props(`flowId==${flow.id}`, 'metrics.statusSummary.status==inProgress')))).toEqual([
      seeded[0]?.id
    ])
    expect(ids(await runs(props(`id==${seeded[1]?.id},${seeded[2]?.id}`)))).toEqual([seeded[1]?.id, seeded[2]?.id])
    expect(ids(await runs(`${props(`flowId==${flow.id},${other.id}`)}&limit=10`))).toHaveLength(6)
  })

  it('filters a time window on createdAt and metrics.durationSummary.startedAtUTC with >, >=, <, <=', async () => {
    const { flow, seeded, at } = history()
    const window = async (...filters: string[]): Promise<(string | undefined)[]> =>
      (await allPages(props(`flowId==${flow.id}`, ...filters))).flat().map(r => r.id)
    const [running, two, three, four, five] = seeded.map(r => r.id)
    // sort-and-filter.md's use case: runs started in a window.
    expect(
      await window(`metrics.durationSummary.startedAtUTC>${at(4)}`, `metrics.durationSummary.startedAtUTC<${at(1)}`)
    ).toEqual([two, three])
    expect(await window(`metrics.durationSummary.startedAtUTC>=${at(4)}`)).toEqual([running, two, three, four])
    expect(await window(`createdAt<=${at(4)}`)).toEqual([four, five])
    expect(await window(`createdAt<${at(4)}`)).toEqual([five])
    // createdAt is the run's own field: monitor.md's run was created after it started.
    expect(await window(`createdAt>${at(3)}`)).toEqual([running, two, three])
    expect(await window(`metrics.durationSummary.startedAtUTC>${at(3)}`)).toEqual([running, two])
    expect(await window(`createdAt==${at(2)}`)).toEqual([two])
  })

  it("refuses malformed filters with the catalogue's codes, and what it does not emulate with its own 501", async () => {
    const { flow } = history()
    const error = async (query: string): Promise<{ status: number; code: string; detail: string }> =>
      flowError(await get(`/runs?${query}`))
    expect(await error(props('createdAt>1,2'))).toEqual({
      status: 400,
      code: 'FLOW-1443-400',
      detail: "Operator '>' is not allowed for multiple values."
    })
    expect(await error(props('createdAt==1676643256,1676643210'))).toEqual({
      status: 400,
      code: 'FLOW-1452-400',
      detail: 'Invalid value 1676643256,1676643210 for field createdAt.'
    })
    expect((await error(props('createdAt>yesterday'))).detail).toBe('Invalid value yesterday for field createdAt.')
    expect(await error(props(`flowId>=${flow.id}`))).toEqual({
      status: 400,
      code: 'FLOW-1448-400',
      detail: 'Operator >= not supported for field flowId.'
    })
    expect(await error(props('createdAt>'))).toEqual({
      status: 400,
      code: 'FLOW-1453-400',
      detail: 'Invalid query value createdAt> provided in query param.'
    })
    expect((await error('since=1')).code).toBe('FLOW-1451-400')
    for (const query of [props('state==inProgress'), props('createdAt!=1'), 'count=true', 'orderby=name']) {
      const answer = await get(`/runs?${query}`)
      expect([answer.status, (answer.body as { errorMessage: string }).errorMessage]).toEqual([
        501,
        expect.stringMatching(/^The emulator does not implement /)
      ])
    }
  })

  it('pages runs like every list: pageSize, limit up to maxLimit, _links.next.href with the filters kept', async () => {
    const { flow, seeded } = history()
    seedHourly('other') // a flow without runs changes nothing
    const ids = seeded.map(r => r.id)
    const pages = (await allPages(props(`flowId==${flow.id}`))).map(p => p.map(r => r.id))
    expect(pages).toEqual([ids.slice(0, 3), ids.slice(3)])
    const first = await runs(`${props(`flowId==${flow.id}`)}&limit=2`)
    expect(first.items.map(r => r.id)).toEqual(ids.slice(0, 2))
    const href = first._links.next?.href ?? ''
    expect(href).toMatch(new RegExp(`^/runs\\?property=flowId%3D%3D${flow.id}&continuationToken=[A-Za-z0-9_-]+==$`))
    const limited = (await allPages(`${props(`flowId==${flow.id}`)}&limit=2`)).map(p => p.map(r => r.id))
    expect(limited).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)])
    // The token alone lists what the first page did; with other filters it is refused (1453).
    const token2 = href.split('continuationToken=')[1] ?? ''
    expect((await runs(`continuationToken=${token2}`)).items.map(r => r.id)).toEqual(ids.slice(2, 4))
    expect(flowError(await get(`/runs?${props('flowId==x')}&continuationToken=${token2}`)).code).toBe('FLOW-1453-400')
  })

  it('gives at most maxLimit runs a page, whatever the limit asks for', async () => {
    const capped = await startEmulator({ maxLimit: 2 })
    try {
      const flow = capped.seedFlow({
        name: 'capped',
        scheduleParams: { startTime: hoursAgo(5), frequency: 'hour', interval: 1 }
      })
      const now = Date.now()
      capped.seedRuns(
        flow.id,
        [3, 2, 1].map(h => ({
          startedAt: now - h * HOUR,
          completedAt: now - h * HOUR + 1000,
          status: 'success' as const
        }))
      )
      const response = await fetch(`${capped.url}${FLOW}/runs?${props(`flowId==${flow.id}`)}&limit=1000`, {
        headers: {
          authorization: `Bearer ${capped.issueToken()}`,
          'x-api-key': DEMO_CLIENT.clientId,
          'x-gw-ims-org-id': DEMO_CLIENT.orgId,
          'x-sandbox-name': 'prod'
        }
      })
      const page = (await response.json()) as RunPage
      expect([page.items.length, page._links.next?.href]).toEqual([2, expect.stringContaining('continuationToken=')])
    } finally {
      await capped.close()
    }
  })

  it('orders by createdAt, ascending or descending (sort-and-filter.md), and later pages keep the order', async () => {
    const { flow, seeded } = history()
    const byCreation = [...seeded].sort((a, b) => a.createdAt - b.createdAt).map(r => r.id)
    const pages = async (order: string): Promise<(string | undefined)[]> =>
      (await allPages(`${props(`flowId==${flow.id}`)}&orderby=${order}`)).flat().map(r => r.id)
    expect(await pages('createdAt')).toEqual(byCreation)
    expect(await pages('%2BcreatedAt')).toEqual(byCreation)
    expect(await pages('-createdAt')).toEqual([...byCreation].reverse())
  })
})

describe('a base connection whose credentials the source rejects', () => {
  it("answers explore with Flow Service's 1100-400 and carries a seeded flow with its history", async () => {
    const rejected = emu.seedConnection({
      name: 'Oracle (password rotated at the source)',
      params: { ...DEMO_ORACLE, password: 'the-old-password' }
    })
    const explore = await get(`/connections/${rejected.id}/explore?objectType=root`)
    expect(explore.body).toEqual({
      type: 'http://ns.adobe.com/aep/errors/FLOW-1100-400',
      title: 'Invalid request',
      status: 400,
      report: {
        'detailed-message':
          'The request could not be processed. Error from flow provider: Rest call failed with client error, status code 401 Unauthorized.',
        'request-id': expect.any(String)
      },
      errorMessage:
        'The request could not be processed. Error from flow provider: Rest call failed with client error, status code 401 Unauthorized.'
    })
    expect(explore.status).toBe(400)

    const flow = seedHourly('Oracle incidents (rejected)', { baseConnectionId: rejected.id })
    expect(flow.inheritedAttributes.sourceConnections[0]?.baseConnection).toEqual({
      id: rejected.id,
      connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: '1.0' }
    })
    const source = (await get(`/sourceConnections/${flow.sourceConnectionIds[0]}`)).body as {
      items: { baseConnectionId: string }[]
    }
    expect(source.items[0]?.baseConnectionId).toBe(rejected.id)
    const now = Date.now()
    emu.seedRuns(flow.id, [
      { startedAt: now - HOUR, completedAt: now - HOUR + 5000, status: 'Failed', errors: [RUN_ERRORS.copy] }
    ])
    expect((await runs(props(`flowId==${flow.id}`))).items[0]?.metrics.statusSummary.status).toBe('Failed')
    // A host the source does not know is the same code, another reason.
    const unknownHost = emu.seedConnection({
      name: 'elsewhere',
      params: { ...DEMO_ORACLE, host: 'https://other.custhelp.com' }
    })
    expect(flowError(await get(`/connections/${unknownHost.id}/explore?objectType=root`)).detail).toBe(
      'The request could not be processed. Error from flow provider: Rest call failed: unable to connect to host https://other.custhelp.com.'
    )
    expect(DATA_LAKE_SPEC_ID).toBe(flow.inheritedAttributes.targetConnections[0]?.connectionSpec.id)
  })
})
