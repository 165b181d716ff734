// The dataflow bundle with a "mapping" that is not a regular file: a named pipe (which a plain open
// waits on for a writer, holding off signals and every time limit), a symbolic link to one, and a
// directory. Each fails at once, naming "mapping", before any request.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import { validDataflowInputs } from '../support/e2e.js'

/** The whole step, Node's start included, stays well under this; a step that blocks is killed after it. */
const LIMIT_MS = 5000

let emulator: Emulator
let baseId: string
/** The job's workspace, given as GITHUB_WORKSPACE: the harness writes only regular files into its own. */
let workspace: string

beforeAll(async () => {
  emulator = await startEmulator()
  workspace = mkdtempSync(path.join(tmpdir(), 'mapping-workspace-'))
  mkdirSync(path.join(workspace, 'mappings'))
  execFileSync('mkfifo', [path.join(workspace, 'mappings', 'pipe.yaml')])
  symlinkSync(path.join(workspace, 'mappings', 'pipe.yaml'), path.join(workspace, 'pipe-link.yaml'))
  mkdirSync(path.join(workspace, 'mappings', 'folder.yaml'))
})
afterAll(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})
beforeEach(() => {
  emulator.reset()
  baseId = emulator.seedConnection({ name: 'Oracle Service Cloud' }).id
  emulator.requests.length = 0
})

describe('a "mapping" that is not a regular file fails at once, naming "mapping", before any request', () => {
  it.each([
    ['a named pipe', 'mappings/pipe.yaml', 'a named pipe (FIFO)'],
    ['a symbolic link to a named pipe', 'pipe-link.yaml', 'a named pipe (FIFO)'],
    ['a directory', 'mappings/folder.yaml', 'a directory']
  ])(
    '%s',
    async (_, mapping, what) => {
      const run = await runAction({
        action: 'dataflow',
        inputs: validDataflowInputs(emulator, baseId, { mapping }),
        env: { GITHUB_WORKSPACE: workspace },
        timeoutMs: 2 * LIMIT_MS
      })
      // Killed by the harness (code null) if the read blocked.
      expect({ code: run.code, fast: run.durationMs < LIMIT_MS }).toEqual({ code: 1, fast: true })
      const errors = run.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(`"mapping" must be a file: ${mapping} is ${what}`)
      expect(emulator.requests).toEqual([])
    },
    4 * LIMIT_MS
  )
})
