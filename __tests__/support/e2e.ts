// Shared by the end-to-end tests: the emulator, valid inputs for it, and the secret-leak check.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect } from '@jest/globals'

import { DEMO_CLIENT, DEMO_DATASET, demoInputs, Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, maskedValues, PROJECT_ROOT } from '../../harness/run-action.js'

export const ORACLE_SPEC_ID = 'ba5126ec-c9ac-11eb-b8bc-0242ac130003'

/** Valid inputs for the emulator's demo org and Oracle account, with client credentials. */
export function validInputs(emulator: Emulator, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...demoInputs(emulator.url), ...overrides }
}

/**
 * Valid inputs of the dataflow action for the emulator: the demo client, the incidents table and
 * dataset, and the mapping file at `mappings/incidents.yaml` of the run's workspace.
 */
export function validDataflowInputs(
  emulator: Emulator,
  baseConnectionId: string,
  overrides: Record<string, string> = {}
): Record<string, string> {
  return {
    'client-id': DEMO_CLIENT.clientId,
    'client-secret': DEMO_CLIENT.clientSecret,
    'org-id': DEMO_CLIENT.orgId,
    'platform-url': emulator.url,
    'ims-url': emulator.url,
    'base-connection-id': baseConnectionId,
    name: 'Incidents',
    table: 'incidents',
    'dataset-id': DEMO_DATASET.id,
    mapping: 'mappings/incidents.yaml',
    ...overrides
  }
}

/** Every bearer token the action sent: issued by IMS or given, all of them secrets. */
export function tokensSeen(emulator: Emulator): string[] {
  const tokens = emulator.requests
    .map(request => /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1])
    .filter((token): token is string => token !== undefined)
  return [...new Set(tokens)]
}

/** The value appears only in ::add-mask:: lines: not in the log, stderr, outputs, state or summary. */
export function expectNotShown(run: ActionRun, value: string): void {
  const log = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  const places = {
    log,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    state: JSON.stringify(run.state),
    summary: run.summary
  }
  for (const [place, text] of Object.entries(places)) {
    expect({ value, place, shown: text.includes(value) }).toEqual({ value, place, shown: false })
  }
}

/** Each secret is registered with ::add-mask:: and shown nowhere else. */
export function expectNoLeak(run: ActionRun, secrets: readonly string[]): void {
  const masks = maskedValues(run.stdout)
  for (const secret of secrets) {
    expect({ secret, masked: masks.includes(secret) }).toEqual({ secret, masked: true })
    expectNotShown(run, secret)
  }
}

/**
 * GitHub drops a job output that contains a masked value ("Skip output since it may contain
 * secret"): no registered mask may occur in any output, so later jobs can read them.
 */
export function expectOutputsSurviveJobs(run: ActionRun): void {
  const masks = maskedValues(run.stdout)
  for (const [output, value] of Object.entries(run.outputs)) {
    expect({ output, hides: masks.filter(mask => value.includes(mask)) }).toEqual({ output, hides: [] })
  }
}

/** Inputs of the request the emulator received for Flow Service's create call. */
export function creates(emulator: Emulator) {
  return emulator.requests.filter(r => r.method === 'POST' && r.path === '/data/foundation/flowservice/connections')
}

export const TLS_FIXTURES = path.join(PROJECT_ROOT, 'harness', 'tls')

/** The emulator over HTTPS, with a certificate for Adobe's host names signed by the test CA. */
export function startTlsEmulator(): Promise<Emulator> {
  const read = (file: string): Buffer => readFileSync(path.join(TLS_FIXTURES, file))
  return startEmulator({ tls: { key: read('server-key.pem'), cert: read('server.pem') } })
}
