// The job summary: what happened to which connection. Built only from non-secret values.
import * as core from '@actions/core'
import { Config } from './inputs.js'
import { ProvisionResult } from './provision.js'

const OUTCOME_TEXT = {
  created: 'Created',
  reused: 'Reused (already existed)',
  updated: 'Updated credentials',
  planned: 'Dry run: nothing changed'
} as const

export async function writeSummary(config: Config, result: ProvisionResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return // not on a runner
  const rows: [string, string][] = [
    ['Outcome', OUTCOME_TEXT[result.outcome]],
    ['Base connection id', result.id === undefined ? '(none yet)' : `<code>${escapeHtml(result.id)}</code>`],
    ['Name', escapeHtml(config.name)],
    ['Sandbox', escapeHtml(config.sandboxName)],
    ['Connection spec', `<code>${escapeHtml(config.connectionSpecId)}</code> v${escapeHtml(config.connectionSpecVersion)}`]
  ]
  const summary = core.summary
    .addHeading('Adobe Experience Platform base connection', 3)
    .addTable([[{ data: 'Field', header: true }, { data: 'Value', header: true }], ...rows])
  if (result.plan) summary.addCodeBlock(escapeHtml(result.plan.join('\n')), 'text')
  await summary.write()
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}
