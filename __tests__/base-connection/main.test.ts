// The main and post steps in-process, against the emulator over real HTTP: what the runner would
// read from the step's outputs, state, summary and log.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { demoInputs, Emulator, startEmulator } from '../../emulator/server.js'
import { inputVariable, parseFileCommands } from '../../harness/run-action.js'
import { run } from '../../src/base-connection/main.js'
import { runPost } from '../../src/base-connection/post.js'
import { IS_POST_STATE } from '../../src/runner/job-state.js'
import { JOB_STATE } from '../../src/runner/job-state.js'

let emulator: Emulator
let temp: string
let stdout: string
const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const
const saved = { ...process.env }

// One folder for the whole file: @actions/core keeps the summary file's path once it has read it.
beforeAll(async () => {
  emulator = await startEmulator()
  temp = mkdtempSync(path.join(tmpdir(), 'main-test-'))
})
afterAll(async () => {
  await emulator.close()
  rmSync(temp, { recursive: true, force: true })
})

beforeEach(() => {
  emulator.reset()
  for (const name of FILES) {
    process.env[name] = path.join(temp, name)
    writeFileSync(path.join(temp, name), '')
  }
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
})

/** Sets the step's inputs as the runner does (only those given: the action's own defaults apply to the rest). */
function setInputs(overrides: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries({ ...demoInputs(emulator.url), ...overrides }))
    process.env[inputVariable(name)] = value
}

const read = (name: (typeof FILES)[number]): string => readFileSync(path.join(temp, name), 'utf8')
const outputs = (): Record<string, string> => parseFileCommands(read('GITHUB_OUTPUT'))
const state = (): Record<string, string> => parseFileCommands(read('GITHUB_STATE'))
/** The job record of this action's one kind, as the main step saves it. */
const recorded = (id: string | undefined): string => JSON.stringify({ connection: id })

describe('run', () => {
  it('creates the connection and sets the outputs, the summary and no failure', async () => {
    setInputs()
    await run()
    const [stored] = emulator.connections()
    expect(process.exitCode).toBeUndefined()
    expect(outputs()).toEqual({
      'base-connection-id': stored?.id,
      etag: stored?.etag,
      created: 'true',
      outcome: 'created'
    })
    expect(state()).toEqual({ [IS_POST_STATE]: 'true' })
    expect(read('GITHUB_STEP_SUMMARY')).toContain(`<tr><td>Base connection id</td><td>${stored?.id}</td></tr>`)
    expect(read('GITHUB_STEP_SUMMARY')).toContain('<tr><td>Outcome</td><td>Created</td></tr>')
  })

  it('saves the id for the post step with delete-on-completion, which deletes it', async () => {
    setInputs({ 'delete-on-completion': 'true' })
    await run()
    const id = outputs()['base-connection-id']
    expect(state()).toEqual({ [IS_POST_STATE]: 'true', [JOB_STATE.pending]: '', [JOB_STATE.created]: recorded(id) })

    process.env[`STATE_${JOB_STATE.created}`] = recorded(id)
    await runPost()
    expect(stdout).toContain(`delete-on-completion: deleted base connection ${id}\n`)
    expect(emulator.connections()).toEqual([])
    await runPost()
    expect(stdout).toContain(`delete-on-completion: base connection ${id} was already gone\n`)
  })

  it('clears the saved id when verify deleted what it created', async () => {
    setInputs({ 'delete-on-completion': 'true', verify: 'true', password: 'wrong' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(state()).toEqual({ [IS_POST_STATE]: 'true', [JOB_STATE.pending]: '', [JOB_STATE.created]: '' })
    expect(stdout).toContain('The connection this run created was deleted again.')
  })

  it('post step: nothing saved means nothing sent; a failed delete is a warning', async () => {
    setInputs()
    await runPost()
    expect(stdout).toBe('::debug::delete-on-completion: this job created no base connection to delete\n')
    expect(emulator.requests).toEqual([])

    const gone = '3c5f8e2a-9b41-4d7e-a6c0-1f2e3d4c5b6a'
    process.env[`STATE_${JOB_STATE.created}`] = recorded(gone)
    setInputs({ 'max-attempts': '1', 'delete-on-completion': 'true' })
    emulator.fault({
      method: 'DELETE',
      action: { status: 403, body: { error_code: '403025', message: 'Profile is not valid' } }
    })
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: could not delete base connection ${gone}: Could not delete base connection ${gone}: HTTP 403, code 403025`
    )
    expect(process.exitCode).toBeUndefined()
  })

  it('post step: inputs that no longer read are a warning naming what could not be deleted', async () => {
    process.env[`STATE_${JOB_STATE.created}`] = recorded('c-1')
    setInputs({ 'delete-on-completion': 'true', 'org-id': '' })
    await runPost()
    expect(stdout).toMatch(
      /::warning::delete-on-completion: could not delete the base connection this job created: Invalid input[^\n]*"org-id"/
    )
    expect(emulator.requests).toEqual([])
    expect(process.exitCode).toBeUndefined()
  })

  it('post step: ignores state unless delete-on-completion is on, and an id that is not this name', async () => {
    const production = emulator.seedConnection({ name: 'Production' })
    process.env[`STATE_${JOB_STATE.created}`] = recorded(production.id)
    setInputs()
    await runPost()
    expect(stdout).toContain('::debug::delete-on-completion is off: the post step deletes nothing\n')
    setInputs({ 'delete-on-completion': 'true' })
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: base connection ${production.id} is not "Base connection for Oracle Service Cloud": not deleting it`
    )
    expect(emulator.requests.filter(r => r.method === 'DELETE')).toEqual([])
    expect(emulator.connections().map(c => c.id)).toEqual([production.id])
  })

  it('post step after a kill mid-POST: deletes the one connection that appeared since, not two', async () => {
    const name = 'Base connection for Oracle Service Cloud'
    const pending = { name, sentAt: Date.now() - 60_000, before: [], waitMs: 1000 }
    process.env[`STATE_${JOB_STATE.pending}`] = JSON.stringify({ connection: pending })
    setInputs({ 'delete-on-completion': 'true' })
    emulator.seedConnection({ name, createdAt: Date.now() })
    await runPost()
    expect(emulator.connections()).toEqual([])

    emulator.seedConnection({ name, createdAt: Date.now() })
    emulator.seedConnection({ name, createdAt: Date.now() })
    await runPost()
    expect(stdout).toContain(
      `::warning::delete-on-completion: the main step ended while creating "${name}"; 2 base connections`
    )
    expect(emulator.connections()).toHaveLength(2)
  })

  it('post step after a kill mid-POST with if-exists=create: an older connection of the name survives', async () => {
    const name = 'Base connection for Oracle Service Cloud'
    const older = emulator.seedConnection({ name, createdAt: Date.now() - 86_400_000 })
    const sentAt = Date.now() - 2_000
    const pending = { name, sentAt, before: null, waitMs: 1000 }
    process.env[`STATE_${JOB_STATE.pending}`] = JSON.stringify({ connection: pending })
    setInputs({ 'delete-on-completion': 'true', 'if-exists': 'create' })
    const made = emulator.seedConnection({ name, createdAt: Date.now() - 1_000 })
    await runPost()
    expect(emulator.connections().map(c => c.id)).toEqual([older.id])
    expect(stdout).toContain(`delete-on-completion: deleted base connection ${made.id}`)
  })

  it('dry run that would fail: prints the plan, summary and outputs, changes nothing, then fails the step', async () => {
    const existing = emulator.seedConnection({ name: 'Oracle' })
    setInputs({ name: 'Oracle', 'dry-run': 'true', 'if-exists': 'fail' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toContain(
      `Dry run: would fail: base connection ${existing.id} ("Oracle") in sandbox prod already exists and if-exists is fail.\n`
    )
    expect(stdout).toContain(`::error::Dry run: a real run would fail: base connection ${existing.id}`)
    expect(outputs()).toEqual({
      'base-connection-id': existing.id,
      etag: existing.etag,
      created: 'false',
      outcome: 'would-fail'
    })
    expect(read('GITHUB_STEP_SUMMARY')).toContain(
      '<tr><td>Outcome</td><td>Dry run (nothing changed): would fail</td></tr>'
    )
    expect(read('GITHUB_STEP_SUMMARY')).toContain(
      `<pre lang="text"><code>Dry run: would fail: base connection ${existing.id} (&#34;Oracle&#34;)`
    )
    expect(emulator.requests.filter(r => r.method !== 'GET' && !r.path.startsWith('/ims/'))).toEqual([])
  })

  it('warns that delete-on-completion is job-scoped', async () => {
    setInputs({ 'delete-on-completion': 'true', 'dry-run': 'true' })
    await run()
    expect(stdout).toContain(
      '::warning::delete-on-completion is on: a connection this run creates is deleted when this job ends. Use its id only in later steps of this job, not in later jobs.\n'
    )
    expect(outputs().outcome).toBe('would-create')
  })

  it('names fork pull requests when a secret is missing on a pull_request event', async () => {
    setInputs({ password: '' })
    process.env.GITHUB_EVENT_NAME = 'pull_request'
    await run()
    expect(stdout).toContain(
      '::error::Invalid input: "password" is empty: is the variable or secret that sets it defined for this GitHub environment? Expected the Oracle Service Cloud password (pass it from a secret). On a pull request from a fork, GitHub passes no secrets to the workflow.'
    )
    expect(emulator.requests).toEqual([])
  })

  it('outside a runner writes no summary', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    setInputs()
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(read('GITHUB_STEP_SUMMARY')).toBe('')
  })

  it('reports an expected failure as its message alone', async () => {
    setInputs({ 'sandbox-name': 'nowhere' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toMatch(
      /::error::Could not look up existing base connections: HTTP 404, code 2101-404: .*%0ANext step: the sandbox does not exist/
    )
    expect(stdout).not.toMatch(/%0A\s+at /)
  })

  it('reports anything else as unexpected, with its stack only in the debug log', async () => {
    setInputs()
    process.env.GITHUB_OUTPUT = temp // a folder: writing the outputs fails
    await run()
    expect(process.exitCode).toBe(1)
    expect(stdout).toMatch(/::error::Unexpected error \(please report it\): EISDIR/)
    expect(stdout).toMatch(/::debug::Error: EISDIR[^\n]*%0A {4}at /)
  })
})
