// Every link between the project's pages resolves: the file exists, and the anchor is a heading of
// it (as GitHub makes anchors from headings). Links to other sites are not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PAGES = [
  'README.md',
  'dataflow/README.md',
  'monitor/README.md',
  'CHANGELOG.md',
  'SECURITY.md',
  'emulator/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

/** Markdown outside fenced code blocks (links in code are examples, not links). */
function prose(text: string): string {
  return text.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
}

/** GitHub's anchor of a heading: lower case, punctuation dropped (but - and _), spaces to -; repeats get -1, -2. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const [, heading = ''] of prose(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const text = heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  return result
}

interface Link {
  readonly page: string
  readonly target: string
}

function links(page: string): Link[] {
  const text = prose(readFileSync(path.join(ROOT, page), 'utf8'))
  return [...text.matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)]
    .map(match => match[1] ?? '')
    .filter(target => !/^[a-z]+:/i.test(target))
    .map(target => ({ page, target }))
}

const all = PAGES.flatMap(links)

describe('links between the pages', () => {
  it('there are some to check', () => {
    expect(all.length).toBeGreaterThan(20)
  })

  it.each(all.map(link => [`${link.page} → ${link.target}`, link] as const))('%s resolves', (_, link) => {
    const [file = '', anchor] = link.target.split('#')
    const resolved =
      file === '' ? path.join(ROOT, link.page) : path.resolve(path.dirname(path.join(ROOT, link.page)), file)
    expect(existsSync(resolved) ? resolved : `missing: ${resolved}`).toBe(resolved)
    if (anchor !== undefined && statSync(resolved).isFile() && resolved.endsWith('.md')) {
      expect([...anchors(readFileSync(resolved, 'utf8'))]).toContain(anchor)
    }
  })
})

describe('README', () => {
  it('reads in ten minutes: at most 400 lines, the rest in dataflow/README.md and docs/', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(400)
  })
})

describe('anchors as GitHub makes them', () => {
  it('drops punctuation and code marks, keeps hyphens, numbers repeats', () => {
    expect([...anchors('## Dev, stage and prod\n## `if-exists`: what it does\n## Dev, stage and prod\n')]).toEqual([
      'dev-stage-and-prod',
      'if-exists-what-it-does',
      'dev-stage-and-prod-1'
    ])
  })
})
