import { describe, expect, it } from '@jest/globals'

import { redactConnectionRequest } from '../../src/base-connection/describe.js'
import { buildConnectionRequest } from '../../src/base-connection/plan.js'
import { config } from '../fixtures/config.js'

describe('buildConnectionRequest', () => {
  it('builds the documented body and leaves out an empty description', () => {
    expect(JSON.stringify(buildConnectionRequest(config()))).toBe(
      JSON.stringify({
        name: 'Oracle, EU',
        auth: {
          specName: 'Basic Authentication',
          params: { host: 'https://acme.custhelp.com', username: 'aep-sync', password: 'p@ss "word"' }
        },
        connectionSpec: { id: 'ba5126ec-c9ac-11eb-b8bc-0242ac130003', version: '1.0' }
      })
    )
  })

  it('carries the description and merges auth-params after host, username and password', () => {
    const request = buildConnectionRequest(
      config({ description: 'EU instance', authParams: { siteId: 's-1', port: 443 } })
    )
    expect(request).toEqual({
      name: 'Oracle, EU',
      description: 'EU instance',
      auth: {
        specName: 'Basic Authentication',
        params: {
          host: 'https://acme.custhelp.com',
          username: 'aep-sync',
          password: 'p@ss "word"',
          siteId: 's-1',
          port: 443
        }
      },
      connectionSpec: { id: 'ba5126ec-c9ac-11eb-b8bc-0242ac130003', version: '1.0' }
    })
  })
})

describe('redactConnectionRequest', () => {
  it('hides the password and every auth-params value, keeping host and username', () => {
    const request = buildConnectionRequest(config({ authParams: { siteId: 's-1', port: 443 } }))
    expect(redactConnectionRequest(request).auth.params).toEqual({
      host: 'https://acme.custhelp.com',
      username: 'aep-sync',
      password: '***',
      siteId: '***',
      port: '***'
    })
    expect(request.auth.params.password).toBe('p@ss "word"')
  })
})
