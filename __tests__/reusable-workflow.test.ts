// The reusable workflow (.github/workflows/aep-environment.yml) and its callers agree: every caller
// (README, docs, the self-test) passes only inputs it declares and every required one, and the
// workflow passes each action only inputs that action has. actionlint checks neither: a remote
// workflow is not fetched, and the actions are checked out into a folder only at run time.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')

interface Job {
  uses?: string
  with?: Record<string, unknown>
  needs?: string | string[]
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> }
  outputs?: Record<string, string>
  steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[]
}
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, { required?: boolean }>; outputs: Record<string, { value: string }> } }
  jobs: Record<string, Job>
}

const reusable = parse(read('.github/workflows/aep-environment.yml')) as Workflow
const call = reusable.on.workflow_call
const IS_CALL = /(^\.\/|\/)\.github\/workflows\/aep-environment\.yml(@.+)?$/

/** The yaml blocks of the user-facing pages, and the project's own workflows, as workflows. */
function workflows(): { where: string; workflow: Workflow }[] {
  const pages = [
    'README.md',
    'dataflow/README.md',
    ...readdirSync(path.join(ROOT, 'docs')).flatMap(name => (name.endsWith('.md') ? [`docs/${name}`] : []))
  ]
  const blocks = pages.flatMap(page =>
    [...read(page).matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map(match => ({
      where: page,
      workflow: parse(match[1] ?? '') as Workflow
    }))
  )
  const own = readdirSync(path.join(ROOT, '.github/workflows')).map(name => ({
    where: `.github/workflows/${name}`,
    workflow: parse(read(`.github/workflows/${name}`)) as Workflow
  }))
  return [...blocks, ...own]
}

const callers = workflows().flatMap(({ where, workflow }) =>
  Object.entries(workflow.jobs ?? {})
    .filter(([, job]) => IS_CALL.test(job.uses ?? ''))
    .map(([name, job]) => ({ where: `${where} (job ${name})`, job, workflow }))
)

describe('aep-environment.yml', () => {
  it('is a reusable workflow with the inputs and outputs the docs promise', () => {
    expect(Object.keys(call?.inputs ?? {})).toEqual(
      expect.arrayContaining(['environment', 'dataflow-name', 'table', 'mapping', 'dataset-variable', 'dry-run'])
    )
    expect(Object.keys(call?.outputs ?? {})).toEqual([
      'base-connection-id',
      'base-connection-outcome',
      'dataflow-id',
      'source-connection-id',
      'target-connection-id',
      'mapping-id',
      'mapping-version',
      'dataflow-state',
      'dataflow-outcome'
    ])
  })

  it('runs both actions in one job, under the environment, in a concurrency group of its own', () => {
    const jobs = Object.values(reusable.jobs)
    expect(jobs).toHaveLength(1)
    const [job] = jobs as [Job & { environment?: string; concurrency?: { group: string } }]
    expect(job.environment).toBe('${{ inputs.environment }}')
    expect(job.concurrency?.group).toBe('aep-${{ inputs.environment }}-${{ inputs.dataflow-name }}')
    expect((job.steps ?? []).flatMap(step => step.uses ?? []).filter(uses => uses.startsWith('./'))).toEqual([
      './.aep-actions',
      './.aep-actions/dataflow'
    ])
  })

  it.each([
    ['./.aep-actions', 'action.yml'],
    ['./.aep-actions/dataflow', 'dataflow/action.yml']
  ])('passes %s only inputs of %s, and reads only its outputs', (uses, yml) => {
    const action = parse(read(yml)) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
    const [job] = Object.values(reusable.jobs) as [Job]
    const step = (job.steps ?? []).find(s => s.uses === uses)
    expect(Object.keys(step?.with ?? {}).filter(name => !(name in action.inputs))).toEqual([])
    const used = [...JSON.stringify(job).matchAll(new RegExp(`steps\\.${step?.id}\\.outputs\\.([a-z-]+)`, 'g'))].map(
      match => match[1] ?? ''
    )
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter(name => !(name in action.outputs))).toEqual([])
  })
})

describe('its callers', () => {
  it('are there: README, docs and the self-test', () => {
    const places = new Set(callers.map(c => c.where.split(' ')[0]))
    expect([...places].sort()).toEqual(['.github/workflows/self-test.yml', 'README.md', 'docs/workflows.md'])
  })

  it.each(callers.map(c => [c.where, c] as const))('%s passes declared inputs and every required one', (_, c) => {
    const given = Object.keys(c.job.with ?? {})
    expect(given.filter(name => !(name in (call?.inputs ?? {})))).toEqual([])
    const required = Object.entries(call?.inputs ?? {}).flatMap(([name, input]) => (input.required ? [name] : []))
    expect(required.filter(name => !given.includes(name))).toEqual([])
  })

  it('promote dev, stage, prod in order in README, and run a matrix whose legs do not stop each other in the docs', () => {
    const promoted = callers.filter(c => c.where.startsWith('README.md'))
    expect(promoted.map(c => [c.job.with?.['environment'], c.job.needs ?? null])).toEqual([
      ['dev', null],
      ['stage', 'dev'],
      ['prod', 'stage']
    ])
    const matrix = callers.find(c => c.job.strategy?.matrix !== undefined && c.where.startsWith('docs/'))
    expect(matrix?.job.strategy).toEqual({
      'fail-fast': false,
      matrix: { environment: ['dev', 'stage', 'prod'] }
    })
    // Its legs' outputs overwrite each other: a later job collects each environment's artifact.
    const collect = Object.values(matrix?.workflow.jobs ?? {}).find(job =>
      (job.steps ?? []).some(
        step => step.uses?.startsWith('actions/download-artifact') && step.with?.['pattern'] === 'aep-ids-*'
      )
    )
    expect(collect?.needs).toBe('provision')
  })
})
