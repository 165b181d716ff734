// `npm run demo` (after `npm run build`): runs the bundled action against the local emulator, as a
// GitHub runner would, and shows the step log and the outputs; then the dataflow action on the base
// connection it made, as a later job would.
//
// `npm run demo -- --environments dev,stage,prod`: the same two actions once per environment, in
// order, each with `sandbox-name` set to it (one sandbox per environment, promoted dev → stage →
// prod); it stops at the first environment that fails. Then everything once more, to show that a
// re-run writes nothing. `--sandboxes` (default: the environments) sets which sandboxes the
// emulator serves, so a promotion into a sandbox it does not serve can be seen failing.
import { orUsage, parseFlags, parseSandboxList, UsageError } from '../emulator/cli-args.js'
import {
  DEMO_CLIENT,
  DEMO_DATASET,
  demoInputs,
  type Emulator,
  IMS_TOKEN_PATH,
  startEmulator
} from '../emulator/server.js'
import { type ActionRun, describeRunnerNode, renderLog, runAction } from '../harness/run-action.js'

/** The demo's mapping file: Oracle Service Cloud incident columns → the demo dataset's XDM paths. */
const MAPPING = `- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
- source: status
  destination: _acme.status
`

const USAGE = 'npm run demo [-- --environments dev,stage,prod [--sandboxes dev,stage,prod]]'

/** The dataflow action's run on a base connection: the incidents table into the demo dataset. */
function runDataflow(
  emulator: Emulator,
  baseConnectionId: string,
  extra: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    action: 'dataflow',
    inputs: {
      'client-id': DEMO_CLIENT.clientId,
      'client-secret': DEMO_CLIENT.clientSecret,
      'org-id': DEMO_CLIENT.orgId,
      'platform-url': emulator.url,
      'ims-url': emulator.url,
      'base-connection-id': baseConnectionId,
      name: 'Oracle Service Cloud incidents',
      table: 'incidents',
      'dataset-id': DEMO_DATASET.id,
      mapping: 'aep/incidents-mapping.yaml',
      wait: 'first-run',
      ...extra
    },
    workspace: { 'aep/incidents-mapping.yaml': MAPPING }
  })
}

/** `npm run demo`: one base connection in `prod`, then its dataflow. True when both succeeded. */
async function demoOneSandbox(): Promise<boolean> {
  const emulator = await startEmulator()
  let failed = false
  try {
    console.log(`Emulator (Adobe IMS + Flow Service) at ${emulator.url}`)
    console.log(`Running dist/index.js with ${describeRunnerNode()}\n`)
    const run = await runAction({
      inputs: demoInputs(emulator.url)
    })
    console.log('--- step log (as the runner shows it: secrets masked) ---')
    console.log(renderLog(run.stdout).trimEnd())
    console.log('--- outputs ---')
    console.log(`base-connection-id=${run.outputs['base-connection-id'] ?? ''}`)
    console.log(`etag=${run.outputs['etag'] ?? ''}`)
    console.log(`created=${run.outputs['created'] ?? ''}`)
    console.log(`outcome=${run.outputs['outcome'] ?? ''}`)
    console.log(
      `\n(exit code ${String(run.code)}, ${run.durationMs} ms, ${emulator.requests.length} requests to the emulator)`
    )
    if (run.code !== 0) {
      failed = true
      console.error('\nThe action failed. Its stderr:')
      console.error(run.stderr)
    } else {
      console.log('\n=== then the dataflow action (dist/dataflow/index.js) on that base connection ===\n')
      const dataflow = await runDataflow(emulator, run.outputs['base-connection-id'] ?? '')
      console.log('--- step log ---')
      console.log(renderLog(dataflow.stdout).trimEnd())
      console.log('--- outputs ---')
      for (const [name, value] of Object.entries(dataflow.outputs)) console.log(`${name}=${value}`)
      if (dataflow.code !== 0) {
        failed = true
        console.error('\nThe dataflow action failed. Its stderr:')
        console.error(dataflow.stderr)
      }
    }
  } finally {
    await emulator.close()
  }
  return !failed
}

/** One environment's two steps, as one leg of the README's promotion: base connection, then its dataflow. */
interface Leg {
  environment: string
  base: ActionRun
  dataflow?: ActionRun
  /** Requests to the emulator, and how many of them could change something (not GET, not the token). */
  requests: number
  writes: number
  ok: boolean
}

async function runLeg(emulator: Emulator, environment: string): Promise<Leg> {
  const before = emulator.requests.length
  const sandbox = { 'sandbox-name': environment }
  const base = await runAction({ inputs: { ...demoInputs(emulator.url), ...sandbox } })
  const baseId = base.outputs['base-connection-id'] ?? ''
  const dataflow = base.code === 0 ? await runDataflow(emulator, baseId, sandbox) : undefined
  const sent = emulator.requests.slice(before)
  return {
    environment,
    base,
    dataflow,
    requests: sent.length,
    writes: sent.filter(r => r.method !== 'GET' && r.path !== IMS_TOKEN_PATH).length,
    ok: base.code === 0 && dataflow?.code === 0
  }
}

/** Which step of a leg failed; its stderr too when its step log (shown above) has no error line. */
function failureOf(leg: Leg): string {
  const step = leg.base.code !== 0 ? leg.base : (leg.dataflow ?? leg.base)
  const which = step === leg.base ? 'base connection (dist/index.js)' : 'dataflow (dist/dataflow/index.js)'
  const logged = step.stdout.split('\n').some(line => line.startsWith('::error'))
  return `${which} failed, exit code ${String(step.code)}${logged ? '' : `; its stderr:\n${step.stderr.trimEnd()}`}`
}

/** `base outcome / dataflow outcome`, or where it failed. */
function outcomes(leg: Leg | undefined): string {
  if (!leg) return 'not run'
  if (leg.base.code !== 0) return 'failed (base connection)'
  if (leg.dataflow?.code !== 0) return `${leg.base.outputs['outcome'] ?? '?'} / failed (dataflow)`
  return `${leg.base.outputs['outcome'] ?? '?'} / ${leg.dataflow.outputs['outcome'] ?? '?'}`
}

function printTable(environments: readonly string[], first: readonly Leg[], again: readonly Leg[]): void {
  const rows = [
    ['environment', 'base-connection-id', 'dataflow-id', 'first run', 're-run'],
    ...environments.map(environment => {
      const leg = first.find(l => l.environment === environment)
      const rerun = again.find(l => l.environment === environment)
      return [
        environment,
        leg?.base.outputs['base-connection-id'] || '-',
        leg?.dataflow?.outputs['dataflow-id'] || '-',
        outcomes(leg),
        rerun ? `${outcomes(rerun)}, ${rerun.writes} writes` : '-'
      ]
    })
  ]
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map(row => row[column]?.length ?? 0))) ?? []
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()
    )
}

/** `npm run demo -- --environments a,b,c`: the promotion, then a re-run of it. True when every leg succeeded. */
async function demoEnvironments(environments: readonly string[], sandboxes: readonly string[]): Promise<boolean> {
  const started = Date.now()
  const emulator = await startEmulator({ sandboxes: [...sandboxes] })
  try {
    console.log(`Emulator (Adobe IMS + Flow Service) at ${emulator.url}, sandboxes: ${sandboxes.join(', ')}`)
    console.log(`Running dist/index.js, then dist/dataflow/index.js, per environment, with ${describeRunnerNode()}`)
    console.log(`Promotion: ${environments.join(' → ')} (sandbox-name set to each; stops at the first that fails)`)

    const first: Leg[] = []
    for (const environment of environments) {
      console.log(`\n=== ${environment}: base connection, then dataflow (sandbox-name: ${environment}) ===`)
      const leg = await runLeg(emulator, environment)
      first.push(leg)
      console.log(renderLog(leg.base.stdout).trimEnd())
      if (leg.dataflow) console.log(renderLog(leg.dataflow.stdout).trimEnd())
      if (leg.base.code === 0) {
        console.log(`--- ${environment}: outputs ---`)
        console.log(
          `base-connection-id=${leg.base.outputs['base-connection-id'] ?? ''} outcome=${leg.base.outputs['outcome'] ?? ''}`
        )
      }
      if (leg.dataflow?.code === 0) {
        const out = leg.dataflow.outputs
        console.log(
          `dataflow-id=${out['dataflow-id'] ?? ''} outcome=${out['outcome'] ?? ''} run-status=${out['run-status'] ?? ''} records-written=${out['records-written'] ?? ''}`
        )
      }
      if (!leg.ok) {
        const rest = environments.slice(environments.indexOf(environment) + 1)
        console.error(`\n${environment}: ${failureOf(leg)}`)
        console.error(`Promotion stopped at ${environment}${rest.length > 0 ? `: ${rest.join(', ')} not run` : ''}.`)
        console.log('')
        printTable(environments, first, [])
        return false
      }
    }

    console.log('\n=== again, every environment: a re-run should reuse everything and write nothing ===')
    const again: Leg[] = []
    for (const environment of environments) {
      const leg = await runLeg(emulator, environment)
      again.push(leg)
      const before = first.find(l => l.environment === environment)
      const sameIds =
        leg.base.outputs['base-connection-id'] === before?.base.outputs['base-connection-id'] &&
        leg.dataflow?.outputs['dataflow-id'] === before?.dataflow?.outputs['dataflow-id']
      console.log(
        `${environment}: base connection ${leg.base.outputs['outcome'] ?? 'failed'}, dataflow ${leg.dataflow?.outputs['outcome'] ?? 'failed'} (${sameIds ? 'same ids' : 'other ids'}); ${leg.requests} requests, ${leg.writes} writes`
      )
      if (!leg.ok) {
        const step = leg.base.code !== 0 ? leg.base : (leg.dataflow ?? leg.base)
        console.log(renderLog(step.stdout).trimEnd())
        console.error(`\n${environment}: ${failureOf(leg)}`)
        console.log('')
        printTable(environments, first, again)
        return false
      }
    }

    console.log('')
    printTable(environments, first, again)
    console.log(
      `\n(${environments.length} environments, twice: ${Date.now() - started} ms, ${emulator.requests.length} requests to the emulator)`
    )
    return true
  } finally {
    await emulator.close()
  }
}

const options = orUsage(USAGE, () => {
  const flags = parseFlags(process.argv.slice(2), ['environments', 'sandboxes'])
  const raw = flags.get('environments')
  if (raw === undefined) {
    if (flags.has('sandboxes')) throw new UsageError('--sandboxes goes with --environments')
    return undefined
  }
  const environments = parseSandboxList(raw, '--environments')
  const sandboxes = parseSandboxList(flags.get('sandboxes') ?? raw, '--sandboxes')
  return { environments, sandboxes }
})

const ok = options ? await demoEnvironments(options.environments, options.sandboxes) : await demoOneSandbox()
process.exitCode = ok ? 0 : 1
