// `npm run demo` (after `npm run build`): runs the bundled action against the local emulator, as a
// GitHub runner would, and shows the step log and the outputs.
import { describeRunnerNode, renderLog, runAction } from '../__tests__/support/run-action.js'
import { demoInputs, startEmulator } from '../emulator/server.js'

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
  }
} finally {
  await emulator.close()
}
process.exitCode = failed ? 1 : 0
