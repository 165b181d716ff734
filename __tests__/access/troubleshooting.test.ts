// docs/troubleshooting.md and the links to it: every link a hint prints lands on an entry, and every
// code and status the actions explain has one.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

import { ENTRY, TROUBLESHOOTING_ENTRY, TROUBLESHOOTING_URL } from '../../src/access/hints.js'
import { ADVICE, EXPLAINED } from '../../src/adobe/errors.js'
import { unknownSpecError, wording } from '../../src/base-connection/describe.js'
import { ORACLE_SERVICE_CLOUD_SPEC_ID } from '../../src/base-connection/names.js'
import { wording as dataflowWording } from '../../src/dataflow/describe.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const PAGE = readFileSync(path.join(ROOT, 'docs', 'troubleshooting.md'), 'utf8')

/** The page without its fenced code blocks (a heading in an example is no heading). */
const PROSE = PAGE.replace(/^```[\s\S]*?^```/gm, '')

/** The headings, as written (links and code marks reduced to their text). */
const HEADINGS = [...PROSE.matchAll(/^(#{1,6}) +(.+?) *$/gm)].map(([, level = '', text = '']) => ({
  level: level.length,
  text: text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}))

/** GitHub's anchor for a heading: lower case, punctuation dropped but for "-" and "_", spaces to "-". */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

/** Every anchor of the page; a repeated heading gets -1, -2 as on GitHub. */
const ANCHORS = (() => {
  const seen = new Map<string, number>()
  return HEADINGS.map(({ text }) => {
    const base = slug(text)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  })
})()

/** The entries: the level-3 headings. */
const ENTRIES = HEADINGS.filter(heading => heading.level === 3).map(heading => heading.text)

/** The links to the page in a text, as anchors. */
function linksIn(text: string): string[] {
  return [...text.matchAll(/https:\/\/\S+?\/troubleshooting\.md#([^\s)]+)/g)].map(match => match[1] ?? '')
}

/** Every next step the two actions print for Adobe's advice. */
const HINTS = ADVICE.flatMap(advice => [wording(advice), dataflowWording(advice)]).filter(
  (hint): hint is string => hint !== undefined
)

/** The entry heading that names a code or status as a word of its own (before the ":"). */
function entryFor(code: string): string | undefined {
  return ENTRIES.find(entry => (entry.split(':')[0] ?? '').split(/[\s,]+/).includes(code))
}

describe('the slugs', () => {
  it('are made as GitHub makes them', () => {
    expect(slug('401013: OAuth token is not valid')).toBe('401013-oauth-token-is-not-valid')
    expect(slug('invalid_client, unauthorized_client: client credentials rejected')).toBe(
      'invalid_client-unauthorized_client-client-credentials-rejected'
    )
    expect(slug('Proxy requires authentication (407)')).toBe('proxy-requires-authentication-407')
  })

  it('are unique: no entry repeats a heading', () => {
    expect(ANCHORS.length).toBeGreaterThan(40)
    expect(new Set(ANCHORS).size).toBe(ANCHORS.length)
  })
})

describe('links from the actions to docs/troubleshooting.md', () => {
  it("point at the page in the repository's public name, from one constant", () => {
    expect(TROUBLESHOOTING_URL).toBe(
      'https://github.com/your-org/aep-oracle-service-cloud-connection/blob/v1/docs/troubleshooting.md'
    )
    const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .map(file => readFileSync(path.join(ROOT, 'src', file), 'utf8'))
    // Written once: every other mention goes through the constant.
    expect(sources.join('\n').match(/https:\/\/github\.com\/[^'"`\s]*troubleshooting\.md/g)).toEqual([
      TROUBLESHOOTING_URL
    ])
  })

  it('every next step of either action links to its entry, once, on a line of its own', () => {
    expect(HINTS.length).toBeGreaterThan(ADVICE.length)
    for (const hint of HINTS) {
      expect({ hint, links: linksIn(hint).length }).toEqual({ hint, links: 1 })
      expect(hint).toMatch(/\nMore: https:\/\/\S+$/)
    }
  })

  it.each(ADVICE.map(advice => [advice, TROUBLESHOOTING_ENTRY[advice]] as const))(
    'the entry of %s (#%s) is a heading of the page',
    (_, anchor) => {
      expect(ANCHORS).toContain(anchor)
    }
  )

  it("every link a message prints lands on an entry: the hints and the actions' own messages", () => {
    const messages = [...HINTS, unknownSpecError(ORACLE_SERVICE_CLOUD_SPEC_ID).message]
    const anchors = [...messages.flatMap(linksIn), ...Object.values(ENTRY)]
    expect(anchors.length).toBeGreaterThan(HINTS.length)
    for (const anchor of anchors) expect(ANCHORS).toContain(anchor)
  })
})

describe('the entries', () => {
  it.each(EXPLAINED.codes.map(code => [code]))('explain code %s, which the actions explain', code => {
    expect({ code, entry: entryFor(code) }).toEqual({ code, entry: expect.any(String) })
  })

  it.each([...EXPLAINED.statuses, '409', '412'].map(status => [status]))('explain HTTP %s', status => {
    expect({ status, entry: entryFor(status) }).toEqual({ status, entry: expect.any(String) })
  })

  /** Codes the actions handle by themselves (src/ names each), and those the emulator answers as Adobe documents them. */
  const handled = (): string[] => {
    const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .map(file => readFileSync(path.join(ROOT, 'src', file), 'utf8'))
      .join('\n')
    const named = [
      ...sources.matchAll(/startsWith\('(\d{4})'\)/g),
      ...sources.matchAll(/\b(1\d{3})-\d{3}\b/g),
      ...sources.matchAll(/\((1\d{3})\)/g)
    ].map(match => match[1] ?? '')
    return [...new Set([...named, '1330', '1366', '1369', '1422', '1444', '1451', '1453', '1455', '403010', '400003'])]
  }

  it('explain every code the actions handle by themselves, and the gateway codes the emulator answers', () => {
    const codes = handled()
    expect(codes).toEqual(expect.arrayContaining(['1330', '1369', '1422', '1444', '1447']))
    expect(codes.filter(code => entryFor(code) === undefined)).toEqual([])
  })

  it('each say what it means and what to do', () => {
    const sections = PROSE.split(/^### /m).slice(1)
    expect(sections.length).toBe(ENTRIES.length)
    for (const section of sections) {
      const heading = section.split('\n')[0] ?? ''
      expect({ heading, means: section.includes('**Means:**'), todo: section.includes('**What to do:**') }).toEqual({
        heading,
        means: true,
        todo: true
      })
    }
  })
})
