// Inputs that come from a GitHub environment's variables and secrets, end to end in both bundles
// (issue 19 point 6): an unset variable or secret arrives as "" and is refused before anything is
// sent, saying so; a sandbox that does not exist fails the step once, naming "sandbox-name" once,
// and the look-ups sent beside the first refusal are neither retried nor reported as network faults.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { DEMO_CLIENT, DEMO_ORACLE, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, runAction } from '../../harness/run-action.js'
import { expectNoLeak, validDataflowInputs, validInputs } from '../support/e2e.js'
import { more } from '../support/troubleshooting.js'

let emulator: Emulator
let baseId: string
beforeAll(async () => {
  // The organization has the sandbox prod only.
  emulator = await startEmulator({ sandboxes: ['prod'] })
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
})

const MAPPING = '- source: id\n  destination: _acme.incidentId\n'

type Action = 'base' | 'dataflow'

function runWith(action: Action, overrides: Record<string, string>): Promise<ActionRun> {
  return action === 'base'
    ? runAction({ inputs: validInputs(emulator, overrides), env: { RUNNER_DEBUG: '1' } })
    : runAction({
        action: 'dataflow',
        inputs: validDataflowInputs(emulator, baseId, overrides),
        workspace: { 'mappings/incidents.yaml': MAPPING },
        env: { RUNNER_DEBUG: '1' }
      })
}

/** What @actions/core does to a command's data: %, CR and LF escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

const errors = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::error'))

/** The secrets each action was given, which must show nowhere but in ::add-mask:: lines. */
function secretsOf(action: Action, overrides: Record<string, string>): string[] {
  const given = { 'client-secret': DEMO_CLIENT.clientSecret, ...overrides }
  return [given['client-secret'], ...(action === 'base' ? [DEMO_ORACLE.password] : [])].filter(value => value !== '')
}

const IS_EMPTY = 'is empty: is the variable or secret that sets it defined for this GitHub environment? Expected'

describe.each<Action>(['base', 'dataflow'])('an input left empty by an unset variable or secret (%s)', action => {
  it.each<[string, Record<string, string>, string]>([
    [
      'sandbox-name',
      // `sandbox-name: ${{ vars.AEP_SANDBOX }}` with no AEP_SANDBOX for this environment: not prod.
      { 'sandbox-name': '' },
      `"sandbox-name" ${IS_EMPTY} a sandbox name: lowercase letters, digits and hyphens, starting with a letter, at most 256 characters (e.g. prod)`
    ],
    [
      'client-secret',
      { 'client-secret': '' },
      `"client-secret" ${IS_EMPTY} the OAuth Server-to-Server client secret, with "client-id" (or a ready "access-token" instead).`
    ]
  ])('%s: says it is empty, with what it expects, and sends nothing', async (_, overrides, problem) => {
    const run = await runWith(action, overrides)
    expect(run.code).toBe(1)
    expect(errors(run)).toEqual([`::error::${escapeData(`Invalid input: ${problem}`)}`])
    expect(emulator.requests).toEqual([])
    expect(run.outputs).toEqual({})
    expect(run.stdout).not.toMatch(/%0A\s+at /)
    expect(run.stderr).toBe('')
    expectNoLeak(run, secretsOf(action, overrides))
  })
})

/** Anything the transport logs when an attempt failed on the way, or when it tries again. */
const RETRY_OR_NETWORK_FAULT =
  /connection was (reset|refused|aborted|closed)|waiting [\d.]+ s before attempt|retry|checking whether it went through|gave up after|no answer within/i

const SANDBOX_HINT = `Next step: the sandbox does not exist in this organization: check "sandbox-name" (lowercase, as shown in the sandbox list of Experience Platform).${more('2101-sandbox-not-found')}`

/** The ::error:: line with Adobe's request id replaced. */
const withoutRequestId = (line: string): string => line.replace(/\(request id [^)]+\)/, '(request id <id>)')

describe('a sandbox the organization does not have (sandbox-name: qa)', () => {
  it('the dataflow action: the eight look-ups go out together, each gets the refusal once, and the step fails once naming "sandbox-name" once', async () => {
    // The explores' refusals come last, long after the first: they are in flight when it arrives.
    emulator.fault({ path: /\/explore$/, times: Infinity, action: { delayMs: 400 } })
    emulator.fault({ path: /\/flows$/, times: Infinity, action: { delayMs: 150 } })
    const run = await runWith('dataflow', { 'sandbox-name': 'qa' })

    expect(run.code).toBe(1)
    const [error, ...others] = errors(run)
    expect(others).toEqual([])
    expect(withoutRequestId(error ?? '')).toBe(
      `::error::${escapeData(
        `Could not read base connection ${baseId}: HTTP 404, code 2101-404: The sandbox with the name 'qa' could not be found. Error from Sandbox Management API: Sandbox with name 'qa' not present. Please check if resource exists. (request id <id>)\n${SANDBOX_HINT}`
      )}`
    )
    expect((error ?? '').split('sandbox-name')).toHaveLength(2)

    // Each of the eight was sent once, all together after the token: none repeated.
    const platform = emulator.requests.filter(request => request.path.startsWith('/data/'))
    expect(platform.map(request => `${request.method} ${request.path.replace(baseId, '{base}')}`).sort()).toEqual([
      'GET /data/foundation/catalog/dataSets/5f2a7c3b9d1e4a0012345678',
      'GET /data/foundation/flowservice/connections/{base}',
      'GET /data/foundation/flowservice/connections/{base}/explore',
      'GET /data/foundation/flowservice/connections/{base}/explore',
      'GET /data/foundation/flowservice/flowSpecs',
      'GET /data/foundation/flowservice/flows',
      'GET /data/foundation/flowservice/sourceConnections',
      'GET /data/foundation/flowservice/targetConnections'
    ])
    expect(emulator.requests.filter(request => request.path.startsWith('/ims/'))).toHaveLength(1)

    // The siblings still in flight when the first refusal came were not cut off: each ended with
    // its own answer (the debug line of a finished exchange), and the step waited for them.
    const answered = run.stdout.split('\n').filter(line => /^::debug::GET \S+: HTTP 404\b/.test(line))
    expect(answered).toHaveLength(8)
    expect(answered.filter(line => line.includes('/explore: HTTP 404 (2101-404)'))).toHaveLength(2)
    // Nor retried, nor reported as a network fault: no line says so, debug lines included.
    expect(run.stdout).not.toMatch(RETRY_OR_NETWORK_FAULT)
    expect(run.stderr).toBe('')
    expect(run.outputs).toEqual({})
  })

  it('the base connection action: its look-up gets the refusal once, and the step fails once naming "sandbox-name" once', async () => {
    const run = await runWith('base', { 'sandbox-name': 'qa' })

    expect(run.code).toBe(1)
    const [error, ...others] = errors(run)
    expect(others).toEqual([])
    expect(withoutRequestId(error ?? '')).toBe(
      `::error::${escapeData(
        `Could not look up existing base connections: HTTP 404, code 2101-404: The sandbox with the name 'qa' could not be found. Error from Sandbox Management API: Sandbox with name 'qa' not present. Please check if resource exists. (request id <id>)\n${SANDBOX_HINT}`
      )}`
    )
    expect((error ?? '').split('sandbox-name')).toHaveLength(2)
    expect(emulator.requests.map(request => `${request.method} ${request.path}`)).toEqual([
      'POST /ims/token/v3',
      'GET /data/foundation/flowservice/connections'
    ])
    expect(run.stdout).not.toMatch(RETRY_OR_NETWORK_FAULT)
    expect(run.stderr).toBe('')
    expect(run.outputs).toEqual({})
  })
})
