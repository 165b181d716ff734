// The dataflow action's bundle against the chain as Adobe's documents describe it: draft mode only
// where the flow spec offers it, a flow spec that no longer lists Oracle Service Cloud, a publish
// refused because it already happened, run statuses as Adobe spells them, JSON Patch operations
// that all carry a value, and a dry run for an environment that has no base connection yet.
import { afterEach, describe, expect, it } from '@jest/globals'

import {
  CRM_TO_AEP_FLOW_SPEC,
  DEMO_CLIENT,
  DEMO_DATASET,
  Emulator,
  EmulatorOptions,
  startEmulator
} from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'

const MAPPING = `- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
`

/** CRMToAEP listing Oracle Service Cloud, as customer-success.md does, and offering draft mode. */
const WITH_DRAFTS = {
  ...CRM_TO_AEP_FLOW_SPEC,
  attributes: { ...CRM_TO_AEP_FLOW_SPEC.attributes, isDraftModeSupported: true }
}

let emulator: Emulator | undefined
afterEach(() => emulator?.close())

async function start(options: EmulatorOptions = {}): Promise<{ emulator: Emulator; baseId: string }> {
  emulator = await startEmulator(options)
  return { emulator, baseId: emulator.seedConnection({ name: 'Oracle Service Cloud' }).id }
}

function runDataflow(on: Emulator, inputs: Record<string, string>, mapping = MAPPING): Promise<ActionRun> {
  return runAction({
    action: 'dataflow',
    inputs: {
      'client-id': DEMO_CLIENT.clientId,
      'client-secret': DEMO_CLIENT.clientSecret,
      'org-id': DEMO_CLIENT.orgId,
      'platform-url': on.url,
      'ims-url': on.url,
      name: 'Incidents',
      table: 'incidents',
      'dataset-id': DEMO_DATASET.id,
      mapping: 'mappings/incidents.yaml',
      'start-time': '1767225600',
      ...inputs
    },
    workspace: { 'mappings/incidents.yaml': mapping }
  })
}

function writes(on: Emulator): string[] {
  return on.requests
    .filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/'))
    .map(r => `${r.method} ${r.rawUrl.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{32}/g, '{id}')}`)
}

const errors = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::error::'))

describe('draft mode only where the flow spec offers it (draft.md)', () => {
  it('a flow spec with isDraftModeSupported: the dataflow is a draft until every part exists, then published', async () => {
    const { emulator, baseId } = await start({ flowSpecs: [WITH_DRAFTS] })
    const run = await runDataflow(emulator, { 'base-connection-id': baseId })
    expect(errors(run)).toEqual([])
    expect(writes(emulator).slice(-2)).toEqual([
      'POST /data/foundation/flowservice/flows?mode=draft',
      'POST /data/foundation/flowservice/flows/{id}/action?op=publish'
    ])
    expect(run.outputs.state).toBe('enabled')
  })

  it('a publish refused because it already took effect (1444) reads the dataflow and carries on', async () => {
    const { emulator, baseId } = await start({ flowSpecs: [WITH_DRAFTS] })
    // The publish commits, but its answer is Flow Service's refusal of a publish sent again.
    emulator.fault({
      method: 'POST',
      path: /\/action$/,
      action: {
        commit: true,
        status: 400,
        body: {
          type: 'http://ns.adobe.com/aep/errors/FLOW-1444-400',
          title: 'Bad Request',
          status: 400,
          report: { 'detailed-message': 'Flow is not in expected state draft.' }
        }
      }
    })
    const run = await runDataflow(emulator, { 'base-connection-id': baseId })
    expect(errors(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ outcome: 'created', state: 'enabled' })
  })

  it('a dataflow that stays a draft is not waited on: the step says so at once', async () => {
    const { emulator, baseId } = await start({ flowSpecs: [WITH_DRAFTS] })
    // The publish is answered but never takes effect.
    emulator.fault({ method: 'POST', path: /\/action$/, action: { status: 200, body: { id: 'x', etag: '"x"' } } })
    const started = Date.now()
    const run = await runDataflow(emulator, { 'base-connection-id': baseId, 'wait-timeout-seconds': '60' })
    expect(run.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(errors(run)).toEqual([
      `::error::Dataflow ${run.outputs['dataflow-id'] ?? emulator.flows()[0]?.id} is still a draft (state draft) after it was published: it will not run. Publish it in Experience Platform, or run again with "if-exists" update.`
    ])
  })

  it('the newest CRMToAEP, which no longer lists Oracle Service Cloud: refused before any write, naming flow-spec-name and Data Landing Zone', async () => {
    const { emulator, baseId } = await start({ crmToAep: 'newest' })
    const run = await runDataflow(emulator, { 'base-connection-id': baseId })
    expect(run.code).toBe(1)
    expect(writes(emulator)).toEqual([])
    const [error] = errors(run)
    expect(error).toMatch(
      /^::error::"flow-spec-name": flow spec "CRMToAEP" does not take sources of connection spec ba5126ec-c9ac-11eb-b8bc-0242ac130003 /
    )
    expect(error).toContain('Adobe deprecated the Oracle Service Cloud source')
    expect(error).toContain('Data Landing Zone')
  })
})

describe('runs and patches as Adobe spells them', () => {
  it("a Failed first run fails the step with the run id and Adobe's errors; run-status is failed", async () => {
    const { emulator, baseId } = await start({ runStatus: 'Failed' })
    const run = await runDataflow(emulator, { 'base-connection-id': baseId, wait: 'first-run' })
    expect(run.code).toBe(1)
    const [firstRun] = emulator.runs()
    expect(run.outputs).toMatchObject({ 'run-status': 'failed', 'records-written': '0', outcome: 'created' })
    expect(errors(run)).toEqual([
      `::error::The first run of dataflow ${run.outputs['dataflow-id']} (${firstRun?.id}) ended Failed. Adobe's errors: EMULATED-RUN-FAILURE: The emulator fails every run (runStatus: Failed). See the run under Sources > Dataflows in Experience Platform.`
    ])
  })

  it('every JSON Patch operation carries a value: a delta column removed replaces the transformation list', async () => {
    const { emulator, baseId } = await start()
    // A start time not reached yet: Flow Service refuses a change to once after it (1403).
    const future = { 'base-connection-id': baseId, 'start-time': '1900000000' }
    expect(errors(await runDataflow(emulator, { ...future, 'delta-column': 'updated' }))).toEqual([])
    emulator.requests.length = 0
    const run = await runDataflow(emulator, { ...future, frequency: 'once' })
    expect(errors(run)).toEqual([])
    const patch = emulator.requests.find(r => r.method === 'PATCH')?.json as { op: string; value?: unknown }[]
    expect(patch.every(operation => 'value' in operation)).toBe(true)
    expect(patch.map(operation => operation.op)).not.toContain('remove')
    expect(patch).toEqual([
      { op: 'replace', path: '/scheduleParams', value: { startTime: 1900000000, frequency: 'once' } },
      {
        op: 'replace',
        path: '/transformations',
        value: [expect.objectContaining({ name: 'Mapping' })]
      }
    ])
    expect(run.outputs.outcome).toBe('updated')
  })
})

describe('a replacement', () => {
  it('with delete-on-completion: refused before any write, since the post step would delete the new chain too', async () => {
    const { emulator, baseId } = await start()
    expect(errors(await runDataflow(emulator, { 'base-connection-id': baseId }))).toEqual([])
    emulator.requests.length = 0
    const run = await runDataflow(emulator, {
      'base-connection-id': baseId,
      table: 'archived_incidents',
      'delete-on-completion': 'true'
    })
    expect(run.code).toBe(1)
    expect(writes(emulator)).toEqual([])
    expect(errors(run)[0]).toMatch(
      /^::error::"delete-on-completion": dataflow "Incidents" \([^)]+\) would be replaced \(table changed\)/
    )
  })

  it('a frequency changed to once after the start time: refused before any write, naming frequency', async () => {
    const { emulator, baseId } = await start()
    expect(errors(await runDataflow(emulator, { 'base-connection-id': baseId }))).toEqual([])
    emulator.requests.length = 0
    const run = await runDataflow(emulator, { 'base-connection-id': baseId, frequency: 'once', 'start-time': '' })
    expect(run.code).toBe(1)
    expect(writes(emulator)).toEqual([])
    expect(errors(run)[0]).toMatch(/^::error::"frequency": dataflow "Incidents" \([^)]+\) started at 1767225600/)
  })
})

describe('a whole environment can be dry-run', () => {
  it('with no base connection yet: the whole chain would be created, and the step says what it could not check', async () => {
    const { emulator } = await start()
    const run = await runDataflow(emulator, { 'base-connection-id': '', 'dry-run': 'true' })
    expect(errors(run)).toEqual([])
    expect(run.outputs).toEqual({ outcome: 'would-create' })
    expect(writes(emulator)).toEqual([])
    expect(run.stdout).toContain(
      `Dry run: not checked: the table, the columns, the mapping's sources, and whether the flow spec takes the source (explore needs a base connection; "base-connection-id" is empty in this dry run)`
    )
    // What it can check, it checks: a destination not in the dataset's schema still fails the dry run.
    const wrong = await runDataflow(
      emulator,
      { 'base-connection-id': '', 'dry-run': 'true' },
      `${MAPPING}- source: status\n  destination: _acme.stat\n`
    )
    expect(wrong.code).toBe(1)
    expect(errors(wrong)[0]).toContain('has no field "_acme.stat"')
  })

  it('a real run still needs a base connection', async () => {
    const { emulator } = await start()
    const run = await runDataflow(emulator, { 'base-connection-id': '' })
    expect(run.code).toBe(1)
    expect(errors(run)[0]).toContain(
      '"base-connection-id" is empty: is the variable or secret that sets it defined for this GitHub environment?'
    )
    expect(writes(emulator)).toEqual([])
  })
})
