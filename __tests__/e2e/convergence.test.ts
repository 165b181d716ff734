// Overlapping runs, lost and late create answers, cancelled jobs: the bundle against the emulator.
// Each run (main or post step) gets its own token from IMS and masks it, so the emulator's recorded
// requests tell which run sent what; "Created base connection <id>" is logged only from a 201.
import type { ChildProcess } from 'node:child_process'

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, FaultAction, RecordedRequest, startEmulator } from '../../emulator/server.js'
import { ActionRun, maskedValues, runAction } from '../../harness/run-action.js'
import { creates, validInputs } from '../support/e2e.js'

const CONNECTIONS = '/data/foundation/flowservice/connections'
const NAME = 'Oracle overlap'
const ALREADY_EXISTS = `A base connection named "${NAME}" already exists in sandbox prod: `
const LOST_ANSWER =
  /The create's answer was lost, but base connection ([0-9a-f-]{36}) of this name appeared after it was sent: using it \(this run cannot prove it made it, so it reports created=false; with delete-on-completion the post step deletes it unless another run's turns out older\)/

// A fresh emulator per test: a late commit still pending when a test ends cannot land in the next.
let emulator: Emulator
beforeEach(async () => {
  emulator = await startEmulator()
})
afterEach(() => emulator.close())

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** Polls a condition every 10 ms; false when it did not hold in time. */
async function until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; !condition(); await sleep(10)) if (Date.now() > end) return false
  return true
}

const inputs = (overrides: Record<string, string> = {}): Record<string, string> =>
  validInputs(emulator, { name: NAME, ...overrides })

const postFault = (action: FaultAction, times = 1): void =>
  emulator.fault({ method: 'POST', path: CONNECTIONS, times, action })

/**
 * Slows every POST so that runs overlap. Five runners started at once can be 300 ms apart by their
 * first request: at the same instant, 1 s makes sure they all look up before any create lands.
 */
const slowPosts = (gapMs: number): void => postFault({ delayMs: gapMs === 0 ? 1000 : 300 }, Infinity)

/** At the same instant, several runs did create: the settling was put to the test. */
const expectOverlapped = (gapMs: number): void => {
  if (gapMs === 0) expect(creates(emulator).length).toBeGreaterThan(1)
}

/** `count` main steps, started `gapMs` apart (0: at the same instant). */
function startRuns(count: number, gapMs: number, overrides: Record<string, string>): Promise<ActionRun[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      (gapMs === 0 ? Promise.resolve() : sleep(i * gapMs)).then(() => runAction({ inputs: inputs(overrides) }))
    )
  )
}

const postStep = (state: Record<string, string>, stepInputs: Record<string, string>): Promise<ActionRun> =>
  runAction({ inputs: stepInputs, entry: 'post', state })

const bearer = (request: RecordedRequest): string =>
  /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
const deletes = (): RecordedRequest[] => emulator.requests.filter(r => r.method === 'DELETE')
const idOf = (request: RecordedRequest): string => request.path.slice(CONNECTIONS.length + 1)

/** The ids a run's DELETEs targeted, told apart by the tokens its steps masked. */
function deletedBy(steps: readonly ActionRun[]): string[] {
  const tokens = new Set(steps.flatMap(step => maskedValues(step.stdout)))
  return deletes()
    .filter(r => tokens.has(bearer(r)))
    .map(idOf)
}

/** The ids a main step got from a 201. */
const createdBy = (main: ActionRun): string[] =>
  [...main.stdout.matchAll(/^Created base connection ([0-9a-f-]{36}) /gm)].map(match => match[1] ?? '')

/**
 * Every POST was answered 201 and claimed by the run that sent it, and every DELETE came from the
 * run that created what it deleted. `runs`: each run's steps, main first.
 */
function expectOnlyOwnDeleted(runs: readonly (readonly ActionRun[])[]): void {
  const mains = runs.map(([main]) => main as ActionRun)
  expect(mains.flatMap(createdBy)).toHaveLength(creates(emulator).length)
  for (const steps of runs) {
    const own = createdBy(steps[0] as ActionRun)
    for (const id of deletedBy(steps)) expect({ id, own: own.includes(id) }).toEqual({ id, own: true })
  }
  expect(runs.flatMap(deletedBy)).toHaveLength(deletes().length)
}

describe('overlapping runs converge on one connection', () => {
  const cases = ['reuse', 'update', 'fail'].flatMap(ifExists => [
    ...[2, 3, 5].map(count => [ifExists, count, 0] as const),
    ...[100, 250].map(gapMs => [ifExists, 3, gapMs] as const)
  ])

  it.each(cases)('if-exists=%s, %i runs started %i ms apart', async (ifExists, count, gapMs) => {
    slowPosts(gapMs)
    const runs = await startRuns(count, gapMs, { 'if-exists': ifExists })

    const [winner, ...others] = emulator.connections()
    expect(others).toEqual([])
    const id = winner?.id ?? 'none'
    // Every successful run outputs the one id; with if-exists=fail, every other run says it exists.
    for (const run of runs) {
      // With reuse or update no run fails; with fail, every run but the winner's says it exists.
      if (ifExists !== 'fail') expect(run.code).toBe(0)
      if (run.code === 0) expect(run.outputs['base-connection-id']).toBe(id)
      else expect(run.stdout).toContain(`::error::${ALREADY_EXISTS}${id}.`)
    }
    expect(runs.filter(run => run.outputs.created === 'true')).toHaveLength(1)
    expectOverlapped(gapMs)
    expect(deletes().map(idOf)).not.toContain(id)
    expectOnlyOwnDeleted(runs.map(run => [run]))
  })

  it.each([
    [3, 0],
    [5, 100]
  ])(
    'with delete-on-completion, %i runs %i ms apart and their post steps leave nothing, each deleting only its own',
    async (count, gapMs) => {
      slowPosts(gapMs)
      const mains = await startRuns(count, gapMs, { 'delete-on-completion': 'true' })
      expectOverlapped(gapMs)
      const [winner] = emulator.connections()
      for (const main of mains.filter(run => run.code === 0))
        expect(main.outputs['base-connection-id']).toBe(winner?.id)
      // Post steps in turn: the winner stays until the post step of the run that created it.
      const runs: ActionRun[][] = []
      let winnerGone = false
      for (const main of mains) {
        runs.push([main, await postStep(main.state, inputs({ 'delete-on-completion': 'true' }))])
        winnerGone ||= main.outputs.created === 'true'
        expect(emulator.connections().map(c => c.id)).toEqual(winnerGone ? [] : [winner?.id])
      }
      expect(mains.filter(main => main.outputs.created === 'true')).toHaveLength(1)
      expectOnlyOwnDeleted(runs)
    },
    30_000
  )

  it.each(['reuse', 'fail'])(
    'if-exists=%s: a run whose look-up finds another run mid-settle (two connections, the loser not yet deleted) converges too',
    async ifExists => {
      postFault({ delayMs: 1000 }, Infinity)
      emulator.fault({ method: 'DELETE', times: Infinity, action: { delayMs: 2000 } })
      const first = startRuns(2, 0, { 'if-exists': ifExists })
      expect(await until(() => emulator.connections().length === 2)).toBe(true)
      const late = await runAction({ inputs: inputs({ 'if-exists': ifExists }) })
      await first
      const [winner, ...others] = emulator.connections()
      expect(others).toEqual([])
      if (ifExists === 'fail') expect(late.stdout).toContain(`::error::${ALREADY_EXISTS}${winner?.id}.`)
      else
        expect(late.outputs).toEqual({
          'base-connection-id': winner?.id,
          etag: winner?.etag,
          created: 'false',
          outcome: 'reused'
        })
    }
  )
})

describe('a late create answer', () => {
  it('a POST that commits after its time limit is found, used once and not claimed', async () => {
    postFault({ lateCommitMs: 3000 })
    const run = await runAction({ inputs: inputs({ 'timeout-seconds': '2' }) })
    const [only, ...others] = emulator.connections()
    expect(others).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({
      'base-connection-id': only?.id,
      etag: only?.etag,
      created: 'false',
      outcome: 'reused'
    })
    expect(LOST_ANSWER.exec(run.stdout)?.[1]).toBe(only?.id)
    expect(creates(emulator)).toHaveLength(1)
    expect(deletes()).toEqual([])
  })
})

describe('a cancelled job', () => {
  const deleting = (overrides: Record<string, string> = {}): Record<string, string> =>
    inputs({ 'delete-on-completion': 'true', 'timeout-seconds': '2', ...overrides })

  /** Sends the signals in turn, 100 ms apart, once the emulator has received the `nth` POST. */
  const signalOnPost =
    (signals: readonly NodeJS.Signals[], nth = 1) =>
    (child: ChildProcess): void =>
      void until(() => creates(emulator).length >= nth).then(async received => {
        for (const signal of received ? signals : []) {
          child.kill(signal)
          await sleep(100)
        }
      })

  /** The main step with its POST held (or never answered) and the signals sent mid-POST. */
  function cancelledMidPost(
    signals: readonly NodeJS.Signals[],
    action: FaultAction,
    overrides: Record<string, string> = {}
  ): Promise<ActionRun> {
    postFault(action)
    return runAction({ inputs: deleting(overrides), onStart: signalOnPost(signals) })
  }

  it('SIGINT during a long Retry-After wait: no further attempt, the run ends at once and sends no POST', async () => {
    emulator.fault({
      method: 'GET',
      path: CONNECTIONS,
      times: Infinity,
      action: {
        status: 429,
        headers: { 'retry-after': '60' },
        body: { error_code: '429001', message: 'Too many requests' }
      }
    })
    const started = Date.now()
    const main = await runAction({
      inputs: deleting(),
      onStart: child =>
        void until(() => emulator.requests.some(r => r.method === 'GET' && r.path === CONNECTIONS)).then(() =>
          sleep(200).then(() => child.kill('SIGINT'))
        )
    })
    expect(main.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(main.stdout).toContain('::warning::Cancelled (SIGINT): finishing the request in flight, then stopping.')
    expect(main.stdout).toContain('(gave up after 1 attempt)')
    expect(creates(emulator)).toEqual([])
  })

  it.each([[{}], [{ verify: 'true' }]])(
    'SIGINT mid-POST (%j): the POST finishes and is recorded, the run stops; the post step deletes it',
    async overrides => {
      const main = await cancelledMidPost(['SIGINT'], { delayMs: 2000 }, { 'timeout-seconds': '5', ...overrides })
      const [made, ...others] = emulator.connections()
      expect(others).toEqual([])
      expect(main.code).not.toBe(0)
      expect(main.stdout).toContain(
        `::error::The job was cancelled (SIGINT); stopped here: base connection ${made?.id} was created.`
      )
      expect(main.state).toEqual({ isPost: 'true', pending: '', created: JSON.stringify({ connection: made?.id }) })
      const post = await postStep(main.state, deleting({ 'timeout-seconds': '5', ...overrides }))
      expect(post.stdout).toContain(`delete-on-completion: deleted base connection ${made?.id}`)
      expect(emulator.connections()).toEqual([])
    }
  )

  it.each([
    [['SIGINT', 'SIGTERM'], { lateCommitMs: 1500 }],
    [['SIGTERM', 'SIGKILL'], { delayMs: 1500 }],
    [['SIGKILL'], { lateCommitMs: 1500 }]
  ] as const)(
    '%j mid-POST (%j): only the pending record is left, and the post step deletes what the POST made',
    async (signals, action) => {
      const main = await cancelledMidPost(signals, action)
      expect(emulator.connections()).toEqual([])
      expect(Object.keys(main.state)).toEqual(['isPost', 'pending'])
      expect(JSON.parse(main.state.pending ?? '')).toMatchObject({
        connection: { name: NAME, before: [], waitMs: 2000 }
      })
      if (signals[0] === 'SIGINT')
        expect(main.stdout).toContain('::error::The job was cancelled (SIGINT, then SIGTERM).')
      const post = await postStep(main.state, deleting())
      expect(post.code).toBe(0)
      expect(creates(emulator)).toHaveLength(1)
      expect(deletes()).toHaveLength(1)
      expect(emulator.connections()).toEqual([])
    }
  )

  it.each([
    ['before', 1500, false],
    ['after', 200, true]
  ])(
    'killed mid-POST, and another connection of the name appeared %s the POST landed: the post step deletes nothing and warns',
    async (_, lateCommitMs, landedFirst) => {
      const main = await cancelledMidPost(['SIGKILL'], { lateCommitMs })
      if (landedFirst) expect(await until(() => emulator.connections().length === 1)).toBe(true)
      const other = emulator.seedConnection({ name: NAME, createdAt: Date.now() })
      const post = await postStep(main.state, deleting())
      expect(post.code).toBe(0)
      expect(deletes()).toEqual([])
      expect(emulator.connections().map(c => c.id)).toContain(other.id)
      expect(emulator.connections()).toHaveLength(2)
      expect(post.stdout).toContain(
        `::warning::delete-on-completion: the main step ended while creating "${NAME}"; 2 base connections of that name appeared since (`
      )
    }
  )

  it("killed during a re-sent POST: the post step looks until that POST's time limit, not only the first one's", async () => {
    emulator.fault({ method: 'POST', path: CONNECTIONS, action: { reset: true } })
    postFault({ lateCommitMs: 1500 })
    const main = await runAction({ inputs: deleting(), onStart: signalOnPost(['SIGKILL'], 2) })
    expect(creates(emulator)).toHaveLength(2)
    expect(Object.keys(main.state)).toEqual(['isPost', 'pending'])
    const post = await postStep(main.state, deleting())
    expect(post.code).toBe(0)
    expect(deletes()).toHaveLength(1)
    expect(emulator.connections()).toEqual([])
  })
})

describe('the post step deletes only what it may', () => {
  it('with delete-on-completion false, a state naming a connection is ignored', async () => {
    const existing = emulator.seedConnection({ name: NAME })
    const post = await postStep({ created: JSON.stringify({ connection: existing.id }) }, inputs())
    expect(post.code).toBe(0)
    expect(deletes()).toEqual([])
    expect(emulator.connections().map(c => c.id)).toEqual([existing.id])
  })

  it('a state id of a connection of another name is not deleted, with a warning', async () => {
    const production = emulator.seedConnection({ name: 'production' })
    const post = await postStep(
      { created: JSON.stringify({ connection: production.id }) },
      inputs({ 'delete-on-completion': 'true' })
    )
    expect(post.code).toBe(0)
    expect(post.stdout).toContain(
      `::warning::delete-on-completion: base connection ${production.id} is not "${NAME}": not deleting it`
    )
    expect(deletes()).toEqual([])
    expect(emulator.connections().map(c => c.id)).toEqual([production.id])
  })
})
