// The dataflow action's main and post steps in-process, against the emulator over real HTTP: what
// the runner would read from the step's outputs, state, summary and log.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

import {
  DEMO_CLIENT,
  DEMO_DATASET,
  type Emulator,
  type EmulatorOptions,
  ORACLE_SERVICE_CLOUD_SPEC,
  type RecordedRequest,
  startEmulator
} from '../../emulator/server.js'
import { inputVariable, parseFileCommands } from '../../harness/run-action.js'
import { connect } from '../../src/adobe/connect.js'
import { FlowService } from '../../src/adobe/flow-service.js'
import { wording } from '../../src/dataflow/describe.js'
import { run } from '../../src/dataflow/main.js'
import { runPost } from '../../src/dataflow/post.js'
import { IS_POST_STATE } from '../../src/runner/job-state.js'
import { JOB_STATE } from '../../src/runner/job-state.js'

let emulator: Emulator
let temp: string
let workspace: string
let stdout: string
let baseId: string
const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const
const saved = { ...process.env }

const MAPPING_FILE = 'mappings/incidents.yaml'
const MAPPING = `- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
`
const FLOW = '/data/foundation/flowservice'

// One folder for the whole file: @actions/core keeps the summary file's path once it has read it.
beforeAll(async () => {
  emulator = await startEmulator()
  temp = mkdtempSync(path.join(tmpdir(), 'dataflow-main-test-'))
  workspace = path.join(temp, 'workspace')
  mkdirSync(path.join(workspace, 'mappings'), { recursive: true })
})
afterAll(async () => {
  await emulator.close()
  rmSync(temp, { recursive: true, force: true })
})

beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
  writeFileSync(path.join(workspace, MAPPING_FILE), MAPPING)
  for (const name of FILES) {
    process.env[name] = path.join(temp, name)
    writeFileSync(path.join(temp, name), '')
  }
  process.env.GITHUB_WORKSPACE = workspace
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
})

/** The inputs of a first run against `target`, as the runner sets them (only those given: the defaults apply to the rest). */
function setInputs(overrides: Record<string, string> = {}, target: Emulator = emulator): void {
  const inputs: Record<string, string> = {
    'client-id': DEMO_CLIENT.clientId,
    'client-secret': DEMO_CLIENT.clientSecret,
    'org-id': DEMO_CLIENT.orgId,
    'platform-url': target.url,
    'ims-url': target.url,
    'base-connection-id': baseId,
    name: 'Incidents',
    table: 'incidents',
    'dataset-id': DEMO_DATASET.id,
    mapping: MAPPING_FILE,
    ...overrides
  }
  for (const [name, value] of Object.entries(inputs)) process.env[inputVariable(name)] = value
}

/** What the main step saved, handed to the post step as the runner does. */
function passState(): void {
  for (const [name, value] of Object.entries(state())) process.env[`STATE_${name}`] = value
}

/** Runs a test against an emulator of its own, with other options (and a base connection on it). */
async function withEmulator(options: EmulatorOptions, test: (other: Emulator) => Promise<void>): Promise<void> {
  const other = await startEmulator(options)
  try {
    baseId = other.seedConnection({ name: 'Oracle Service Cloud' }).id
    await test(other)
  } finally {
    await other.close()
  }
}

/** Works on the emulator's chain as someone else would (the UI, another job), through the chain client. */
async function withChain(work: (chain: FlowService) => Promise<void>, target: Emulator = emulator): Promise<void> {
  const clients = connect(
    {
      credentials: { kind: 'token', accessToken: target.issueToken() },
      apiKey: DEMO_CLIENT.clientId,
      orgId: DEMO_CLIENT.orgId,
      sandboxName: 'prod',
      platformUrl: target.url,
      imsUrl: target.url,
      timeoutMs: 5000,
      maxAttempts: 1
    },
    { wording }
  )
  try {
    await work(clients.flowService)
  } finally {
    clients.close()
  }
}

/** A source connection made outside this job. */
async function makeSource(name: string): Promise<string> {
  let id = ''
  await withChain(async chain => {
    const request = {
      name,
      baseConnectionId: baseId,
      data: { format: 'tabular' },
      params: { tableName: 'incidents' },
      connectionSpec: { id: ORACLE_SERVICE_CLOUD_SPEC.id, version: '1.0' }
    } as const
    id = (await chain.sources.create(request, () => Promise.resolve(undefined))).id
  })
  return id
}

const pause = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/**
 * The post step's 1 s pauses between attempts at a delete Flow Service refuses (1447), taken at
 * once, and counted; every other timer runs as it is.
 */
function skipPostPauses(): { pauses: number } {
  const skipped = { pauses: 0 }
  const real = globalThis.setTimeout
  const shortened = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const ours = ms === 1000 && /src[\\/]runner[\\/]step\.ts/.test(new Error().stack ?? '')
    if (ours) skipped.pauses++
    return real(callback, ours ? 0 : ms, ...args)
  }
  jest.spyOn(globalThis, 'setTimeout').mockImplementation(shortened as unknown as typeof setTimeout)
  return skipped
}

const read = (name: (typeof FILES)[number]): string => readFileSync(path.join(temp, name), 'utf8')
const outputs = (): Record<string, string> => parseFileCommands(read('GITHUB_OUTPUT'))
const state = (): Record<string, string> => parseFileCommands(read('GITHUB_STATE'))
const createdRecord = (): unknown => JSON.parse(state()[JOB_STATE.created] ?? 'null')

/** Every request that could change something: not a GET, and not the token. */
const writes = (target: Emulator = emulator): RecordedRequest[] =>
  target.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/'))
const deletes = (target: Emulator = emulator): string[] =>
  target.requests.filter(r => r.method === 'DELETE').map(r => r.path)

/** The ids of the one chain the emulator holds. */
function stored(target: Emulator = emulator) {
  const [source, ...sources] = target.sourceConnections()
  const [targetConnection, ...targets] = target.targetConnections()
  const [mapping, ...mappings] = target.mappingSets()
  const [flow, ...flows] = target.flows()
  expect([sources, targets, mappings, flows]).toEqual([[], [], [], []])
  return {
    source: source?.id ?? '',
    target: targetConnection?.id ?? '',
    mapping: mapping?.id ?? '',
    flow: flow?.id ?? '',
    flowState: flow?.state ?? ''
  }
}

describe('run', () => {
  it('builds the chain on a first run: outputs, state, summary and no failure', async () => {
    setInputs()
    await run()
    expect(stdout).not.toContain('::error::')
    expect(process.exitCode).toBeUndefined()
    const ids = stored()
    expect(ids.flowState).toBe('enabled')
    expect(outputs()).toEqual({
      'dataflow-id': ids.flow,
      'source-connection-id': ids.source,
      'target-connection-id': ids.target,
      'mapping-id': ids.mapping,
      'mapping-version': '0',
      state: 'enabled',
      outcome: 'created'
    })
    expect(state()).toEqual({ [IS_POST_STATE]: 'true' })
    expect(writes().map(r => `${r.method} ${r.rawUrl.replace(ids.flow, '{flow}')}`)).toEqual([
      'POST /data/foundation/conversion/mappingSets',
      `POST ${FLOW}/sourceConnections`,
      `POST ${FLOW}/targetConnections`,
      // No draft: the flow spec that lists Oracle Service Cloud offers no draft mode (draft.md).
      `POST ${FLOW}/flows`
    ])
    expect(stdout).toContain(`Created source connection ${ids.source} ("Incidents (source)")\n`)
    expect(stdout).toContain(`Created dataflow ${ids.flow} ("Incidents")\n`)
    expect(stdout).toContain(`Dataflow ${ids.flow} is enabled\n`)

    const summary = read('GITHUB_STEP_SUMMARY')
    expect(summary).toContain('<h3>Dataflow &#34;Incidents&#34; in sandbox prod</h3>')
    for (const line of [
      'source connection &#34;Incidents (source)&#34;: create',
      'target connection &#34;Incidents (target)&#34;: create',
      'mapping set: create (2 mappings)',
      'dataflow &#34;Incidents&#34;: create (hour every 1)'
    ])
      expect(summary).toContain(`<li>${line}</li>`)
    expect(summary).toContain('<tr><th>output</th><th>value</th></tr>')
    for (const [name, value] of Object.entries(outputs()))
      expect(summary).toContain(`<tr><td>${name}</td><td>${value}</td></tr>`)
  })

  it('a re-run finds the chain, its renamed connection too, and changes nothing', async () => {
    setInputs()
    await run()
    const first = outputs()
    const ids = stored()
    // Someone renames the source connection in the UI: the dataflow still names it.
    await withChain(async chain => {
      const source = await chain.sources.get(ids.source)
      await chain.sources.patch(ids.source, source?.etag ?? '', [{ op: 'replace', path: '/name', value: 'Renamed' }])
    })
    writeFileSync(path.join(temp, 'GITHUB_OUTPUT'), '')
    emulator.requests.length = 0

    await run()
    expect(process.exitCode).toBeUndefined()
    expect(outputs()).toEqual({ ...first, outcome: 'unchanged' })
    expect(writes()).toEqual([])
    expect(emulator.requests.some(r => r.path === `${FLOW}/sourceConnections/${ids.source}`)).toBe(true)
    expect(stdout).toContain(`Reusing source connection ${ids.source} ("Renamed")`)
  })

  it('a dry run prints the plan, sets the outcome and writes nothing', async () => {
    setInputs({ 'dry-run': 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(outputs()).toEqual({ outcome: 'would-create' })
    expect(writes()).toEqual([])
    expect(emulator.requests.filter(r => r.method !== 'GET').map(r => r.path)).toEqual(['/ims/token/v3'])
    expect(stdout).toContain('Dry run: source connection "Incidents (source)": create\n')
    // CRMToAEP as customer-success.md lists Oracle Service Cloud in it has no draft mode.
    expect(stdout).toContain('Dry run: dataflow "Incidents": create (hour every 1)\n')
    expect(read('GITHUB_STEP_SUMMARY')).toContain('<h3>Dataflow &#34;Incidents&#34; in sandbox prod (dry run)</h3>')
    expect(state()).toEqual({ [IS_POST_STATE]: 'true' })
  })

  it('a dry run that would fail sets its outputs, then fails the step', async () => {
    const unknown = '0b6c6d5e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'
    setInputs({ 'dry-run': 'true', 'base-connection-id': unknown })
    await run()
    expect(process.exitCode).toBe(1)
    expect(outputs()).toEqual({ outcome: 'would-fail' })
    const failure = `"base-connection-id": no base connection ${unknown} in sandbox prod.`
    expect(stdout).toContain(`Dry run: would fail: ${failure}`)
    expect(stdout).toContain(`::error::${failure}`)
    expect(writes()).toEqual([])
    expect(read('GITHUB_STEP_SUMMARY')).toContain(
      `<li>would fail: &#34;base-connection-id&#34;: no base connection ${unknown} in sandbox prod.`
    )
  })

  it('a real run that the plan fails changes nothing and names the input', async () => {
    setInputs({ 'dataset-id': '5f2a7c3b9d1e4a00ffffffff' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain('::error::"dataset-id": Catalog has no dataset 5f2a7c3b9d1e4a00ffffffff in sandbox prod.')
    expect(outputs()).toEqual({})
    expect(writes()).toEqual([])
  })

  it('a mapping destination not in the dataset\'s schema fails the step naming "mapping", before any write', async () => {
    writeFileSync(
      path.join(workspace, MAPPING_FILE),
      `${MAPPING}- source: status
  destination: _acme.nowhere
`
    )
    setInputs()
    await run()
    expect(process.exitCode).toBe(1)
    // Read from the Schema Registry before any write: not even Data Prep is asked.
    expect(stdout).toContain(
      `::error::"mapping": the schema of "dataset-id" (${DEMO_DATASET.schemaRef.id}) has no field "_acme.nowhere", named as a destination; closest: `
    )
    expect(writes()).toEqual([])
    expect([
      emulator.mappingSets(),
      emulator.sourceConnections(),
      emulator.targetConnections(),
      emulator.flows()
    ]).toEqual([[], [], [], []])
    expect(outputs()).toEqual({})
  })

  it('bad input fails the step naming the input, before any request', async () => {
    setInputs({ 'base-connection-id': 'not-a-uuid', mapping: 'mappings/missing.yaml' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toMatch(/::error::Invalid input[^\n]*"base-connection-id" must be a UUID/)
    expect(stdout).toMatch(/::error::[^\n]*"mapping"[^\n]*mappings\/missing\.yaml/)
    expect(emulator.requests).toEqual([])
    expect(outputs()).toEqual({})
    expect(read('GITHUB_STEP_SUMMARY')).toBe('')
  })

  it('outside a runner writes no summary', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    setInputs()
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(read('GITHUB_STEP_SUMMARY')).toBe('')
  })

  it('wait first-run: outputs the first run’s status and the records it wrote', async () => {
    setInputs({ wait: 'first-run' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const ids = stored()
    const [firstRun] = emulator.runs()
    expect(outputs()).toMatchObject({
      'dataflow-id': ids.flow,
      state: 'enabled',
      outcome: 'created',
      'run-status': 'success',
      'records-written': '42'
    })
    expect(stdout).toContain(
      `The first run of dataflow ${ids.flow} (${firstRun?.id}) ended: success, 42 records written\n`
    )
  })

  it('a failed first run fails the step, after setting the outputs', async () => {
    await withEmulator({ runStatus: 'Failed' }, async other => {
      setInputs({ wait: 'first-run' }, other)
      await run()
      expect(process.exitCode).toBe(1)
      const ids = stored(other)
      const [firstRun] = other.runs()
      expect(outputs()).toEqual({
        'dataflow-id': ids.flow,
        'source-connection-id': ids.source,
        'target-connection-id': ids.target,
        'mapping-id': ids.mapping,
        'mapping-version': '0',
        state: 'enabled',
        outcome: 'created',
        'run-status': 'failed',
        'records-written': '0'
      })
      expect(stdout).toContain(`::error::The first run of dataflow ${ids.flow} (${firstRun?.id}) ended Failed.`)
    })
  })

  it('a wait that times out names "wait-timeout-seconds"; the outputs are set', async () => {
    await withEmulator({ flowEnableDelayMs: 3_600_000 }, async other => {
      setInputs({ 'wait-timeout-seconds': '1' }, other)
      await run()
      expect(process.exitCode).toBe(1)
      const ids = stored(other)
      expect(stdout).toContain(
        `::error::Waited 1 s for dataflow ${ids.flow}: still initializing, not enabled. Raise "wait-timeout-seconds", or set "wait" to none; the dataflow itself is in place.`
      )
      expect(outputs()).toMatchObject({ 'dataflow-id': ids.flow, state: 'initializing', outcome: 'created' })
    })
  })
})

describe('delete-on-completion', () => {
  it('the main step saves what it created; the post step deletes the dataflow, then the target, then the source', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const ids = stored()
    expect(createdRecord()).toEqual({ source: ids.source, target: ids.target, flow: ids.flow })
    expect(state()[IS_POST_STATE]).toBe('true')

    passState()
    emulator.requests.length = 0
    await runPost()
    expect(deletes()).toEqual([
      `${FLOW}/flows/${ids.flow}`,
      `${FLOW}/targetConnections/${ids.target}`,
      `${FLOW}/sourceConnections/${ids.source}`
    ])
    expect([emulator.flows(), emulator.targetConnections(), emulator.sourceConnections()]).toEqual([[], [], []])
    // Data Prep has no DELETE: the mapping set stays.
    expect(emulator.mappingSets()).toHaveLength(1)
    for (const line of [
      `delete-on-completion: deleted dataflow ${ids.flow}`,
      `delete-on-completion: deleted target connection ${ids.target}`,
      `delete-on-completion: deleted source connection ${ids.source}`
    ])
      expect(stdout).toContain(`${line}\n`)
    expect(process.exitCode).toBeUndefined()

    await runPost()
    expect(stdout).toContain(`delete-on-completion: dataflow ${ids.flow} was already gone\n`)
  })

  it('a run that loses a create race deletes its own again, and the saved state forgets it', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    // This run's POST is held back; meanwhile another job makes a source connection of the name.
    emulator.fault({ method: 'POST', path: '/sourceConnections', action: { delayMs: 1000 } })
    const running = run()
    const posted = (): boolean =>
      emulator.requests.some(r => r.method === 'POST' && r.path === `${FLOW}/sourceConnections`)
    for (let waited = 0; !posted() && waited < 2000; waited += 5) await pause(5)
    const other = await makeSource('Incidents (source)')
    await running
    expect(process.exitCode).toBeUndefined()
    expect(emulator.sourceConnections().map(c => c.id)).toEqual([other])
    expect(stdout).toMatch(
      new RegExp(
        `Another run created source connection ${other} \\("Incidents \\(source\\)"\\) first: deleted the one this run created`
      )
    )
    const ids = { target: emulator.targetConnections()[0]?.id, flow: emulator.flows()[0]?.id }
    expect(outputs()['source-connection-id']).toBe(other)
    expect(createdRecord()).toEqual(ids)
  })

  it('the post step reads only its own inputs: the mapping file gone and a main-only input broken, it deletes all the same', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    const ids = stored()
    passState()
    // Later steps of the job: the mapping file removed, an input of the main step no longer valid.
    rmSync(path.join(workspace, MAPPING_FILE))
    setInputs({ 'delete-on-completion': 'true', frequency: 'fortnightly' })
    emulator.requests.length = 0
    stdout = ''
    await runPost()
    expect(stdout).not.toContain('::warning::')
    expect(deletes()).toEqual([
      `${FLOW}/flows/${ids.flow}`,
      `${FLOW}/targetConnections/${ids.target}`,
      `${FLOW}/sourceConnections/${ids.source}`
    ])
    expect([emulator.flows(), emulator.targetConnections(), emulator.sourceConnections()]).toEqual([[], [], []])
    expect(process.exitCode).toBeUndefined()
  })

  it('the post step deletes nothing when delete-on-completion is off', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    passState()
    setInputs({ 'delete-on-completion': 'false' })
    emulator.requests.length = 0
    await runPost()
    expect(emulator.requests).toEqual([])
    expect(stored().flowState).toBe('enabled')
  })

  it.each([
    ['no record', undefined],
    ['an empty record', ''],
    ['an empty object', '{}'],
    ['not JSON', 'created: everything'],
    ['null', 'null'],
    ['ids that are not strings', '{"flow":1,"target":null,"source":["x"]}']
  ])('the post step with %s sends nothing', async (_what, record) => {
    setInputs({ 'delete-on-completion': 'true' })
    if (record !== undefined) process.env[`STATE_${JOB_STATE.created}`] = record
    await runPost()
    expect(stdout).toBe('::debug::delete-on-completion: this job created no part of the dataflow chain\n')
    expect(emulator.requests).toEqual([])
  })

  /** Flow Service's 1447 for the target connection, `times` in a row. */
  function refuseTarget(target: string, times: number): void {
    emulator.fault({
      method: 'DELETE',
      path: `/targetConnections/${target}`,
      times,
      action: {
        status: 400,
        body: {
          type: 'http://ns.adobe.com/aep/errors/FLOW-1447-400',
          title: 'Invalid request',
          status: 400,
          report: {
            'detailed-message': `Found active flows containing id ${target}.`,
            'request-id': 'req-1447'
          },
          errorMessage: `Found active flows containing id ${target}.`
        }
      }
    })
  }

  it('a refusal (1447) while the dataflow just deleted is still going away: tried again 1 s later, and deleted', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    const ids = stored()
    passState()
    refuseTarget(ids.target, 1)
    emulator.requests.length = 0
    stdout = ''
    await runPost()
    expect(deletes()).toEqual([
      `${FLOW}/flows/${ids.flow}`,
      `${FLOW}/targetConnections/${ids.target}`,
      `${FLOW}/targetConnections/${ids.target}`,
      `${FLOW}/sourceConnections/${ids.source}`
    ])
    const [refused, again] = emulator.requests.filter(r => r.method === 'DELETE' && r.path.includes(ids.target))
    expect((again?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(900)
    expect(stdout).not.toContain('::warning::')
    expect(stdout).toContain(`delete-on-completion: deleted target connection ${ids.target}\n`)
    expect([emulator.flows(), emulator.targetConnections(), emulator.sourceConnections()]).toEqual([[], [], []])
  })

  // The one test that waits out the pauses in real time (4 s).
  it('explains a refusal (1447) that lasts through 5 attempts, 1 s apart, and goes on', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    const ids = stored()
    passState()
    refuseTarget(ids.target, 5)
    emulator.requests.length = 0
    const started = Date.now()
    await runPost()
    expect(Date.now() - started).toBeGreaterThanOrEqual(3_900)
    expect(deletes().filter(p => p === `${FLOW}/targetConnections/${ids.target}`)).toHaveLength(5)
    // Adobe's refusal, and on its next line (%0A in a workflow command) why and what to do.
    expect(stdout).toMatch(
      new RegExp(
        `\\n::warning::delete-on-completion: could not delete target connection ${ids.target}: Could not delete target connection ${ids.target}: HTTP 400, code 1447-400: Found active flows containing id ${ids.target}\\.[^\\n]*%0A[^\\n]*dataflow still uses it[^\\n]*delete[^\\n]*dataflow first`
      )
    )
    expect(process.exitCode).toBeUndefined()
    expect(emulator.targetConnections().map(t => t.id)).toEqual([ids.target])
    expect([emulator.flows(), emulator.sourceConnections()]).toEqual([[], []])
  })

  it("when the dataflow's own delete fails, Flow Service refuses the connections it uses (1447)", async () => {
    setInputs({ 'delete-on-completion': 'true', 'max-attempts': '1' })
    await run()
    const ids = stored()
    passState()
    emulator.fault({
      method: 'DELETE',
      path: `/flows/${ids.flow}`,
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    emulator.requests.length = 0
    const skipped = skipPostPauses()
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: could not delete dataflow ${ids.flow}: Could not delete dataflow ${ids.flow}: HTTP 403, code 403025`
    )
    for (const what of [`target connection ${ids.target}`, `source connection ${ids.source}`]) {
      expect(stdout).toMatch(
        new RegExp(
          `::warning::delete-on-completion: could not delete ${what}: [^\\n]*code 1447-400[^\\n]*%0A[^\\n]*dataflow still uses it`
        )
      )
    }
    // A 403 is not retried; each 1447 is, 5 attempts in all, with a pause between them.
    expect(deletes()).toEqual([
      `${FLOW}/flows/${ids.flow}`,
      ...Array<string>(5).fill(`${FLOW}/targetConnections/${ids.target}`),
      ...Array<string>(5).fill(`${FLOW}/sourceConnections/${ids.source}`)
    ])
    expect(skipped.pauses).toBe(8)
    expect(stored().flowState).toBe('enabled')
    expect(process.exitCode).toBeUndefined()
  })

  it("the post step deletes nothing that is not of this dataflow's name", async () => {
    const other = await makeSource('Production (source)')
    process.env[`STATE_${JOB_STATE.created}`] = JSON.stringify({ source: other })
    setInputs({ 'delete-on-completion': 'true' })
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: source connection ${other} is not "Incidents (source)": not deleting it\n`
    )
    expect(deletes()).toEqual([])
    expect(emulator.sourceConnections().map(c => c.id)).toEqual([other])
  })

  it('after a kill mid-POST, the post step deletes the one object of the name made since, not an older one', async () => {
    const older = await makeSource('Incidents (source)')
    await pause(20)
    const pending = { source: { name: 'Incidents (source)', sentAt: Date.now(), waitMs: 0, before: null } }
    await pause(20)
    const made = await makeSource('Incidents (source)')
    process.env[`STATE_${JOB_STATE.pending}`] = JSON.stringify(pending)
    setInputs({ 'delete-on-completion': 'true' })
    emulator.requests.length = 0
    await runPost()
    expect(deletes()).toEqual([`${FLOW}/sourceConnections/${made}`])
    expect(emulator.sourceConnections().map(c => c.id)).toEqual([older])
    expect(stdout).toContain(`delete-on-completion: deleted source connection ${made}\n`)
  })

  it('after a kill mid-POST, two objects of the name made since are both left alone', async () => {
    const sentAt = Date.now()
    await pause(20)
    const made = [await makeSource('Incidents (source)'), await makeSource('Incidents (source)')]
    process.env[`STATE_${JOB_STATE.pending}`] = JSON.stringify({
      source: { name: 'Incidents (source)', sentAt, waitMs: 0, before: null },
      // Not this dataflow's name, or unreadable: ignored.
      target: { name: 'Other (target)', sentAt, waitMs: 0, before: null },
      flow: { name: 'Incidents' }
    })
    setInputs({ 'delete-on-completion': 'true' })
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: the main step ended while creating "Incidents (source)"; 2 source connections of that name appeared since (${made.join(', ')}), so none is deleted.\n`
    )
    expect(deletes()).toEqual([])
    expect(emulator.sourceConnections()).toHaveLength(2)
  })

  it('a post step whose inputs no longer read warns and deletes nothing', async () => {
    process.env[`STATE_${JOB_STATE.created}`] = JSON.stringify({ flow: 'f-1' })
    setInputs({ 'delete-on-completion': 'true', 'org-id': '' })
    await runPost()
    expect(stdout).toMatch(/::warning::delete-on-completion: Invalid input[^\n]*"org-id"/)
    expect(emulator.requests).toEqual([])
    expect(process.exitCode).toBeUndefined()
  })
})

describe('the bundle entry (src/dataflow/index.ts)', () => {
  const loadEntry = (): Promise<void> =>
    jest.isolateModulesAsync(async () => {
      await import('../../src/dataflow/index.js')
    })

  it('runs the main step unless the main step has marked the post step', async () => {
    setInputs({ 'base-connection-id': '' })
    await loadEntry()
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain('"base-connection-id" is empty: is the variable or secret that sets it defined')
    expect(state()).toEqual({ [IS_POST_STATE]: 'true' })
    expect(emulator.requests).toEqual([])
  })

  it('as the post step, loads nothing without a record, and deletes what the record names', async () => {
    process.env[`STATE_${IS_POST_STATE}`] = 'true'
    setInputs({ 'delete-on-completion': 'true' })
    await loadEntry()
    // The same idle rule as the base connection action's (src/runner/entry.ts): one debug line.
    expect(stdout).toBe('::debug::delete-on-completion: this job created no part of the dataflow chain\n')
    expect(emulator.requests).toEqual([])

    const gone = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'
    process.env[`STATE_${JOB_STATE.created}`] = JSON.stringify({ flow: gone })
    await loadEntry()
    expect(stdout).toContain(`delete-on-completion: dataflow ${gone} was already gone\n`)
    expect(deletes()).toEqual([`${FLOW}/flows/${gone}`])

    // A create in flight when the main step was killed: the post step looks for what it made.
    delete process.env[`STATE_${JOB_STATE.created}`]
    process.env[`STATE_${JOB_STATE.pending}`] = JSON.stringify({
      // Sent just now: the post step looks again once its POST could still land.
      flow: { name: 'Incidents', sentAt: Date.now(), waitMs: 0, before: null }
    })
    emulator.requests.length = 0
    await loadEntry()
    expect(
      emulator.requests.filter(r => r.rawUrl === `${FLOW}/flows?property=name%3D%3DIncidents`).length
    ).toBeGreaterThanOrEqual(2)
    expect(deletes()).toEqual([])
  })
})
