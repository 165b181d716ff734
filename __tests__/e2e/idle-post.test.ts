// A post step with nothing to delete is as cheap as a bare Node start: each bundle's entry loads
// neither the Actions toolkit nor the HTTP stack before it knows there is work.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { PROJECT_ROOT, runnerNode } from '../../harness/run-action.js'

/** The Node built-in modules loaded by `script`, run as an idle post step (STATE_isPost, no record). */
function builtinsLoaded(script: string): string[] {
  const run = spawnSync(
    runnerNode().path,
    ['--input-type=module', '-e', `${script}; process.stderr.write(JSON.stringify(process.moduleLoadList))`],
    { env: { PATH: process.env.PATH ?? '', STATE_isPost: 'true' }, encoding: 'utf8' }
  )
  expect(run.status).toBe(0)
  return JSON.parse(run.stderr) as string[]
}

const HTTP_STACK = ['NativeModule https', 'NativeModule tls', 'NativeModule _http_client']

describe('an idle post step', () => {
  it('the measure: loading the HTTP stack shows in the list', () => {
    expect(builtinsLoaded("await import('node:https')")).toEqual(expect.arrayContaining(HTTP_STACK))
  })

  it.each(['dist/index.js', 'dist/dataflow/index.js'])('%s loads no part of the HTTP stack', bundle => {
    const loaded = builtinsLoaded(`await import(${JSON.stringify(path.join(PROJECT_ROOT, bundle))})`)
    for (const module of HTTP_STACK) expect(loaded).not.toContain(module)
  })
})
