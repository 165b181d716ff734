// `npm run emulator [-- --port N] [-- --sandboxes dev,stage,prod]`: a local Adobe IMS + Flow Service
// to point the action (or curl) at. Prints what a workflow needs, one `name: value` line each.
import { orUsage, parseFlags, parseSandboxList, UsageError } from './cli-args.js'
import { DEMO_CLIENT, DEMO_DATASET, DEMO_ORACLE, startEmulator } from './server.js'

const USAGE = 'npm run emulator -- [--port N] [--sandboxes dev,stage,prod]   (PORT=N also sets the port)'

function portOf(raw: string | undefined): number {
  const port = Number(raw ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`invalid port ${String(raw)}: give --port N or PORT=N with 0 <= N <= 65535`)
  }
  return port
}

const { port, sandboxes } = orUsage(USAGE, () => {
  const flags = parseFlags(process.argv.slice(2), ['port', 'sandboxes'])
  return {
    port: portOf(flags.get('port') ?? process.env['PORT']),
    sandboxes: parseSandboxList(flags.get('sandboxes') ?? 'prod', '--sandboxes')
  }
})

const emulator = await startEmulator({
  port,
  sandboxes,
  log: line => console.log(`${new Date().toISOString()} ${line}`)
})

console.log(`Adobe IMS + Flow Service emulator listening at ${emulator.url}
  ims-url / platform-url: ${emulator.url}
  client-id:       ${DEMO_CLIENT.clientId}
  client-secret:   ${DEMO_CLIENT.clientSecret}
  org-id:          ${DEMO_CLIENT.orgId}
  sandbox-name:    ${sandboxes[0] ?? 'prod'}
  sandboxes:       ${sandboxes.join(', ')}
  Oracle host:     ${DEMO_ORACLE.host}
  Oracle user:     ${DEMO_ORACLE.username}
  Oracle password: ${DEMO_ORACLE.password}
  dataset:         ${DEMO_DATASET.id} (${DEMO_DATASET.name})
Press Ctrl+C to stop.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping`)
    void emulator.close().then(() => process.exit(0))
  })
}
