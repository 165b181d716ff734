// The guard of support/workflow-commands.ts, seen as a CI runner sees it: the output of a Jest run of
// a test that writes workflow commands with nothing capturing them holds none the runner would obey.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { PROJECT_ROOT } from '../../harness/run-action.js'

/** The lines a GitHub runner would obey: "::" after whitespace, or "##[" anywhere. */
const commandLines = (output: string): string[] =>
  output.split(/[\n\r\u0085\u2028\u2029]/).filter(line => /^\s*::/.test(line) || line.includes('##['))

describe('the output of a Jest run', () => {
  // In band, the test file writes to Jest's own streams; in a worker (which a memory limit makes Jest
  // use even for one file), to a pipe that Jest copies out, and Jest prints the console's buffer.
  it.each([
    ['in band', []],
    ['in a worker', ['--workerIdleMemoryLimit=1GB', '--verbose=false']]
  ])('carries no workflow command that the code under test or a test wrote (%s)', (_, options) => {
    const env = { ...process.env }
    delete env.JEST_WORKER_ID // this Jest's, not the child's
    const run = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules/jest/bin/jest.js'),
        '--ci',
        '--coverage=false',
        ...options,
        '--testMatch',
        '<rootDir>/__tests__/fixtures/uncaptured-commands.ts'
      ],
      { cwd: PROJECT_ROOT, env, encoding: 'utf8' }
    )
    const output = `${run.stdout}${run.stderr}`
    expect({ status: run.status, output }).toMatchObject({ status: 0 })
    expect(commandLines(output)).toEqual([])
    // The fixture did run, and its lines are still there to read.
    for (const line of [
      '[not a command] ::add-mask::fixture-secret\n',
      '[not a command] ::add-mask::split across writes\n',
      '## [warning]split legacy command\n',
      '[not a command] ::notice::after a carriage return\n',
      '[not a command] ::add-mask::logged\n'
    ])
      expect(output).toContain(line)
  })
})
