// Outputs, the job summary and the dry-run branch that every action shares.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import { escapeSummary, reportDryRun, writeSummary } from '../../src/runner/report.js'
import { captureStdout } from '../support/stdout.js'

const writes = captureStdout()
const temp = mkdtempSync(path.join(tmpdir(), 'report-test-'))
const summaryFile = path.join(temp, 'summary')
const outputFile = path.join(temp, 'output')

beforeEach(() => {
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  process.env.GITHUB_OUTPUT = outputFile
})

afterEach(() => {
  delete process.env.GITHUB_STEP_SUMMARY
  delete process.env.GITHUB_OUTPUT
  process.exitCode = undefined
})

afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('escapeSummary', () => {
  it("shows HTML's and Markdown's own characters as themselves, on one line", () => {
    expect(escapeSummary('A|B `x` \\ y <b>&"\'*_[z]\r\nnext\n\nline')).toBe(
      'A&#124;B &#96;x&#96; &#92; y &#60;b&#62;&#38;&#34;&#39;&#42;&#95;&#91;z&#93; next line'
    )
  })

  it('keeps line breaks in a block of text', () => {
    expect(escapeSummary('a <b>\nc', { keepLines: true })).toBe('a &#60;b&#62;\nc')
  })
})

describe('writeSummary', () => {
  it('writes the heading, the lines, the table and the text, every cell escaped', async () => {
    await writeSummary({
      heading: 'Dataflow "A|B"',
      lines: ['would fail: <b>'],
      table: [
        ['output', 'value'],
        ['note', 'one|two\nthree']
      ],
      text: 'body {\n  "x": 1\n}'
    })
    expect(readFileSync(summaryFile, 'utf8')).toBe(
      [
        '<h3>Dataflow &#34;A&#124;B&#34;</h3>',
        '<ul><li>would fail: &#60;b&#62;</li></ul>',
        '<table><tr><th>output</th><th>value</th></tr><tr><td>note</td><td>one&#124;two three</td></tr></table>',
        '<pre lang="text"><code>body {\n  &#34;x&#34;: 1\n}</code></pre>',
        ''
      ].join('\n')
    )
  })

  it('outside a runner writes nothing', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await writeSummary({ heading: 'x', table: [] })
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
  })
})

describe('reportDryRun', () => {
  it('logs the plan, sets the outputs and the summary, then fails when a real run would', async () => {
    const report = {
      lines: ['Dry run: would fail: "name" is taken'],
      outputs: { outcome: 'would-fail' },
      summary: { heading: 'Dry run', table: [['output', 'value'] as const, ['outcome', 'would-fail'] as const] },
      failure: '"name" is taken'
    }
    await expect(reportDryRun(report)).rejects.toThrow('"name" is taken')
    expect(writes.join('')).toContain('Dry run: would fail: "name" is taken\n')
    expect(readFileSync(outputFile, 'utf8')).toMatch(/^outcome<<(.+)\nwould-fail\n\1\n$/)
    expect(readFileSync(summaryFile, 'utf8')).toContain('<td>outcome</td><td>would-fail</td>')
  })

  it('does not fail when a real run would not', async () => {
    await reportDryRun({ lines: [], outputs: {}, summary: { heading: 'Dry run', table: [] } })
    expect(readFileSync(summaryFile, 'utf8')).toBe('<h3>Dry run</h3>\n')
  })
})
