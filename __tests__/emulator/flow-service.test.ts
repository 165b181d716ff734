// Tests of the emulator itself, over real HTTP (node's fetch and http), independent of src/.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { Socket } from 'node:net'
import path from 'node:path'
import tls from 'node:tls'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import {
  DEMO_CLIENT,
  DEMO_ORACLE,
  type Emulator,
  ORACLE_SERVICE_CLOUD_SPEC,
  ORACLE_TABLES,
  SITE_BASIC_AUTH_SPEC,
  type SourceTable,
  startEmulator
} from '../../emulator/server.js'
import { inputVariable, parseFileCommands, PROJECT_ROOT, runnerNode } from '../../harness/run-action.js'
import { startProxy } from '../support/proxy.js'

const FLOW = '/data/foundation/flowservice'
const OSC = ORACLE_SERVICE_CLOUD_SPEC.id

let emu: Emulator
let token: string

beforeAll(async () => {
  emu = await startEmulator({
    sandboxes: ['prod', 'dev'],
    connectionSpecs: [ORACLE_SERVICE_CLOUD_SPEC, SITE_BASIC_AUTH_SPEC],
    pageSize: 3
  })
})
afterAll(async () => {
  await emu.close()
})
beforeEach(() => {
  emu.reset()
  token = emu.issueToken()
})

interface Answer {
  status: number
  headers: Headers
  text: string
  body: unknown
}

async function call(
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string | undefined>; body?: unknown; signal?: AbortSignal } = {}
): Promise<Answer> {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(options.headers ?? {})) if (v !== undefined) headers[k] = v
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
  const response = await fetch(`${emu.url}${urlPath}`, { method, headers, body, signal: options.signal })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

function platformHeaders(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    authorization: `Bearer ${token}`,
    'x-api-key': DEMO_CLIENT.clientId,
    'x-gw-ims-org-id': DEMO_CLIENT.orgId,
    'x-sandbox-name': 'prod',
    'content-type': 'application/json',
    ...overrides
  }
}

const flow = (
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string | undefined> = {}
): Promise<Answer> => call(method, `${FLOW}${p}`, { headers: platformHeaders(headers), body })

function createBody(
  name: string,
  params: Record<string, unknown> = { ...DEMO_ORACLE },
  specId = OSC
): Record<string, unknown> {
  return { name, auth: { specName: 'Basic Authentication', params }, connectionSpec: { id: specId, version: '1.0' } }
}

async function create(
  name: string,
  headers: Record<string, string | undefined> = {}
): Promise<{ id: string; etag: string }> {
  const answer = await flow('POST', '/connections', createBody(name), headers)
  expect(answer.status).toBe(201)
  return answer.body as { id: string; etag: string }
}

function tokenRequest(fields: Record<string, string>, query = ''): Promise<Answer> {
  return call('POST', `/ims/token/v3${query}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString()
  })
}

const goodTokenForm = {
  grant_type: 'client_credentials',
  client_id: DEMO_CLIENT.clientId,
  client_secret: DEMO_CLIENT.clientSecret,
  scope: 'openid,AdobeID,read_organizations'
}

function flowCode(answer: Answer): string {
  return (answer.body as { type: string }).type.replace('http://ns.adobe.com/aep/errors/', '')
}

describe('IMS token endpoint', () => {
  it('issues an opaque bearer token that Flow Service accepts', async () => {
    const answer = await tokenRequest(goodTokenForm)
    expect(answer.status).toBe(200)
    const body = answer.body as { access_token: string; token_type: string; expires_in: number }
    expect(body.token_type).toBe('bearer')
    expect(body.expires_in).toBe(86399)
    expect(body.access_token.length).toBeGreaterThan(60)
    expect(emu.requests[0]?.form).toEqual(goodTokenForm)
    token = body.access_token
    expect((await flow('GET', '/connections')).status).toBe(200)
  })

  it.each([
    [
      'a wrong secret',
      { ...goodTokenForm, client_secret: 'wrong' },
      'invalid_client',
      'invalid client_secret parameter'
    ],
    ['an unknown client', { ...goodTokenForm, client_id: 'unknown' }, 'invalid_client', 'invalid client_id parameter'],
    [
      'another grant type',
      { ...goodTokenForm, grant_type: 'password' },
      'unsupported_grant_type',
      'unsupported grant_type password'
    ],
    [
      'no scope',
      { grant_type: 'client_credentials', client_id: DEMO_CLIENT.clientId, client_secret: DEMO_CLIENT.clientSecret },
      'invalid_request',
      'missing scope parameter'
    ]
  ])('refuses %s', async (_case, form, error, description) => {
    const answer = await tokenRequest(form)
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error, error_description: description })
  })

  it('refuses secrets in the query string, and non-form bodies', async () => {
    const inQuery = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'openid' },
      `?client_id=${DEMO_CLIENT.clientId}&client_secret=x`
    )
    expect(inQuery.status).toBe(400)
    expect((inQuery.body as { error: string }).error).toBe('invalid_request')
    const asJson = await call('POST', '/ims/token/v3', {
      headers: { 'content-type': 'application/json' },
      body: goodTokenForm
    })
    expect(asJson.status).toBe(400)
    expect((asJson.body as { error: string }).error).toBe('invalid_request')
  })
})

describe('API gateway', () => {
  it.each([
    [
      'no Authorization',
      403,
      { authorization: undefined },
      { error_code: '403010', message: 'Oauth token is missing.' }
    ],
    [
      'an unknown token',
      401,
      { authorization: 'Bearer nope' },
      { error_code: '401013', message: 'Oauth token is not valid' }
    ],
    ['no x-api-key', 403, { 'x-api-key': undefined }, { error_code: '403000', message: 'Api Key is required' }],
    [
      'another x-api-key',
      403,
      { 'x-api-key': 'other-client' },
      { error_code: '403003', message: 'Api Key is invalid' }
    ],
    ['no x-gw-ims-org-id', 400, { 'x-gw-ims-org-id': undefined }, { error_code: '400003', message: 'Missing header' }],
    [
      'another org',
      403,
      { 'x-gw-ims-org-id': 'FFFFFFFFFFFFFFFFFFFFFFFF@AdobeOrg' },
      { error_code: '403025', message: 'Profile is not valid' }
    ]
  ])('answers %s with %i', async (_case, status, headers, body) => {
    const answer = await flow('GET', '/connections', undefined, headers)
    expect(answer.status).toBe(status)
    expect(answer.body).toEqual(body)
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('rejects expired tokens with 401013', async () => {
    emu.expireTokens()
    const answer = await flow('GET', '/connections')
    expect(answer.status).toBe(401)
    expect(answer.body).toEqual({ error_code: '401013', message: 'Oauth token is not valid' })
  })

  it('answers a missing or unknown sandbox with Flow Service errors 2105 and 2101', async () => {
    const missing = await flow('GET', '/connections', undefined, { 'x-sandbox-name': undefined })
    expect(missing.status).toBe(400)
    expect(flowCode(missing)).toBe('FLOW-2105-400')
    const unknown = await flow('GET', '/connections', undefined, { 'x-sandbox-name': 'staging' })
    expect(unknown.status).toBe(404)
    const body = unknown.body as { title: string; status: number; report: Record<string, string>; errorMessage: string }
    expect(flowCode(unknown)).toBe('FLOW-2101-404')
    expect(body.title).toBe('Sandbox not found')
    expect(body.report['detailed-message']).toContain("'staging'")
    expect(body.report['request-id']).toBe(unknown.headers.get('x-request-id'))
  })
})

describe('connections', () => {
  it('creates, reads (one-element items, quoted etag), and patches only with the current etag', async () => {
    const created = await flow('POST', '/connections', {
      ...createBody('Base connection for Oracle Service Cloud'),
      description: 'd'
    })
    expect(created.status).toBe(201)
    const { id, etag } = created.body as { id: string; etag: string }
    expect(etag).toMatch(/^"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{12}"$/)
    expect(created.headers.get('etag')).toBe(etag)
    expect(created.headers.get('location')).toBe(`${FLOW}/connections/${id}`)

    const got = await flow('GET', `/connections/${id}`)
    expect(got.status).toBe(200)
    expect(got.headers.get('etag')).toBe(etag)
    const items = (got.body as { items: Record<string, unknown>[] }).items
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      id,
      name: 'Base connection for Oracle Service Cloud',
      description: 'd',
      state: 'enabled',
      imsOrgId: DEMO_CLIENT.orgId,
      sandboxName: 'prod',
      createdClient: DEMO_CLIENT.clientId,
      connectionSpec: { id: OSC, version: '1.0' },
      auth: { specName: 'Basic Authentication', params: { ...DEMO_ORACLE } },
      etag,
      version: etag
    })

    const patch = [{ op: 'replace', path: '/auth/params', value: { ...DEMO_ORACLE, password: 'new' } }]
    expect(flowCode(await flow('PATCH', `/connections/${id}`, patch))).toBe('FLOW-1403-400')
    const stale = await flow('PATCH', `/connections/${id}`, patch, {
      'if-match': '"00000000-0000-0200-0000-000000000000"'
    })
    expect(stale.status).toBe(412)
    expect(flowCode(stale)).toBe('FLOW-1404-412')
    const unquoted = await flow('PATCH', `/connections/${id}`, patch, { 'if-match': etag.replace(/"/g, '') })
    expect(unquoted.status).toBe(412)

    const patched = await flow(
      'PATCH',
      `/connections/${id}`,
      [{ op: 'REPLACE', path: '/auth/params', value: { ...DEMO_ORACLE, password: 'new' } }],
      {
        'if-match': etag
      }
    )
    expect(patched.status).toBe(200)
    const newEtag = (patched.body as { etag: string }).etag
    expect(patched.body).toEqual({ id, etag: newEtag })
    expect(newEtag).not.toBe(etag)
    expect(emu.connections()[0]?.auth.params['password']).toBe('new')
    expect((await flow('PATCH', `/connections/${id}`, patch, { 'if-match': etag })).status).toBe(412)
  })

  it('validates the create body strictly', async () => {
    const wrongType = await flow('POST', '/connections', createBody('x'), { 'content-type': 'text/plain' })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body).toEqual({
      type: '/placeholder/type/uri',
      status: 400,
      title: 'BadRequestError',
      detail: 'A valid content-type must be specified'
    })
    expect(flowCode(await flow('POST', '/connections', { ...createBody('x'), extra: 1 }))).toBe('FLOW-1100-400')
    expect(flowCode(await flow('POST', '/connections', createBody(' ')))).toBe('FLOW-1100-400')
    expect(flowCode(await flow('POST', '/connections', createBody('x', { ...DEMO_ORACLE }, 'no-such-spec')))).toBe(
      'FLOW-1413-400'
    )
    const badAuth = await flow('POST', '/connections', { ...createBody('x'), auth: { specName: 'OAuth', params: {} } })
    expect(flowCode(badAuth)).toBe('FLOW-1415-400')
    const noPassword = await flow('POST', '/connections', createBody('x', { host: 'h', username: 'u' }))
    expect(noPassword.status).toBe(400)
    expect(noPassword.text).toContain("required property 'password' is missing")
    const extraParam = await flow('POST', '/connections', createBody('x', { ...DEMO_ORACLE, siteId: 's' }))
    expect(extraParam.text).toContain("property 'siteId' is not allowed")
    const siteMissing = await flow('POST', '/connections', createBody('x', { ...DEMO_ORACLE }, SITE_BASIC_AUTH_SPEC.id))
    expect(siteMissing.text).toContain("'siteId' is missing")
    expect(
      (await flow('POST', '/connections', createBody('x', { ...DEMO_ORACLE, siteId: 's' }, SITE_BASIC_AUTH_SPEC.id)))
        .status
    ).toBe(201)
    expect(flowCode(await flow('POST', '/connections', ''))).toBe('FLOW-1405-400')
    expect(emu.connections()).toHaveLength(1)
  })

  it('keeps connections apart by org and sandbox, and deletes', async () => {
    const { id } = await create('in dev', { 'x-sandbox-name': 'dev' })
    expect(flowCode(await flow('GET', `/connections/${id}`))).toBe('FLOW-1101-404')
    expect((await flow('GET', '/connections')).body).toEqual({ items: [] })
    const otherOrg = 'ABCDEF0123456789ABCDEF01@AdobeOrg'
    token = emu.issueToken({ orgId: otherOrg })
    expect(
      (await flow('GET', `/connections/${id}`, undefined, { 'x-sandbox-name': 'dev', 'x-gw-ims-org-id': otherOrg }))
        .status
    ).toBe(404)
    token = emu.issueToken()
    expect((await flow('DELETE', `/connections/${id}`, undefined, { 'x-sandbox-name': 'dev' })).status).toBe(204)
    expect((await flow('DELETE', `/connections/${id}`, undefined, { 'x-sandbox-name': 'dev' })).status).toBe(404)
  })

  it('simulates a retired connection spec', async () => {
    expect((await flow('GET', `/connectionSpecs/${OSC}`)).body).toEqual({ items: [ORACLE_SERVICE_CLOUD_SPEC] })
    emu.retireConnectionSpec(OSC)
    expect(flowCode(await flow('POST', '/connections', createBody('x')))).toBe('FLOW-1413-400')
    const spec = await flow('GET', `/connectionSpecs/${OSC}`)
    expect(spec.status).toBe(404)
    expect(flowCode(spec)).toBe('FLOW-1101-404')
  })

  it('seeds connections and hands out deep copies', () => {
    const seeded = emu.seedConnection({ name: 'old one', createdAt: 1_600_000_000_000 })
    expect(seeded).toMatchObject({
      name: 'old one',
      createdAt: 1_600_000_000_000,
      createdClient: 'exc_app',
      sandboxName: 'prod'
    })
    const copy = emu.connections()[0]
    if (copy) copy.name = 'changed'
    expect(emu.connections()[0]?.name).toBe('old one')
  })

  it('answers unknown routes with 404', async () => {
    expect((await flow('GET', '/landingZone')).status).toBe(404)
    expect((await flow('PUT', '/connections')).status).toBe(404)
    expect((await call('GET', '/nothing')).status).toBe(404)
  })
})

describe('GET /connections filters and pages', () => {
  it('ANDs property parameters and ORs comma-separated values', async () => {
    for (const name of ['a', 'b', 'c']) await create(name)
    emu.seedConnection({ name: 'a', connectionSpecId: SITE_BASIC_AUTH_SPEC.id })
    const names = async (query: string): Promise<string[]> => {
      const answer = await flow('GET', `/connections?${query}`)
      expect(answer.status).toBe(200)
      return (answer.body as { items: { name: string }[] }).items.map(i => i.name).sort()
    }
    expect(await names('property=name==a')).toEqual(['a', 'a'])
    expect(await names(`property=name==a&property=connectionSpec.id==${OSC}`)).toEqual(['a'])
    expect(await names('property=name==a,b')).toEqual(['a', 'a', 'b'])
    expect(await names(`property=${encodeURIComponent('name==a,c')}`)).toEqual(['a', 'a', 'c'])
    expect(flowCode(await flow('GET', '/connections?property=name=='))).toBe('FLOW-1453-400')
    expect(flowCode(await flow('GET', '/connections?bogus=1'))).toBe('FLOW-1451-400')
  })

  it('limit sizes the pages (up to maxLimit), orderby=name sorts them, and later pages keep both', async () => {
    for (const name of ['d', 'b', 'e', 'a', 'c']) await create(name)
    const pagesOf = async (first: string): Promise<string[][]> => {
      const pages: string[][] = []
      let href: string | undefined = first
      while (href !== undefined) {
        const answer: Answer = await flow('GET', href)
        expect(answer.status).toBe(200)
        const page = answer.body as { items: { name: string }[]; _links?: { next?: { href: string } } }
        pages.push(page.items.map(i => i.name))
        href = page._links?.next?.href
      }
      return pages
    }
    expect(await pagesOf('/connections?orderby=name&limit=2')).toEqual([['a', 'b'], ['c', 'd'], ['e']])
    expect(await pagesOf('/connections?orderby=-name&limit=3')).toEqual([
      ['e', 'd', 'c'],
      ['b', 'a']
    ])
    // Without orderby: creation order, as before.
    expect(await pagesOf('/connections?limit=4')).toEqual([['d', 'b', 'e', 'a'], ['c']])
    expect(flowCode(await flow('GET', '/connections?limit=0'))).toBe('FLOW-1453-400')
    expect(flowCode(await flow('GET', '/connections?limit=two'))).toBe('FLOW-1453-400')
  })

  it('gives at most maxLimit items a page, whatever the limit asks', async () => {
    const capped = await startEmulator({ maxLimit: 2 })
    try {
      for (const name of ['a', 'b', 'c']) capped.seedConnection({ name })
      const headers = platformHeaders({ authorization: `Bearer ${capped.issueToken()}` }) as Record<string, string>
      const answer = await fetch(`${capped.url}${FLOW}/connections?limit=1000`, { headers })
      const body = (await answer.json()) as { items: unknown[]; _links?: { next?: { href: string } } }
      expect([body.items.length, body._links?.next?.href]).toEqual([2, expect.stringContaining('continuationToken=')])
    } finally {
      await capped.close()
    }
  })

  it.each(['orderby=createdAt', 'count=true', 'property=name!=a', 'property=createdAt>=1', 'property=state==enabled'])(
    "answers %s, which Flow Service serves and the action never sends, with the emulator's own 501",
    async query => {
      const answer = await flow('GET', `/connections?${query}`)
      expect(answer.status).toBe(501)
      expect((answer.body as { errorMessage: string }).errorMessage).toMatch(/^The emulator does not implement /)
    }
  )

  it('cannot match a name containing a comma exactly, as in Adobe', async () => {
    await create('x,y')
    const answer = await flow('GET', `/connections?property=${encodeURIComponent('name==x,y')}`)
    expect((answer.body as { items: unknown[] }).items).toEqual([])
  })

  it('pages with continuation tokens containing "=" and rejects mangled ones', async () => {
    for (let i = 0; i < 7; i++) await create(`conn ${i}`)
    emu.seedConnection({ name: 'other spec', connectionSpecId: SITE_BASIC_AUTH_SPEC.id })
    const seen: string[] = []
    const hrefs: string[] = []
    let href: string | undefined = `/connections?property=connectionSpec.id==${OSC}`
    while (href !== undefined) {
      const answer: Answer = await flow('GET', href)
      expect(answer.status).toBe(200)
      const page = answer.body as { items: { name: string }[]; _links?: { next?: { href: string } } }
      seen.push(...page.items.map(i => i.name))
      href = page._links?.next?.href
      if (href !== undefined) hrefs.push(href)
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map(i => `conn ${i}`))
    expect(hrefs).toHaveLength(2)
    for (const h of hrefs) {
      expect(h).toMatch(
        new RegExp(`^/connections\\?property=connectionSpec.id==${OSC}&continuationToken=[A-Za-z0-9_-]+==$`)
      )
    }

    const firstToken = hrefs[0]?.split('continuationToken=')[1] ?? ''
    const alone = await flow('GET', `/connections?continuationToken=${firstToken}`)
    expect((alone.body as { items: { name: string }[] }).items.map(i => i.name)).toEqual(['conn 3', 'conn 4', 'conn 5'])
    const mangled = await flow('GET', `/connections?continuationToken=${firstToken.replace(/=+$/, '')}`)
    expect(mangled.status).toBe(400)
    expect(flowCode(mangled)).toBe('FLOW-1453-400')
    const encoded = await flow('GET', `/connections?continuationToken=${encodeURIComponent(firstToken)}`)
    expect(encoded.status).toBe(200)
  })

  it('pages an unfiltered list with the configured page size', async () => {
    for (const name of ['a', 'b', 'c', 'd']) emu.seedConnection({ name })
    const body = (await flow('GET', '/connections')).body as { items: unknown[]; _links?: { next?: { href: string } } }
    expect(body.items).toHaveLength(3)
    expect(body._links?.next?.href).toMatch(/^\/connections\?continuationToken=.+==$/)
  })
})

describe('explore', () => {
  it('lists root objects for good Oracle credentials (URL or bare host) and rejects bad ones', async () => {
    const { id } = await create('good')
    const good = await flow('GET', `/connections/${id}/explore?objectType=root`)
    expect(good.status).toBe(200)
    expect(good.body).toContainEqual({
      type: 'table',
      name: 'Incidents',
      path: 'incidents',
      canPreview: true,
      canFetchSchema: true
    })

    const bare = await flow('POST', '/connections', createBody('bare', { ...DEMO_ORACLE, host: 'acme.custhelp.com' }))
    expect((await flow('GET', `/connections/${(bare.body as { id: string }).id}/explore?objectType=root`)).status).toBe(
      200
    )

    const wrong = await flow(
      'POST',
      '/connections',
      createBody('bad', { ...DEMO_ORACLE, password: `${DEMO_ORACLE.password} ` })
    )
    const bad = await flow('GET', `/connections/${(wrong.body as { id: string }).id}/explore?objectType=root`)
    expect(bad.status).toBe(400)
    expect(flowCode(bad)).toBe('FLOW-1100-400')
    expect((bad.body as { errorMessage: string }).errorMessage).toContain('401 Unauthorized')
  })
})

describe('explore tables (tabular.md)', () => {
  const explore = (id: string, query: string): Promise<Answer> => flow('GET', `/connections/${id}/explore?${query}`)
  const detail = (answer: Answer): string =>
    (answer.body as { report: { 'detailed-message': string } }).report['detailed-message']

  it('lists every table by display name and path; two tables share a name', async () => {
    const { id } = await create('good')
    const root = await explore(id, 'objectType=root')
    expect(root.body).toEqual(
      ORACLE_TABLES.map(t => ({ type: 'table', name: t.name, path: t.path, canPreview: true, canFetchSchema: true }))
    )
    const tables = root.body as { name: string; path: string }[]
    expect(tables.filter(t => t.name === 'Incidents').map(t => t.path)).toEqual(['incidents', 'archived_incidents'])
    expect(tables.filter(t => t.name !== t.path).length).toBeGreaterThan(0)
    // The root is the default objectType, in any case.
    expect((await flow('GET', `/connections/${id}/explore`)).body).toEqual(root.body)
    expect((await explore(id, 'objectType=ROOT')).body).toEqual(root.body)
  })

  it('describes a table named by its path: flat format, columns with their XDM types', async () => {
    const { id } = await create('good')
    const answer = await explore(id, 'objectType=table&object=incidents')
    expect(answer.status).toBe(200)
    const incidents = ORACLE_TABLES.find(t => t.path === 'incidents') as SourceTable
    expect(answer.body).toEqual({ format: 'flat', schema: { columns: incidents.columns } })
    const columns = (answer.body as { schema: { columns: unknown[] } }).schema.columns
    expect(columns).toContainEqual({ name: 'subject', type: 'string', xdm: { type: 'string' } })
    expect(columns).toContainEqual({
      name: 'updated',
      type: 'string',
      'meta:xdmType': 'date-time',
      xdm: { type: 'string', format: 'date-time' }
    })
    // Two tables of one name are told apart by path.
    const archived = (await explore(id, 'objectType=table&object=archived_incidents')).body as {
      schema: { columns: { name: string }[] }
    }
    expect(archived.schema.columns.map(c => c.name)).toContain('closed')
  })

  it('refuses an unknown path (1330), a display name, a missing or empty object (1359, 1337) and other objectTypes (1358)', async () => {
    const { id } = await create('good')
    const unknown = await explore(id, 'objectType=table&object=Account')
    expect(unknown.status).toBe(400)
    expect(flowCode(unknown)).toBe('FLOW-1330-400')
    expect(detail(unknown)).toBe(
      'No columns were found for table Account. Please provide a valid table name and try again.'
    )
    expect(flowCode(await explore(id, 'objectType=table&object=Incidents'))).toBe('FLOW-1330-400')
    const missing = await explore(id, 'objectType=table')
    expect(flowCode(missing)).toBe('FLOW-1359-400')
    expect(detail(missing)).toBe(
      'The param object is missing in the request. Please provide a valid object and try again.'
    )
    const empty = await explore(id, 'objectType=table&object=')
    expect(flowCode(empty)).toBe('FLOW-1337-400')
    expect(detail(empty)).toBe(
      'The object cannot be empty for objectType=table. Please provide valid object and try again.'
    )
    expect(flowCode(await explore(id, 'objectType=file&object=incidents'))).toBe('FLOW-1358-400')
  })

  it('still refuses rejected credentials when describing a table', async () => {
    const wrong = await flow('POST', '/connections', createBody('bad', { ...DEMO_ORACLE, password: 'nope' }))
    const answer = await explore((wrong.body as { id: string }).id, 'objectType=table&object=incidents')
    expect(answer.status).toBe(400)
    expect(flowCode(answer)).toBe('FLOW-1100-400')
    expect((answer.body as { errorMessage: string }).errorMessage).toContain('401 Unauthorized')
  })

  it('serves the tables a test seeds (option tables)', async () => {
    const seeded: SourceTable[] = [
      { name: 'Leads', path: 'crm.leads', columns: [{ name: 'lead_id', type: 'string', xdm: { type: 'string' } }] },
      { name: 'Leads', path: 'crm.old_leads', columns: [], canPreview: false }
    ]
    const other = await startEmulator({ tables: seeded })
    try {
      const headers = { ...platformHeaders(), authorization: `Bearer ${other.issueToken()}` }
      const get = async (p: string): Promise<unknown> =>
        (await fetch(`${other.url}${FLOW}${p}`, { headers: headers as Record<string, string> })).json()
      const base = other.seedConnection({ name: 'Oracle' }).id
      expect(await get(`/connections/${base}/explore?objectType=root`)).toEqual([
        { type: 'table', name: 'Leads', path: 'crm.leads', canPreview: true, canFetchSchema: true },
        { type: 'table', name: 'Leads', path: 'crm.old_leads', canPreview: false, canFetchSchema: true }
      ])
      expect(await get(`/connections/${base}/explore?objectType=table&object=crm.leads`)).toEqual({
        format: 'flat',
        schema: { columns: seeded[0]?.columns }
      })
    } finally {
      await other.close()
    }
  })
})

describe('faults', () => {
  it('answers with a status fault once, then normally', async () => {
    emu.fault({
      method: 'get',
      path: '/connections',
      action: {
        status: 429,
        headers: { 'retry-after': '1' },
        body: { error_code: '429001', message: 'Too many requests' }
      }
    })
    const limited = await flow('GET', '/connections')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.body).toEqual({ error_code: '429001', message: 'Too many requests' })
    expect((await flow('GET', '/connections')).status).toBe(200)
    expect(emu.requests).toHaveLength(2)
  })

  it('resets the connection, or hangs, without processing', async () => {
    emu.fault({ path: '/connections', action: { reset: true } })
    await expect(flow('POST', '/connections', createBody('x'))).rejects.toThrow()
    emu.fault({ method: 'POST', path: /\/connections$/, action: { hang: true } })
    const hung = flow('POST', '/connections', createBody('y'))
    hung.catch(() => undefined) // settles only when the emulator closes
    expect((await flow('GET', '/connections')).status).toBe(200) // only the POST hangs
    while (emu.requests.length < 3) await new Promise(resolve => setTimeout(resolve, 5))
    expect(emu.connections()).toHaveLength(0)
    expect(emu.requests.map(r => r.method).sort()).toEqual(['GET', 'POST', 'POST'])
  })

  it('times out a hung request on the client side', async () => {
    emu.fault({ method: 'GET', action: { hang: true } })
    await expect(
      call('GET', `${FLOW}/connections`, { headers: platformHeaders(), signal: AbortSignal.timeout(100) })
    ).rejects.toThrow()
    expect(emu.requests).toHaveLength(1)
  })

  it('delays, then processes normally', async () => {
    emu.fault({ method: 'POST', path: '/connections', action: { delayMs: 120 } })
    const started = Date.now()
    expect((await flow('POST', '/connections', createBody('slow'))).status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
    expect(emu.connections()).toHaveLength(1)
  })

  it('answers malformed JSON without processing', async () => {
    emu.fault({ method: 'POST', path: '/connections', action: { malformed: true } })
    const answer = await flow('POST', '/connections', createBody('x'))
    expect(answer.status).toBe(201)
    expect(answer.body).toBeUndefined()
    expect(emu.connections()).toHaveLength(0)
  })

  it('with commit, processes the request and loses the answer', async () => {
    emu.fault({ method: 'POST', path: '/connections', action: { status: 503, commit: true } })
    expect((await flow('POST', '/connections', createBody('lost answer'))).status).toBe(503)
    expect(emu.connections().map(c => c.name)).toEqual(['lost answer'])

    emu.fault({ method: 'POST', path: '/connections', action: { reset: true, commit: true } })
    await expect(flow('POST', '/connections', createBody('reset after create'))).rejects.toThrow()
    emu.fault({ method: 'POST', path: '/connections', action: { malformed: true, commit: true } })
    expect((await flow('POST', '/connections', createBody('garbled'))).body).toBeUndefined()
    expect(emu.connections().map(c => c.name)).toEqual(['lost answer', 'reset after create', 'garbled'])
  })

  it('applies a rule as many times as asked, and faults IMS too', async () => {
    emu.fault({ path: '/ims/token/v3', times: 2, action: { status: 500 } })
    expect((await tokenRequest(goodTokenForm)).status).toBe(500)
    expect((await tokenRequest(goodTokenForm)).status).toBe(500)
    expect((await tokenRequest(goodTokenForm)).status).toBe(200)
    emu.fault({ method: 'GET', times: Infinity, action: { status: 502 } })
    expect((await flow('GET', '/connections')).status).toBe(502)
    expect((await flow('GET', '/connections')).status).toBe(502)
    emu.clearFaults()
    expect((await flow('GET', '/connections')).status).toBe(200)
  })
})

describe('request recording', () => {
  it('records method, path, raw URL, decoded query, headers and body', async () => {
    await flow('GET', `/connections?property=name%3D%3DBase+connection&property=connectionSpec.id==${OSC}`)
    await create('recorded')
    const [list, post] = emu.requests
    expect(list).toMatchObject({
      method: 'GET',
      path: `${FLOW}/connections`,
      rawUrl: `${FLOW}/connections?property=name%3D%3DBase+connection&property=connectionSpec.id==${OSC}`,
      query: { property: ['name==Base connection', `connectionSpec.id==${OSC}`] }
    })
    expect(list?.headers['x-api-key']).toBe(DEMO_CLIENT.clientId)
    expect(post?.json).toEqual(createBody('recorded'))
    expect(typeof post?.at).toBe('number')
  })
})

describe('TLS and the proxy', () => {
  it('tunnels CONNECT platform.adobe.io:443 to the TLS emulator', async () => {
    const dir = path.join(PROJECT_ROOT, 'harness', 'tls')
    const ca = readFileSync(path.join(dir, 'ca.pem'))
    const secure = await startEmulator({
      tls: { key: readFileSync(path.join(dir, 'server-key.pem')), cert: readFileSync(path.join(dir, 'server.pem')) }
    })
    const proxy = await startProxy({ host: '127.0.0.1', port: secure.port })
    try {
      expect(secure.url).toBe(`https://127.0.0.1:${secure.port}`)
      const socket = await new Promise<Socket>((resolve, reject) => {
        const req = http.request({
          host: '127.0.0.1',
          port: Number(new URL(proxy.url).port),
          method: 'CONNECT',
          path: 'platform.adobe.io:443'
        })
        req.on('connect', (res, s) =>
          res.statusCode === 200 ? resolve(s) : reject(new Error(`CONNECT ${res.statusCode}`))
        )
        req.on('error', reject)
        req.end()
      })
      const secured = tls.connect({ socket, servername: 'platform.adobe.io', ca })
      await new Promise<void>((resolve, reject) => secured.once('secureConnect', resolve).once('error', reject))
      secured.write('GET /ims/token/v3 HTTP/1.1\r\nHost: platform.adobe.io\r\nConnection: close\r\n\r\n')
      const raw = await new Promise<string>(resolve => {
        let text = ''
        secured
          .setEncoding('utf8')
          .on('data', (d: string) => (text += d))
          .on('end', () => resolve(text))
      })
      expect(raw).toMatch(/^HTTP\/1\.1 405/)
      expect(proxy.connects).toEqual(['platform.adobe.io:443'])
      expect(secure.requests[0]?.path).toBe('/ims/token/v3')
    } finally {
      await proxy.close()
      await secure.close()
    }
  })
})

describe('run-action helpers', () => {
  it('parses file commands in both forms', () => {
    const text = [
      'base-connection-id<<ghadelimiter_1f2e',
      '4267c2ab-2104-474f-a7c2-ab2104d74f86',
      'ghadelimiter_1f2e',
      'etag<<ghadelimiter_9a8b',
      '"0200f1c5-0000-0200-0000-5e4352bf0000"',
      'ghadelimiter_9a8b',
      'multi<<EOF',
      'line 1',
      'line=2',
      'EOF',
      'created=true',
      ''
    ].join('\n')
    expect(parseFileCommands(text)).toEqual({
      'base-connection-id': '4267c2ab-2104-474f-a7c2-ab2104d74f86',
      etag: '"0200f1c5-0000-0200-0000-5e4352bf0000"',
      multi: 'line 1\nline=2',
      created: 'true'
    })
    expect(parseFileCommands('')).toEqual({})
    expect(() => parseFileCommands('x<<END\nno end')).toThrow(/no closing delimiter/)
  })

  it('names input variables as the runner does', () => {
    expect(inputVariable('client-id')).toBe('INPUT_CLIENT-ID')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('runs the bundle with RUNNER_NODE when set, and refuses one that does not exist', () => {
    const saved = process.env['RUNNER_NODE']
    try {
      process.env['RUNNER_NODE'] = process.execPath
      expect(runnerNode()).toEqual({ path: process.execPath, source: 'RUNNER_NODE' })
      process.env['RUNNER_NODE'] = path.join(PROJECT_ROOT, 'no-such-node')
      expect(() => runnerNode()).toThrow(/RUNNER_NODE=.*no-such-node: no such file/)
    } finally {
      if (saved === undefined) delete process.env['RUNNER_NODE']
      else process.env['RUNNER_NODE'] = saved
    }
  })
})
