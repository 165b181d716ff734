// What a step hands the runner besides its log: outputs, and the job summary. Every text of the
// summary is escaped here, once: names and messages come from inputs and from Adobe's answers.
import * as core from '@actions/core'

import { ActionError } from './errors.js'
import { log } from './log.js'

/** The step's outputs. Never masked: later jobs must be able to read them. */
export function setOutputs(outputs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

/** The job summary of one step: a heading, the plan's lines, a table, and a block of text; then its sections, each the same. */
export interface Summary extends SummarySection {
  readonly sections?: readonly SummarySection[]
}

export interface SummarySection {
  readonly heading: string
  readonly lines?: readonly string[]
  /** The table's header row, then its rows; every cell plain text. Empty: no table. */
  readonly table: readonly (readonly string[])[]
  readonly text?: string
}

/** Writes the summary (on a runner; outside one there is no summary file). */
export async function writeSummary(summary: Summary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  addSection(summary, 3)
  for (const section of summary.sections ?? []) addSection(section, 4)
  await core.summary.write()
}

function addSection(section: SummarySection, level: number): void {
  const [header, ...rows] = section.table
  const report = core.summary.addHeading(escapeSummary(section.heading), level)
  if (section.lines !== undefined) report.addList(section.lines.map(line => escapeSummary(line)))
  if (header !== undefined) {
    report.addTable([
      header.map(data => ({ data: escapeSummary(data), header: true })),
      ...rows.map(row => row.map(cell => escapeSummary(cell)))
    ])
  }
  if (section.text !== undefined) report.addCodeBlock(escapeSummary(section.text, { keepLines: true }), 'text')
}

/**
 * The text as the summary shows it, never as markup: HTML's and Markdown's own characters become
 * character references, and (but in a block of text) line breaks a space, so that a name can
 * neither format nor break the summary.
 */
export function escapeSummary(text: string, { keepLines = false } = {}): string {
  const escaped = text.replace(/[&<>"'|`\\*_[\]]/g, c => `&#${c.charCodeAt(0)};`)
  return keepLines ? escaped : escaped.replace(/[\r\n]+/g, ' ')
}

/** What a dry run shows: its log lines, its outputs and summary, and why a real run would fail. */
export interface DryRunReport {
  readonly lines: readonly string[]
  readonly outputs: Readonly<Record<string, string>>
  readonly summary: Summary
  readonly failure?: string
}

/**
 * The dry-run branch of every action: the plan in the log, the outputs and the summary; then, when
 * a real run would fail, the step fails too, so that a dry run can block a pull request.
 */
export async function reportDryRun(report: DryRunReport): Promise<void> {
  for (const line of report.lines) log.info(line)
  setOutputs(report.outputs)
  await writeSummary(report.summary)
  if (report.failure !== undefined) throw new ActionError(report.failure)
}
