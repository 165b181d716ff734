// The bundles against answers that are too much, or not what Adobe issues (issue 17): a list that
// never ends is cut off with little memory, a message lists at most 10 ids, and an id from an
// answer goes into no URL unless it has the shape Adobe gives its ids.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { CRM_TO_AEP_FLOW_SPEC, DEMO_CLIENT, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction, RunActionOptions, runnerNode } from '../../harness/run-action.js'
import { ORACLE_SPEC_ID, validDataflowInputs, validInputs } from '../support/e2e.js'

const FLOW = '/data/foundation/flowservice'
const CONNECTIONS = `${FLOW}/connections`

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const errors = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::error::'))
/** A message as a workflow command carries it: `%` escaped. */
const asCommand = (message: string): string => `::error::${message.replace(/%/g, '%25')}`

/** Requests to Flow Service, Data Prep and Catalog (not IMS), as method and raw URL. */
const sentToPlatform = (): string[] =>
  emulator.requests.filter(r => r.path.startsWith('/data/')).map(r => `${r.method} ${r.rawUrl}`)

/** A connection as Flow Service lists it (the emulator's own listing, its secret replaced). */
function listedConnection(name: string): Record<string, unknown> {
  const etag = `"${randomUUID().slice(0, 8)}-0000-0200-0000-6b15a1210000"`
  return {
    id: randomUUID(),
    createdAt: 1767225600000,
    updatedAt: 1767225600000,
    createdBy: '28AF22BA5DE6B0B40A494036@AdobeID',
    updatedBy: '28AF22BA5DE6B0B40A494036@AdobeID',
    createdClient: 'exc_app',
    updatedClient: 'exc_app',
    sandboxId: 'd5fa18b5-a059-4473-9760-46902a07a588',
    sandboxName: 'prod',
    imsOrgId: DEMO_CLIENT.orgId,
    name,
    connectionSpec: { id: ORACLE_SPEC_ID, version: '1.0' },
    state: 'enabled',
    auth: {
      specName: 'Basic Authentication',
      params: { host: 'https://acme.custhelp.com', username: 'u', password: '***' }
    },
    version: etag,
    etag
  }
}

/** GNU time's maximum resident set size (KB) of the step, or Node's own at exit without it (as bench/run.ts). */
async function withPeakMemory(run: () => Promise<ActionRun>): Promise<{ result: ActionRun; peakKb: number }> {
  const temp = await mkdtemp(path.join(tmpdir(), 'bounds-'))
  const rssFile = path.join(temp, 'rss')
  const wrapper = path.join(temp, 'node-measured')
  const node = runnerNode().path
  const gnuTime = '/usr/bin/time'
  if (existsSync(gnuTime)) {
    // bash, not sh: dash drops variables whose names are not identifiers, such as INPUT_ORG-ID.
    await writeFile(wrapper, `#!/bin/bash\nexec ${gnuTime} -f %M -o "${rssFile}" "${node}" "$@"\n`, { mode: 0o755 })
  } else {
    const preload = path.join(temp, 'rss.mjs')
    await writeFile(
      preload,
      `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n`
    )
    await writeFile(wrapper, `#!/bin/bash\nexec "${node}" --import "${preload}" "$@"\n`, { mode: 0o755 })
  }
  const before = process.env['RUNNER_NODE']
  process.env['RUNNER_NODE'] = wrapper // runnerNode() reads it when runAction spawns
  try {
    const result = await run()
    // GNU time writes "Command exited with non-zero status 1" first when the step fails.
    const peakKb = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
    return { result, peakKb }
  } finally {
    if (before === undefined) delete process.env['RUNNER_NODE']
    else process.env['RUNNER_NODE'] = before
    await rm(temp, { recursive: true, force: true })
  }
}

describe('a list that never ends', () => {
  // About 450 KB a page of connections of the very name looked up (each one a match, kept), every
  // page linking to the next with a growing continuation token: the list of issue 17.
  it.each([
    ['50 MB', 100, 3800, /went past 50 MB without ending \((\d+) pages, ([\d,]+) items, 50\.\d MB read\)/],
    ['25,000 items', 650, 0, /went past 25,000 items without ending \((\d+) pages, ([\d,]+) items, \d+\.\d MB read\)/]
  ])(
    'fails within seconds past %s, naming the name and the sandbox, in under 150 MB of memory',
    async (_, perPage, descriptionLength, bound) => {
      const description = 'd'.repeat(descriptionLength)
      const items = Array.from({ length: perPage }, () => ({ ...listedConnection('Endless'), description }))
      let page = 0
      const body = {
        toJSON: () => ({ items, _links: { next: { href: `/connections?continuationToken=${'p'.repeat(++page)}` } } })
      }
      expect(JSON.stringify(body).length).toBeGreaterThan(400_000)
      emulator.fault({ method: 'GET', path: CONNECTIONS, times: Infinity, action: { status: 200, body } })

      const { result, peakKb } = await withPeakMemory(() =>
        runAction({ inputs: validInputs(emulator, { name: 'Endless' }), timeoutMs: 60_000 })
      )

      expect(result.code).toBe(1)
      const [error, ...others] = errors(result)
      expect(others).toEqual([])
      expect(error).toMatch(
        /^::error::Could not look up existing base connections: the list for the name "Endless" in sandbox "prod" went past /
      )
      expect(error).toMatch(
        /MB read\); one look-up reads at most 50 MB and 25,000 items\.%0ANext step: run again later; if the list still does not end, report it to Adobe support\.$/
      )
      const [, pagesSaid = '', itemsSaid = ''] = bound.exec(error ?? '') ?? []
      const pages = emulator.requests.filter(r => r.method === 'GET' && r.path === CONNECTIONS).length
      expect([Number(pagesSaid), Number(itemsSaid.replace(/,/g, ''))]).toEqual([pages, pages * perPage])
      // Far short of the 1,000 pages that the page count alone allowed; nothing written.
      expect(pages).toBeLessThan(130)
      expect(emulator.requests.filter(r => r.method !== 'GET' && r.path.startsWith('/data/'))).toEqual([])
      expect(result.durationMs).toBeLessThan(30_000)
      expect(peakKb).toBeGreaterThan(0)
      expect(peakKb / 1024).toBeLessThan(150)
    },
    90_000
  )
})

describe('many objects of one name', () => {
  it.each([
    ['a run', 'false', 'Found'],
    ['a dry run', 'true', 'Dry run: a real run would fail: Found']
  ])('%s lists 10 of 25 duplicate ids, then says how many more', async (_, dryRun, start) => {
    const ids = Array.from({ length: 25 }, () => emulator.seedConnection({ name: 'Twin' }).id)
    const result = await runAction({ inputs: validInputs(emulator, { name: 'Twin', 'dry-run': dryRun }) })
    expect(result.code).toBe(1)
    const [error, ...others] = errors(result)
    expect(others).toEqual([])
    expect(error).toMatch(
      new RegExp(
        `^::error::${start} 25 base connections named "Twin" for connection spec ${ORACLE_SPEC_ID} in sandbox prod: ([0-9a-f-]{36}, ){9}[0-9a-f-]{36} and 15 more\\. Nothing was created or changed\\.`
      )
    )
    const listed = error?.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []
    // The spec's id, then 10 distinct ids of the 25.
    expect(listed.slice(1)).toHaveLength(10)
    expect(new Set(listed.slice(1)).size).toBe(10)
    for (const id of listed.slice(1)) expect(ids).toContain(id)
    expect(emulator.connections()).toHaveLength(25)
  })
})

describe('ids from answers', () => {
  /** One connection of the name, as a look-up answers it, under an id of another shape. */
  const lookUpAnswers = (id: string): void =>
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      times: Infinity,
      action: { status: 200, body: { items: [{ ...listedConnection('Odd'), id }] } }
    })

  it.each(['../../connections/x', 'x%2F..%2F..%2Fflows', '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a/..'])(
    'the base action sends nothing to a connection id that is not a UUID: %j',
    async id => {
      lookUpAnswers(id)
      const result = await runAction({ inputs: validInputs(emulator, { name: 'Odd', verify: 'true' }) })
      expect(result.code).toBe(1)
      expect(errors(result)).toEqual([
        asCommand(`Could not explore base connection ${id}: the id is not a Flow Service id (a UUID).`)
      ])
      // The look-up only: no explore, nothing under the id.
      expect(sentToPlatform()).toEqual([
        `GET ${CONNECTIONS}?property=name%3D%3DOdd&property=connectionSpec.id%3D%3D${ORACLE_SPEC_ID}`
      ])
    }
  )

  describe('the dataflow action', () => {
    let baseId: string
    beforeEach(() => {
      baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
    })

    function runDataflow(): Promise<ActionRun> {
      const options: RunActionOptions = {
        action: 'dataflow',
        inputs: validDataflowInputs(emulator, baseId, { mapping: 'mapping.yaml' }),
        workspace: { 'mapping.yaml': '- source: id\n  destination: _acme.incidentId\n' }
      }
      return runAction(options)
    }

    /** The dataflow of the name, as a look-up answers it, naming its parts by these ids. */
    function flowAnswered(sourceId: string, mappingId: string): void {
      const flow = {
        id: randomUUID(),
        name: 'Incidents',
        etag: '"e"',
        flowSpec: { id: CRM_TO_AEP_FLOW_SPEC.id, version: '1.0' },
        sourceConnectionIds: [sourceId],
        targetConnectionIds: [],
        transformations: [{ name: 'Mapping', params: { mappingId, mappingVersion: 0 } }],
        scheduleParams: { startTime: 1767225600, frequency: 'hour', interval: 1 }
      }
      emulator.fault({
        method: 'GET',
        path: `${FLOW}/flows`,
        times: Infinity,
        action: { status: 200, body: { items: [flow] } }
      })
    }

    it.each<[string, string, string, string]>([
      [
        'a source connection',
        'x%2F..%2Fflows',
        '0123456789abcdef0123456789abcdef',
        'Could not read source connection x%2F..%2Fflows: the id is not a Flow Service id (a UUID).'
      ],
      [
        'a mapping set',
        randomUUID(),
        '../mappingSets/x',
        'Could not read mapping set ../mappingSets/x version 0: the id is not a Data Prep mapping set id (32 hexadecimal digits).'
      ]
    ])('sends nothing to %s whose id is not of its shape', async (_, sourceId, mappingId, message) => {
      flowAnswered(sourceId, mappingId)
      const result = await runDataflow()
      expect(result.code).toBe(1)
      expect(errors(result)).toEqual([asCommand(message)])
      const byId = sentToPlatform().filter(
        request => request.includes('/sourceConnections/') || request.includes('/mappingSets/')
      )
      // The well-shaped one may be read (it is not there); the other is not sent at all.
      for (const request of byId) expect(request).not.toMatch(/%2F|\.\./)
      expect(sentToPlatform().filter(request => !request.startsWith('GET '))).toEqual([])
    })
  })
})
