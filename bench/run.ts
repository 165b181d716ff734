// npm run bench [-- --rtt 100 --rounds 7]: runs dist/ as the runner does, against the emulator over
// TLS behind two latency relays (IMS and Flow Service on two origins), interleaving the scenarios
// round by round, and prints medians and ratios; writes bench/results.md. Not a test: timings are
// only read, never asserted.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import * as prettier from 'prettier'

import { demoInputs, FLOW_BASE, type RecordedRequest, startEmulator } from '../emulator/server.js'
import { ActionRun, describeRunnerNode, PROJECT_ROOT, runAction, runnerNode } from '../harness/run-action.js'
import { type Relay, roundTrips, startRelay } from './relay.js'

const { values: args } = parseArgs({
  options: { rtt: { type: 'string', default: '100' }, rounds: { type: 'string', default: '7' } }
})
const RTT = Number(args.rtt)
const ROUNDS = Number(args.rounds)
if (!(RTT > 0) || !Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rtt must be > 0 ms, --rounds ≥ 1')

const TLS = path.join(PROJECT_ROOT, 'harness', 'tls')
const CA = path.join(TLS, 'ca.pem')
const DIST = path.join(PROJECT_ROOT, 'dist')
/** The floor of a create: IMS on a new connection (3 round trips), then look-up and POST on one opened meanwhile. */
const FLOOR_ROUND_TRIPS = 5
const CONNECTIONS_PATH = `${FLOW_BASE}/connections`

// The emulator (IMS and Flow Service on one server; its certificate is valid for 127.0.0.1), and one
// relay per origin in front of it.
const emulator = await startEmulator({
  tls: { key: readFileSync(path.join(TLS, 'server-key.pem')), cert: readFileSync(path.join(TLS, 'server.pem')) }
})
const relays = { ims: await startRelay(emulator.port, RTT), platform: await startRelay(emulator.port, RTT) }
const origin = (relay: Relay): string => `https://127.0.0.1:${relay.port}`
const NAME = 'Benchmark connection'
const inputs = {
  ...demoInputs(emulator.url),
  name: NAME,
  'ims-url': origin(relays.ims),
  'platform-url': origin(relays.platform)
}
const env = { NODE_EXTRA_CA_CERTS: CA }
const token = emulator.issueToken()
const temp = await mkdtemp(path.join(os.tmpdir(), 'bench-'))

const sh = (command: string, argv: string[]): string => {
  try {
    return execFileSync(command, argv, { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}
const curlVersion = sh('curl', ['--version']).split('\n')[0] ?? 'unknown'
const hasCurl = curlVersion !== 'unknown'

/** One run of a scenario: its wall time (spawn to exit), and what went over the relays. */
interface Sample {
  ms: number
  roundTrips: number
  connections: string
}

/** Spawns a command and times it from spawn to exit, as run-action.ts times the bundle. */
async function timed(command: string, argv: string[]): Promise<{ ms: number; code: number | null; stdout: string }> {
  const started = Date.now()
  const child = spawn(command, argv, { cwd: temp, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.resume()
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  return { ms: Date.now() - started, code, stdout }
}

/** Runs `go` (which answers its wall time) on a clean emulator and relays, and reads the sample off them. */
async function sample(go: () => Promise<number>, prepare?: () => void): Promise<Sample> {
  emulator.reset()
  prepare?.()
  relays.ims.clear()
  relays.platform.clear()
  const ms = await go()
  return {
    ms,
    roundTrips: roundTrips([...relays.ims.delays, ...relays.platform.delays], RTT),
    connections: `${relays.ims.connections()} + ${relays.platform.connections()}`
  }
}

/** The run must have done what the scenario is about, or its timing means nothing. Answers its wall time. */
function expectRun(run: ActionRun, what: string, ok: (run: ActionRun) => boolean): number {
  if (!ok(run)) throw new Error(`${what}: unexpected run (exit ${run.code})\n${run.stdout}\n${run.stderr}`)
  return run.durationMs
}

/** Start-up and the idle post step must not touch the network (a post step that ran as a main step would). */
async function offline(what: string, run: Promise<Sample>): Promise<Sample> {
  const result = await run
  if (result.connections !== '0 + 0') throw new Error(`${what}: opened connections (${result.connections})`)
  return result
}

const outcome = (expected: string) => (run: ActionRun) => run.code === 0 && run.outputs['outcome'] === expected

/** The idle post step: the bundle told it is the post step, with no job record. */
const idlePost = { entry: 'main' as const, state: { isPost: 'true' }, label: 'dist/index.js with STATE_isPost=true' }

/** Peak memory: the create run under GNU time (its %M, KB), or, without it, Node's own maxRSS at exit. */
const GNU_TIME = '/usr/bin/time'
async function createWithMemory(): Promise<number> {
  const rssFile = path.join(temp, 'rss')
  const wrapper = path.join(temp, 'node-under-time')
  const node = runnerNode().path
  if (existsSync(GNU_TIME)) {
    // bash, not sh: dash drops variables whose names are not identifiers, such as INPUT_ORG-ID.
    await writeFile(wrapper, `#!/bin/bash\nexec ${GNU_TIME} -f %M -o "${rssFile}" "${node}" "$@"\n`, { mode: 0o755 })
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
    emulator.reset()
    expectRun(await runAction({ inputs, env }), 'create (memory)', outcome('created'))
  } finally {
    if (before === undefined) delete process.env['RUNNER_NODE']
    else process.env['RUNNER_NODE'] = before
  }
  return Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
}

/** curl's arguments for the POST the ready-token create sent, on a fresh connection through the same relay. */
async function curlArgs(post: RecordedRequest): Promise<string[]> {
  const body = path.join(temp, 'body.json')
  await writeFile(body, post.body)
  const skip = new Set(['host', 'content-length', 'connection'])
  const headers = Object.entries(post.headers).filter(([name]) => !skip.has(name))
  return [
    ...['-sS', '-o', '/dev/null', '-w', '%{http_code}', '--cacert', CA, '-X', 'POST', '-H', 'Expect:'],
    ...headers.flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    ...['--data-binary', `@${body}`, `${origin(relays.platform)}${post.rawUrl}`]
  ]
}

const readyToken = { ...inputs, 'client-secret': '', 'access-token': token, 'if-exists': 'create' }
const scenarios = {
  bare: () => sample(async () => (await timed(runnerNode().path, ['-e', ''])).ms),
  startup: () =>
    offline(
      'start-up',
      sample(async () =>
        expectRun(await runAction({ inputs: { ...inputs, host: '' }, env }), 'start-up', run => run.code === 1)
      )
    ),
  // The runner gives the post step the step's inputs too; with no state it has nothing to do.
  idlePost: () =>
    offline(
      'idle post step',
      sample(async () => expectRun(await runAction({ inputs, env, ...idlePost }), 'idle post', run => run.code === 0))
    ),
  create: () => sample(async () => expectRun(await runAction({ inputs, env }), 'create', outcome('created'))),
  reuse: () =>
    sample(
      async () => expectRun(await runAction({ inputs, env }), 'reuse', outcome('reused')),
      () => void emulator.seedConnection({ name: NAME })
    ),
  readyToken: () =>
    sample(async () =>
      expectRun(await runAction({ inputs: readyToken, env }), 'ready-token create', outcome('created'))
    )
}
type Name = keyof typeof scenarios | 'curl'

// A warm-up round (not counted; it fills the disk cache). Its last run, the ready-token create,
// leaves its POST in the emulator's record: curl sends the same.
for (const run of Object.values(scenarios)) await run()
const post = emulator.requests.find(request => request.method === 'POST' && request.path === CONNECTIONS_PATH)
if (post === undefined) throw new Error('the ready-token create sent no POST')
const curl = await curlArgs(post)
const curlRun = async (): Promise<Sample> =>
  sample(async () => {
    const result = await timed('curl', curl)
    if (result.code !== 0 || result.stdout !== '201')
      throw new Error(`curl: exit ${result.code}, HTTP ${result.stdout}`)
    return result.ms
  })

const samples: Record<Name, Sample[]> = {
  bare: [],
  startup: [],
  idlePost: [],
  create: [],
  reuse: [],
  readyToken: [],
  curl: []
}
const rss: number[] = []
try {
  for (let round = 1; round <= ROUNDS; round++) {
    process.stdout.write(`round ${round}/${ROUNDS}\r`)
    for (const [name, run] of Object.entries(scenarios)) samples[name as Name].push(await run())
    if (hasCurl) samples.curl.push(await curlRun())
    rss.push(await createWithMemory())
  }
} finally {
  await Promise.all([relays.ims.close(), relays.platform.close(), emulator.close()])
  await rm(temp, { recursive: true, force: true })
}

// ---- report ----
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}
const ms = (name: Name): number => median(samples[name].map(s => s.ms))
const trips = (name: Name): number => median(samples[name].map(s => s.roundTrips))
/** Connections opened (IMS + platform), each count seen over the rounds. */
const connections = (name: Name): string => [...new Set(samples[name].map(s => s.connections))].join(' or ')

function distJsBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sum + distJsBytes(file)
    return entry.name.endsWith('.js') ? sum + statSync(file).size : sum
  }, 0)
}

const floorMs = ms('bare') + FLOOR_ROUND_TRIPS * RTT
const peakMb = median(rss) / 1024
const check = (ok: boolean): string => (ok ? '✓' : '✗')
const ratio = (value: number): string => `${value.toFixed(2)}×`
const rows: [string, string, string][] = [
  ['round trips: create', trips('create').toFixed(1), `${FLOOR_ROUND_TRIPS}`],
  ['round trips: reuse', trips('reuse').toFixed(1), ''],
  ['round trips: ready-token create', trips('readyToken').toFixed(1), ''],
  [
    `create / floor (bare node + ${FLOOR_ROUND_TRIPS} RTT = ${floorMs.toFixed(0)} ms)`,
    `${ratio(ms('create') / floorMs)} (${ms('create')} ms)`,
    `≤ 1.15× ${check(ms('create') / floorMs <= 1.15)}`
  ],
  hasCurl
    ? [
        `ready-token create / the same POST by curl (${ms('curl')} ms)`,
        `${ratio(ms('readyToken') / ms('curl'))} (${ms('readyToken')} ms)`,
        `≤ 1.25× ${check(ms('readyToken') / ms('curl') <= 1.25)}`
      ]
    : ['ready-token create / curl', 'curl not found on PATH', ''],
  [
    `start-up (missing input) / bare node (${ms('bare')} ms)`,
    `${ratio(ms('startup') / ms('bare'))} (${ms('startup')} ms)`,
    ''
  ],
  [`idle post step / bare node`, `${ratio(ms('idlePost') / ms('bare'))} (${ms('idlePost')} ms)`, ''],
  [
    'peak memory (max RSS), create',
    `${peakMb.toFixed(1)} MB (highest ${(Math.max(...rss) / 1024).toFixed(1)})`,
    `≤ 80 MB ${check(peakMb <= 80)}`
  ],
  ['size of dist/ (.js files)', `${(distJsBytes(DIST) / 1024).toFixed(0)} KiB`, '']
]

const names: Record<Name, string> = {
  bare: "bare node -e ''",
  startup: 'start-up, failing on a missing input',
  idlePost: `idle post step (${idlePost.label})`,
  create: 'create (client credentials, nothing exists)',
  reuse: 'reuse (the connection exists)',
  readyToken: 'ready-token create (access-token, if-exists: create)',
  curl: 'curl: the same POST, fresh connection'
}
const scenarioRows = (Object.keys(names) as Name[])
  .filter(name => samples[name].length > 0)
  .map(name => [names[name], `${ms(name)}`, trips(name).toFixed(1), connections(name)])

const table = (head: string[], body: string[][]): string =>
  [head, head.map(() => '---'), ...body].map(cells => `| ${cells.join(' | ')} |`).join('\n')

const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown'
const summary = table(['measure', 'median', 'target'], rows)
const report = `# Benchmark (issue 10, point 4)

\`npm run bench\` on ${new Date().toISOString()}.

- Machine: \`${sh('uname', ['-a'])}\`; CPU ${cpu}, ${os.cpus().length} logical CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB.
- The bundle ran on ${describeRunnerNode({ withPath: false }).split('\n').join(' ')}; curl: ${hasCurl ? curlVersion : 'not found'}.
- Relays: round trip ${RTT} ms (one RTT to accept a connection, half an RTT per chunk each way), one per origin
  (IMS, Flow Service), both in front of one emulator over TLS 1.3 (certificate of the test CA, \`NODE_EXTRA_CA_CERTS\`).
- ${ROUNDS} rounds after a warm-up round; each round runs every scenario once, in the order below. Medians.

${summary}

| scenario | wall ms | round trips | connections (IMS + platform) |
| --- | --- | --- | --- |
${scenarioRows.map(cells => `| ${cells.join(' | ')} |`).join('\n')}

How to read it:

- Wall time: from spawning the process to its exit, as \`harness/run-action.ts\` runs the bundle
  (\`INPUT_*\`, file commands, a clean environment).
- Round trips are read off the relays' timeline, not the wall clock: the time during which at least one
  connection of the run was waiting on the simulated network (a connection's handshake, a chunk in flight),
  up to the arrival of its last answer, divided by the RTT. Time when nothing is in flight (both ends
  computing) is not counted; what overlaps (a connection opened while the token is fetched) counts once.
  A new connection costs 3 (TCP, TLS 1.3, the request), a request on a kept-alive one 1.
- The floor of a create is bare Node plus ${FLOOR_ROUND_TRIPS} round trips: IMS on a new connection (3), then
  look-up and POST on a platform connection opened meanwhile (1 + 1).
- Peak memory: the maximum resident set size of a create run (${existsSync(GNU_TIME) ? 'GNU time %M' : "Node's process.resourceUsage().maxRSS at exit"}), run once per round beside the timed runs.
- Size of dist/: all \`.js\` files under \`dist/\`.
`

console.log(
  `\n${summary}\n\n${table(['scenario', 'wall ms', 'round trips', 'connections (IMS + platform)'], scenarioRows)}`
)
const resultsFile = path.join(PROJECT_ROOT, 'bench', 'results.md')
// Tables aligned, in the project's Prettier style.
const style = await prettier.resolveConfig(resultsFile)
await writeFile(resultsFile, await prettier.format(report, { ...style, filepath: resultsFile }))
console.log('\nWrote bench/results.md')
