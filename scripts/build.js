// Builds every action's bundle: each folder of src/ with an index.ts is an action; the base
// connection action (the repository's own action.yml) goes to dist/, any other to dist/<folder>/,
// where its <folder>/action.yml points. A new action is one more folder and nothing else here.
// `node scripts/build.js [out]`: into dist/ (cleared first), or into another folder (the dist test).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

/** Each action's entry and the folder of dist/ it is bundled into. */
export function actionBundles() {
  return readdirSync(path.join(root, 'src'), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(path.join(root, 'src', entry.name, 'index.ts')))
    .map(entry => ({
      entry: `src/${entry.name}/index.ts`,
      target: entry.name === 'base-connection' ? '.' : entry.name
    }))
    .sort((a, b) => a.target.localeCompare(b.target))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.resolve(root, process.argv[2] ?? 'dist')
  rmSync(out, { recursive: true, force: true })
  for (const { entry, target } of actionBundles()) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', path.join(out, target), '--license', 'licenses.txt'], {
      cwd: root,
      stdio: process.argv[2] === undefined ? 'inherit' : 'pipe'
    })
  }
}
