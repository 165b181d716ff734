// The development map (docs/development.md) names every folder a contributor meets: each folder of
// src/ and __tests__/, and each top-level folder of the repository but the generated ones.
import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'

const root = new URL('..', import.meta.url)
const page = readFileSync(new URL('docs/development.md', root), 'utf8')

/** The first code block under "# Development". */
function developmentMap(): string {
  const section = page.split('# Development\n')[1] ?? ''
  return /^```\n([\s\S]*?)\n```/m.exec(section)?.[1] ?? ''
}

function folders(path: string): string[] {
  return readdirSync(new URL(path, root), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !entry.name.startsWith('.'))
    .map(entry => entry.name)
}

/** Generated, installed, or the tools' own: not part of the map. */
const UNMAPPED = new Set(['dist', 'node_modules', 'coverage'])

describe("docs/development.md's map", () => {
  const map = developmentMap()

  it('is there', () => {
    expect(map).toContain('src/')
  })

  it.each(folders('src/').map(name => `src/${name}/`))('names %s', folder => {
    expect(map).toContain(folder)
  })

  it.each(folders('__tests__/').map(name => `${name}/`))('names __tests__/%s', folder => {
    // The lines about __tests__/: its own entries, up to the next entry of another folder.
    const tests = /^__tests__\/[\s\S]*?(?=^(?!__tests__)\S)/m.exec(map)?.[0] ?? ''
    expect(tests).toMatch(new RegExp(`(^|[\\s,;:(])${folder}`))
  })

  it.each(
    folders('')
      .filter(name => !UNMAPPED.has(name))
      .map(name => `${name}/`)
  )('names the top-level folder %s', folder => {
    expect(map).toMatch(new RegExp(`^${folder.replace(/[.]/g, '\\.')}|[ ,]${folder}`, 'm'))
  })
})
