// undici is replaced by a stand-in (package.json "overrides"; README, Development): the action
// never uses it, and the stand-in fails loudly if anything does. Every end-to-end run also checks
// that its output never shows the stand-in's message (harness/run-action.ts).
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { PROJECT_ROOT, UNDICI_STAND_IN_MESSAGE } from '../harness/run-action.js'

/** Every .js file under dist/ (the actions' entries and their shared bundle). */
const bundle = (dir = path.join(PROJECT_ROOT, 'dist')): string =>
  readdirSync(dir, { withFileTypes: true })
    .map(entry =>
      entry.isDirectory()
        ? bundle(path.join(dir, entry.name))
        : entry.name.endsWith('.js')
          ? readFileSync(path.join(dir, entry.name), 'utf8')
          : ''
    )
    .join('\n')

describe('the undici stand-in', () => {
  it('is what @actions/http-client gets for undici', async () => {
    // Where Node (and ncc) resolve `undici` from @actions/http-client's files.
    const fromHttpClient = createRequire(
      path.join(PROJECT_ROOT, 'node_modules', '@actions', 'http-client', 'package.json')
    )
    const resolved = path.dirname(realpathSync(fromHttpClient.resolve('undici')))
    expect(path.relative(PROJECT_ROOT, resolved)).toBe(path.join('tools', 'undici-stand-in'))
    const { ProxyAgent } = (await import(path.join(resolved, 'index.js'))) as {
      ProxyAgent: new (options: object) => unknown
    }
    expect(() => new ProxyAgent({ uri: 'http://proxy.example:3128' })).toThrow(UNDICI_STAND_IN_MESSAGE)
  })

  it('is in the bundle in place of undici', () => {
    const text = bundle()
    expect(text).toContain(UNDICI_STAND_IN_MESSAGE)
    // Strings only the real undici carries.
    expect(text).not.toContain('UND_ERR_CONNECT_TIMEOUT')
    expect(text).not.toContain('fetch failed')
  })
})
