// `npm run emulator [-- --port N]`: a local Adobe IMS + Flow Service to point the action (or curl) at.
import { DEMO_CLIENT, DEMO_DATASET, DEMO_ORACLE, startEmulator } from './server.js'

function portFromArgs(argv: readonly string[]): number {
  const index = argv.findIndex(arg => arg === '--port' || arg.startsWith('--port='))
  const raw = index === -1 ? process.env['PORT'] : (argv[index]?.split('=')[1] ?? argv[index + 1])
  const port = Number(raw ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`invalid port ${String(raw)}: give --port N or PORT=N with 0 <= N <= 65535`)
  }
  return port
}

const emulator = await startEmulator({
  port: portFromArgs(process.argv.slice(2)),
  log: line => console.log(`${new Date().toISOString()} ${line}`)
})

console.log(`Adobe IMS + Flow Service emulator listening at ${emulator.url}
  ims-url / platform-url: ${emulator.url}
  client-id:       ${DEMO_CLIENT.clientId}
  client-secret:   ${DEMO_CLIENT.clientSecret}
  org-id:          ${DEMO_CLIENT.orgId}
  sandbox-name:    prod
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
