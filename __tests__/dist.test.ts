// dist/ is what the runner executes: it must be exactly what `npm run build` makes of src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from '@jest/globals'

const root = new URL('..', import.meta.url).pathname

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
  )
}

describe('dist/', () => {
  it('matches a fresh build of src/ (run `npm run build` and commit dist/ when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-check-'))
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build.js'), out], { cwd: root, stdio: 'pipe' })
      const fresh = listFiles(out).sort()
      expect(listFiles(join(root, 'dist')).sort()).toEqual(fresh)
      for (const file of fresh) {
        const same = readFileSync(join(out, file)).equals(readFileSync(join(root, 'dist', file)))
        expect({ file, same }).toEqual({ file, same: true })
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)
})
