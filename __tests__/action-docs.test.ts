// README's Inputs and Outputs tables say what action.yml says, word for word. The rule:
// - the tables list exactly action.yml's inputs and outputs, in action.yml's order, each name as `code`;
// - a "meaning" cell, with its Markdown code marks (`) removed, `\|` read as `|`, and runs of white
//   space read as one space, equals the action.yml description, trimmed and read the same way;
// - a "default" cell is the action.yml default as `code`, or `empty` for a default of ''; an input
//   without a default in action.yml has no `code` default in README (`—`, or words such as
//   "value of `client-id`").
import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: string | number | boolean }>
  outputs: Record<string, { description?: string }>
}
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The rows of the first table after a `## heading`, as cells. */
function table(heading: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`)
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

describe('README Inputs table', () => {
  const rows = table('Inputs')

  it('lists every input of action.yml, in its order, and no other', () => {
    expect(rows.map(row => codeName(row[0]))).toEqual(Object.keys(actionYml.inputs))
  })

  it.each(Object.entries(actionYml.inputs))("%s: README's meaning is action.yml's description", (name, input) => {
    const row = rows.find(r => codeName(r[0]) === name)
    expect(input.description?.trim()).toBeTruthy()
    expect(plain(row?.[2] ?? '')).toBe(plain(input.description ?? ''))
  })

  it.each(Object.entries(actionYml.inputs))("%s: README's default is action.yml's default", (name, input) => {
    const cell = rows.find(r => codeName(r[0]) === name)?.[1] ?? ''
    if (input.default === undefined) expect(cell).not.toMatch(/^`[^`]*`$/)
    else if (String(input.default) === '') expect(cell).toBe('empty')
    else expect(cell).toBe(`\`${String(input.default)}\``)
  })
})

describe('README Outputs table', () => {
  const rows = table('Outputs')

  it('lists every output of action.yml, in its order, and no other', () => {
    expect(rows.map(row => codeName(row[0]))).toEqual(Object.keys(actionYml.outputs))
  })

  it.each(Object.entries(actionYml.outputs))("%s: README's meaning is action.yml's description", (name, output) => {
    const row = rows.find(r => codeName(r[0]) === name)
    expect(output.description?.trim()).toBeTruthy()
    expect(plain(row?.[1] ?? '')).toBe(plain(output.description ?? ''))
  })

  it('documents every value of outcome', () => {
    const outcome = plain(rows.find(r => codeName(r[0]) === 'outcome')?.[1] ?? '')
    for (const value of ['created', 'reused', 'updated', 'would-create', 'would-reuse', 'would-update', 'would-fail'])
      expect(outcome).toContain(value)
  })
})
