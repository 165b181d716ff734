// `npm run demo -- --environments dev,stage,prod` as a newcomer runs it (after `npm run build`): the
// bundled actions against the emulator, one sandbox per environment, then a re-run of it all.
import { spawn } from 'node:child_process'

import { describe, expect, it } from '@jest/globals'

import { PROJECT_ROOT } from '../../harness/run-action.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** scripts/demo.ts with these arguments, to its end (tsx, as `npm run demo` runs it; no NODE_OPTIONS from Jest). */
function demo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env['NODE_OPTIONS']
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), 50_000)
  return new Promise(resolve =>
    child.once('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  )
}

/** The final table: a row per environment, its cells split on two or more spaces. */
function table(stdout: string): Record<string, string[]> {
  const lines = stdout.split('\n')
  const header = lines.findIndex(line => line.startsWith('environment  base-connection-id'))
  expect(header).toBeGreaterThan(-1)
  const rows: Record<string, string[]> = {}
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '') break
    const [environment = '', ...cells] = line.split(/ {2,}/)
    rows[environment] = cells
  }
  return rows
}

describe('npm run demo -- --environments', () => {
  it('promotes dev → stage → prod, one base connection and dataflow per sandbox; the re-run writes nothing', async () => {
    const run = await demo(['--environments', 'dev,stage,prod'])
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })

    for (const environment of ['dev', 'stage', 'prod']) {
      expect(run.stdout).toContain(`in sandbox ${environment} yet: creating one`)
      expect(run.stdout).toMatch(
        new RegExp(
          `^${environment}: base connection reused, dataflow unchanged \\(same ids\\); \\d+ requests, 0 writes$`,
          'm'
        )
      )
    }
    const rows = table(run.stdout)
    expect(Object.keys(rows)).toEqual(['dev', 'stage', 'prod'])
    const baseIds = Object.values(rows).map(cells => cells[0])
    const dataflowIds = Object.values(rows).map(cells => cells[1])
    for (const id of [...baseIds, ...dataflowIds]) expect(id).toMatch(UUID)
    expect(new Set(baseIds).size).toBe(3)
    expect(new Set(dataflowIds).size).toBe(3)
    for (const cells of Object.values(rows)) {
      expect(cells.slice(2)).toEqual(['created / created', 'reused / unchanged, 0 writes'])
    }
    // Each environment's outputs, as printed for its leg, are the ones in the table.
    expect(run.stdout).toContain(`base-connection-id=${baseIds[1]} outcome=created`)
    expect(run.stdout).toContain(`dataflow-id=${dataflowIds[2]} outcome=created run-status=success records-written=42`)
  })

  it('stops at the first environment whose sandbox is refused, exit code 1, and runs nothing after it', async () => {
    const run = await demo(['--environments', 'dev,qa,prod', '--sandboxes', 'dev,prod'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("code 2101-404: The sandbox with the name 'qa' could not be found.")
    expect(run.stderr).toContain('qa: base connection (dist/index.js) failed, exit code 1')
    expect(run.stderr).toContain('Promotion stopped at qa: prod not run.')
    expect(run.stdout).not.toContain('sandbox-name: prod')
    expect(run.stdout).not.toContain('again, every environment')
    const rows = table(run.stdout)
    expect(rows['dev']?.slice(2)).toEqual(['created / created', '-'])
    expect(rows['qa']).toEqual(['-', '-', 'failed (base connection)', '-'])
    expect(rows['prod']).toEqual(['-', '-', 'not run', '-'])
  })

  it('refuses an environment that is not a sandbox name, naming --environments (exit code 2)', async () => {
    const run = await demo(['--environments', 'dev,Stage'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--environments: "Stage" is not a sandbox name')
  })
})
