// dist/ is what the runner executes: it must be exactly what `npm run build` makes of src/.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
  )
}

describe('dist/', () => {
  it('matches a fresh build of src/ (run `npm run build` and commit dist/ when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-check-'))
    try {
      const build = (entry: string, target: string): void => {
        execFileSync(process.execPath, [ncc, 'build', entry, '-o', join(out, target), '--license', 'licenses.txt'], {
          cwd: root,
          stdio: 'pipe'
        })
      }
      build('src/index.ts', '.')
      build('src/dataflow/index.ts', 'dataflow')
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
