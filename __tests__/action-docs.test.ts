// Each action's README (README.md for the base connection, dataflow/README.md) has Inputs and
// Outputs tables that say what its action.yml says, word for word. The rule:
// - the tables list exactly action.yml's inputs and outputs, in action.yml's order, each name as `code`;
// - a "meaning" cell, with its Markdown code marks (`) removed, `\|` read as `|`, and runs of white
//   space read as one space, equals the action.yml description, trimmed and read the same way;
// - a "default" cell is the action.yml default as `code`, or `empty` for a default of ''; an input
//   without a default in action.yml has no `code` default in README (`—`, or words such as
//   "value of `client-id`").
import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string | number | boolean }>
  outputs: Record<string, { description?: string }>
}
const read = (file: string): string => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

/** The rows of the first table after a `## heading` of `page`, as cells. */
function table(page: string, heading: string): string[][] {
  const lines = page.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`no "## ${heading}" section`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    if (line.startsWith('|')) rows.push(cells(line))
    else if (rows.length > 0) break
  }
  // The header row and the |---| row.
  return rows.slice(2)
}

/** A table row's cells; `\|` inside a cell is not a separator. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim())
}

const plain = (text: string): string => text.replace(/`/g, '').replace(/\\\|/g, '|').replace(/\s+/g, ' ').trim()
const codeName = (cell: string | undefined): string => /^`([^`]+)`$/.exec(cell ?? '')?.[1] ?? `(not \`code\`: ${cell})`

const ACTIONS = [
  {
    readme: 'README.md',
    yml: 'action.yml',
    outcomes: ['created', 'reused', 'updated', 'would-create', 'would-reuse', 'would-update', 'would-fail']
  },
  {
    readme: 'dataflow/README.md',
    yml: 'dataflow/action.yml',
    outcomes: [
      'created',
      'updated',
      'unchanged',
      'replaced',
      'would-create',
      'would-update',
      'would-replace',
      'would-fail'
    ]
  }
]

describe.each(ACTIONS)('$readme', ({ readme, yml, outcomes }) => {
  const page = read(readme)
  const actionYml = parse(read(yml)) as ActionYml

  describe('Inputs table', () => {
    const rows = table(page, 'Inputs')

    it(`lists every input of ${yml}, in its order, and no other`, () => {
      expect(rows.map(row => codeName(row[0]))).toEqual(Object.keys(actionYml.inputs))
    })

    it.each(Object.entries(actionYml.inputs))("%s: the meaning is action.yml's description", (name, input) => {
      const row = rows.find(r => codeName(r[0]) === name)
      expect(input.description?.trim()).toBeTruthy()
      expect(plain(row?.[2] ?? '')).toBe(plain(input.description ?? ''))
    })

    it.each(Object.entries(actionYml.inputs))("%s: the default is action.yml's default", (name, input) => {
      const cell = rows.find(r => codeName(r[0]) === name)?.[1] ?? ''
      if (input.default === undefined) expect(cell).not.toMatch(/^`[^`]*`$/)
      else if (String(input.default) === '') expect(cell).toBe('empty')
      else expect(cell).toBe(`\`${String(input.default)}\``)
    })
  })

  describe('Outputs table', () => {
    const rows = table(page, 'Outputs')

    it(`lists every output of ${yml}, in its order, and no other`, () => {
      expect(rows.map(row => codeName(row[0]))).toEqual(Object.keys(actionYml.outputs))
    })

    it.each(Object.entries(actionYml.outputs))("%s: the meaning is action.yml's description", (name, output) => {
      const row = rows.find(r => codeName(r[0]) === name)
      expect(output.description?.trim()).toBeTruthy()
      expect(plain(row?.[1] ?? '')).toBe(plain(output.description ?? ''))
    })

    // The monitor has no outcome output (its status is healthy or unhealthy).
    if (outcomes.length > 0)
      it('documents every value of outcome', () => {
        const outcome = plain(rows.find(r => codeName(r[0]) === 'outcome')?.[1] ?? '')
        for (const value of outcomes) expect(outcome).toContain(value)
      })
  })
})
