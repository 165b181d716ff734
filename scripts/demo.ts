// `npm run demo` (after `npm run build`): runs the bundled action against the local emulator, as a
// GitHub runner would, and shows the step log and the outputs; then the dataflow action on the base
// connection it made, as a later job would.
import { DEMO_CLIENT, DEMO_DATASET, demoInputs, startEmulator } from '../emulator/server.js'
import { describeRunnerNode, renderLog, runAction } from '../harness/run-action.js'

/** The demo's mapping file: Oracle Service Cloud incident columns → the demo dataset's XDM paths. */
const MAPPING = `- source: id
  destination: _acme.incidentId
- source: subject
  destination: _acme.subject
- source: status
  destination: _acme.status
`

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
    const dataflow = await runAction({
      action: 'dataflow',
      inputs: {
        'client-id': DEMO_CLIENT.clientId,
        'client-secret': DEMO_CLIENT.clientSecret,
        'org-id': DEMO_CLIENT.orgId,
        'platform-url': emulator.url,
        'ims-url': emulator.url,
        'base-connection-id': run.outputs['base-connection-id'] ?? '',
        name: 'Oracle Service Cloud incidents',
        table: 'incidents',
        'dataset-id': DEMO_DATASET.id,
        mapping: 'aep/incidents-mapping.yaml',
        wait: 'first-run'
      },
      workspace: { 'aep/incidents-mapping.yaml': MAPPING }
    })
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
process.exitCode = failed ? 1 : 0
