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

import {
  DEMO_CLIENT,
  DEMO_DATASET,
  demoInputs,
  FLOW_BASE,
  type RecordedRequest,
  startEmulator
} from '../emulator/server.js'
import { ActionRun, describeRunnerNode, PROJECT_ROOT, runAction, runnerNode } from '../harness/run-action.js'
import { type Relay, roundTrips, startRelay } from './relay.js'

const { values: args } = parseArgs({
  options: {
    rtt: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '7' },
    // --no-crowd: leave out the 10,000-object look-ups (a build without `limit` takes a minute each).
    crowd: { type: 'boolean', default: true }
  },
  allowNegative: true
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
  /** Requests the emulator received (the token's included). */
  requests: number
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
async function sample(go: () => Promise<number>, prepare?: () => void | Promise<void>): Promise<Sample> {
  emulator.reset()
  await prepare?.()
  relays.ims.clear()
  relays.platform.clear()
  const before = emulator.requests.length
  const ms = await go()
  return {
    ms,
    roundTrips: roundTrips([...relays.ims.delays, ...relays.platform.delays], RTT),
    requests: emulator.requests.length - before,
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

/** Peak memory of the bundle `go` runs: under GNU time (its %M, KB), or, without it, Node's own maxRSS at exit. */
const GNU_TIME = '/usr/bin/time'
async function withMemory(go: () => Promise<void>): Promise<number> {
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
    await go()
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

// The dataflow action: a chain on a base connection the run finds in place, as a later job would.
const MAPPING = 'aep/mapping.yaml'
const mappingOf = (...pairs: [string, string][]): string =>
  pairs.map(([source, destination]) => `- source: ${source}\n  destination: ${destination}\n`).join('')
const MAPPING_A = mappingOf(['id', '_acme.incidentId'], ['subject', '_acme.subject'])
const MAPPING_B = mappingOf(['id', '_acme.incidentId'], ['subject', '_acme.subject'], ['status', '_acme.status'])
const dataflowInputs = (baseConnectionId: string, url?: string): Record<string, string> => ({
  'client-id': DEMO_CLIENT.clientId,
  'client-secret': DEMO_CLIENT.clientSecret,
  'org-id': DEMO_CLIENT.orgId,
  'platform-url': url ?? origin(relays.platform),
  'ims-url': url ?? origin(relays.ims),
  'base-connection-id': baseConnectionId,
  name: 'Benchmark dataflow',
  table: 'incidents',
  'dataset-id': DEMO_DATASET.id,
  mapping: MAPPING
})
/** Runs the dataflow action; `direct`: straight to the emulator (a scenario's setup, not measured). */
const runDataflow = (baseConnectionId: string, mapping: string, direct = false): Promise<ActionRun> =>
  runAction({
    action: 'dataflow',
    inputs: dataflowInputs(baseConnectionId, direct ? emulator.url : undefined),
    env,
    workspace: { [MAPPING]: mapping }
  })
/** The dataflow scenario: a base connection, and (`before`) the chain a first run made with that mapping. */
async function dataflowScenario(mapping: string, expected: string, before?: string): Promise<Sample> {
  let baseId = ''
  return sample(
    async () => expectRun(await runDataflow(baseId, mapping), `dataflow ${expected}`, outcome(expected)),
    async () => {
      baseId = emulator.seedConnection({ name: 'Benchmark base connection' }).id
      if (before !== undefined) expectRun(await runDataflow(baseId, before, true), 'setup', outcome('created'))
    }
  )
}

// A look-up by a name Flow Service's filter cannot express (a comma means OR to it), among
// LOOK_UP_OBJECTS connections of other names: half sort before the name, half after.
const LOOK_UP_OBJECTS = 10_000
const COMMA_NAME = 'Oracle, prod'
function seedCrowd(): void {
  for (let i = 0; i < LOOK_UP_OBJECTS; i++) {
    const name = `${i % 2 === 0 ? 'Archive' : 'Staging'} connection ${String(i).padStart(5, '0')}`
    emulator.seedConnection({ name })
  }
}
const lookUpInputs = { ...inputs, name: COMMA_NAME, 'dry-run': 'true' }
const lookUp = (found: boolean) => () =>
  sample(
    async () =>
      expectRun(
        await runAction({ inputs: lookUpInputs, env }),
        'look-up',
        run => run.code === 0 && run.outputs['outcome'] === (found ? 'would-reuse' : 'would-create')
      ),
    () => {
      seedCrowd()
      if (found) emulator.seedConnection({ name: COMMA_NAME })
    }
  )

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
    ),
  dataflowStartup: () =>
    offline(
      'dataflow start-up',
      sample(async () =>
        expectRun(
          await runAction({ action: 'dataflow', inputs: { ...dataflowInputs('x'), 'dataset-id': '' }, env }),
          'dataflow start-up',
          run => run.code === 1
        )
      )
    ),
  dataflowIdlePost: () =>
    offline(
      'dataflow idle post step',
      sample(async () =>
        expectRun(
          await runAction({ action: 'dataflow', inputs: dataflowInputs('x'), env, ...idlePost }),
          'dataflow idle post',
          run => run.code === 0
        )
      )
    ),
  dataflowFirst: () => dataflowScenario(MAPPING_A, 'created'),
  dataflowUnchanged: () => dataflowScenario(MAPPING_A, 'unchanged', MAPPING_A),
  dataflowChanged: () => dataflowScenario(MAPPING_B, 'updated', MAPPING_A),
  lookUpAbsent: lookUp(false),
  lookUpPresent: lookUp(true)
}
type Name = keyof typeof scenarios | 'curl'
const crowded = (name: string): boolean => name.startsWith('lookUp')
const running = Object.entries(scenarios).filter(([name]) => args.crowd || !crowded(name))

// A warm-up round (not counted; it fills the disk cache). Its ready-token create leaves its POST in
// the emulator's record: curl sends the same.
let post: RecordedRequest | undefined
for (const [name, run] of running) {
  await run()
  if (name === 'readyToken')
    post = emulator.requests.find(request => request.method === 'POST' && request.path === CONNECTIONS_PATH)
}
if (post === undefined) throw new Error('the ready-token create sent no POST')
const curl = await curlArgs(post)
const curlRun = async (): Promise<Sample> =>
  sample(async () => {
    const result = await timed('curl', curl)
    if (result.code !== 0 || result.stdout !== '201')
      throw new Error(`curl: exit ${result.code}, HTTP ${result.stdout}`)
    return result.ms
  })

const samples = Object.fromEntries([...Object.keys(scenarios), 'curl'].map(name => [name, []])) as unknown as Record<
  Name,
  Sample[]
>
const rss = { create: [] as number[], lookUp: [] as number[] }
try {
  for (let round = 1; round <= ROUNDS; round++) {
    process.stdout.write(`round ${round}/${ROUNDS}\r`)
    for (const [name, run] of running) samples[name as Name].push(await run())
    if (hasCurl) samples.curl.push(await curlRun())
    rss.create.push(
      await withMemory(async () => {
        emulator.reset()
        expectRun(await runAction({ inputs, env }), 'create (memory)', outcome('created'))
      })
    )
    if (args.crowd)
      rss.lookUp.push(
        await withMemory(async () => {
          emulator.reset()
          seedCrowd()
          expectRun(await runAction({ inputs: lookUpInputs, env }), 'look-up (memory)', run => run.code === 0)
        })
      )
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
const requests = (name: Name): number => median(samples[name].map(s => s.requests))
/** Connections opened (IMS + platform), each count seen over the rounds. */
const connections = (name: Name): string => [...new Set(samples[name].map(s => s.connections))].join(' or ')

function distJsBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sum + distJsBytes(file)
    return entry.name.endsWith('.js') ? sum + statSync(file).size : sum
  }, 0)
}

const check = (ok: boolean): string => (ok ? '✓' : '✗')
const ratio = (value: number): string => `${value.toFixed(2)}×`
const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`
/** A run against its floor: bare Node plus its target's round trips. */
const againstFloor = (label: string, name: Name, roundTrips: number): [string, string, string][] => {
  const floor = ms('bare') + roundTrips * RTT
  return [
    [`round trips: ${label}`, trips(name).toFixed(1), `≤ ${roundTrips} ${check(trips(name) <= roundTrips)}`],
    [
      `${label} / floor (bare node + ${roundTrips} RTT = ${floor.toFixed(0)} ms)`,
      `${ratio(ms(name) / floor)} (${ms(name)} ms)`,
      `≤ 1.15× ${check(ms(name) / floor <= 1.15)}`
    ]
  ]
}
const againstBare = (label: string, name: Name, target: number): [string, string, string] => [
  `${label} / bare node (${ms('bare')} ms)`,
  `${ratio(ms(name) / ms('bare'))} (${ms(name)} ms)`,
  `≤ ${target.toFixed(1)}× ${check(ms(name) / ms('bare') <= target)}`
]
/** The 10,000-object look-ups, when they ran (not with --no-crowd). */
function lookUpRows(): [string, string, string][] {
  if (!args.crowd) return []
  const among = LOOK_UP_OBJECTS.toLocaleString('en')
  return [
    [
      `requests: look-up by "${COMMA_NAME}" among ${among} (none matches; with the token)`,
      `${requests('lookUpAbsent')}`,
      `≤ 12 ${check(requests('lookUpAbsent') <= 12)}`
    ],
    [
      `requests: the same, one matches (with the token)`,
      `${requests('lookUpPresent')}`,
      `≤ 12 ${check(requests('lookUpPresent') <= 12)}`
    ],
    [
      `peak memory (max RSS), that look-up`,
      `${mb(median(rss.lookUp))} (highest ${mb(Math.max(...rss.lookUp))})`,
      `< 100 MB ${check(median(rss.lookUp) / 1024 < 100)}`
    ]
  ]
}
const distBytes = distJsBytes(DIST)
const rows: [string, string, string][] = [
  ...againstFloor('base connection create', 'create', FLOOR_ROUND_TRIPS),
  ['round trips: base connection reuse', trips('reuse').toFixed(1), ''],
  ['round trips: ready-token create', trips('readyToken').toFixed(1), ''],
  hasCurl
    ? [
        `ready-token create / the same POST by curl (${ms('curl')} ms)`,
        `${ratio(ms('readyToken') / ms('curl'))} (${ms('readyToken')} ms)`,
        `≤ 1.25× ${check(ms('readyToken') / ms('curl') <= 1.25)}`
      ]
    : ['ready-token create / curl', 'curl not found on PATH', ''],
  ...againstFloor('dataflow first run', 'dataflowFirst', 11),
  ...againstFloor('dataflow unchanged re-run', 'dataflowUnchanged', 6),
  ...againstFloor('dataflow changed mapping', 'dataflowChanged', 8),
  againstBare('base start-up (missing input)', 'startup', 2),
  againstBare('dataflow start-up (missing input)', 'dataflowStartup', 2),
  againstBare('base idle post step', 'idlePost', 1.2),
  againstBare('dataflow idle post step', 'dataflowIdlePost', 1.2),
  ...lookUpRows(),
  [
    'peak memory (max RSS), base connection create',
    `${mb(median(rss.create))} (highest ${mb(Math.max(...rss.create))})`,
    `≤ 80 MB ${check(median(rss.create) / 1024 <= 80)}`
  ],
  [
    'size of dist/ (.js files)',
    `${(distBytes / 1e6).toFixed(3)} MB (${(distBytes / 1024).toFixed(0)} KiB)`,
    `≤ 1.0 MB ${check(distBytes <= 1e6)}`
  ]
]

const names: Record<Name, string> = {
  bare: "bare node -e ''",
  startup: 'base: start-up, failing on a missing input',
  idlePost: `base: idle post step (${idlePost.label})`,
  create: 'base: create (client credentials, nothing exists)',
  reuse: 'base: reuse (the connection exists)',
  readyToken: 'base: ready-token create (access-token, if-exists: create)',
  curl: 'curl: the same POST, fresh connection',
  dataflowStartup: 'dataflow: start-up, failing on a missing input',
  dataflowIdlePost: 'dataflow: idle post step',
  dataflowFirst: 'dataflow: first run (the base connection exists)',
  dataflowUnchanged: 'dataflow: unchanged re-run',
  dataflowChanged: 'dataflow: changed mapping',
  lookUpAbsent: `base dry run: "${COMMA_NAME}" among ${LOOK_UP_OBJECTS.toLocaleString('en')} others`,
  lookUpPresent: `base dry run: "${COMMA_NAME}" exists among ${LOOK_UP_OBJECTS.toLocaleString('en')} others`
}
const scenarioRows = (Object.keys(names) as Name[])
  .filter(name => samples[name].length > 0)
  .map(name => [names[name], `${ms(name)}`, trips(name).toFixed(1), `${requests(name)}`, connections(name)])

const table = (head: string[], body: string[][]): string =>
  [head, head.map(() => '---'), ...body].map(cells => `| ${cells.join(' | ')} |`).join('\n')

const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown'
const summary = table(['measure', 'median', 'target'], rows)
const report = `# Benchmark (issues 10 and 18)

\`npm run bench\` on ${new Date().toISOString()}.

- Machine: \`${sh('uname', ['-a'])}\`; CPU ${cpu}, ${os.cpus().length} logical CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB.
- The bundles ran on ${describeRunnerNode({ withPath: false }).split('\n').join(' ')}; curl: ${hasCurl ? curlVersion : 'not found'}.
- Relays: round trip ${RTT} ms (one RTT to accept a connection, half an RTT per chunk each way), one per origin
  (IMS, platform), both in front of one emulator over TLS 1.3 (certificate of the test CA, \`NODE_EXTRA_CA_CERTS\`).
- ${ROUNDS} rounds after a warm-up round; each round runs every scenario once, in the order below. Medians.

${summary}

| scenario | wall ms | round trips | requests | connections (IMS + platform) |
| --- | --- | --- | --- | --- |
${scenarioRows.map(cells => `| ${cells.join(' | ')} |`).join('\n')}

How to read it:

- Wall time: from spawning the process to its exit, as \`harness/run-action.ts\` runs the bundle
  (\`INPUT_*\`, file commands, a clean environment).
- Round trips are read off the relays' timeline, not the wall clock: the time during which at least one
  connection of the run was waiting on the simulated network (a connection's handshake, a chunk in flight),
  up to the arrival of its last answer, divided by the RTT. Time when nothing is in flight (both ends
  computing) is not counted; what overlaps (a connection opened while the token is fetched) counts once.
  A new connection costs 3 (TCP, TLS 1.3, the request), a request on a kept-alive one 1.
- Floors: bare Node plus the round trips the work needs. A base connection create: IMS on a new
  connection (3), then look-up and POST on a platform connection opened meanwhile (1 + 1). A dataflow
  first run: the token (3), the look-ups (1), the dataset's schema (1), the three independent writes at
  once (1), their settling reads at once (1), the dataflow (1), its settling read (1), publish and read
  where the flow spec drafts (2): 11. An unchanged re-run: token, look-ups, the mapping set beside the
  schema (1), the read (1): 6. A changed mapping: token, look-ups, mapping set and schema, the new
  mapping version (1), the dataflow's PATCH (1), the read (1): 8.
- The dataflow scenarios run \`dist/dataflow/index.js\` on a base connection that exists; an unchanged
  re-run and a changed mapping run after a first run made the chain (that first run is not measured).
- The look-ups: a dry run of the base connection action whose name has a comma (Flow Service reads a
  comma in a filter as OR, so the name cannot go into the filter), among ${LOOK_UP_OBJECTS.toLocaleString('en')} connections of
  other names, half sorting before it and half after. Requests include the token's.
- Peak memory: the maximum resident set size (${existsSync(GNU_TIME) ? 'GNU time %M' : "Node's process.resourceUsage().maxRSS at exit"}) of a base connection create and of the
  none-matches look-up, each run once per round beside the timed runs.
- Size of dist/: all \`.js\` files under \`dist/\` (every action's bundle).
`

console.log(
  `\n${summary}\n\n${table(['scenario', 'wall ms', 'round trips', 'requests', 'connections (IMS + platform)'], scenarioRows)}`
)
const resultsFile = path.join(PROJECT_ROOT, 'bench', 'results.md')
// Tables aligned, in the project's Prettier style.
const style = await prettier.resolveConfig(resultsFile)
await writeFile(resultsFile, await prettier.format(report, { ...style, filepath: resultsFile }))
console.log('\nWrote bench/results.md')
