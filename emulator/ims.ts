// Adobe IMS OAuth Server-to-Server token endpoint: POST /ims/token/v3, form-encoded
// grant_type=client_credentials, client_id, client_secret, scope.
import type { RequestContext } from './context.js'
import { type EmuResponse, imsError, json } from './errors.js'
import type { Store } from './store.js'
import type { EmulatorClient } from './types.js'

export const IMS_TOKEN_PATH = '/ims/token/v3'

export interface ImsConfig {
  clients: readonly EmulatorClient[]
  tokenLifetimeSeconds: number
}

export function handleIms(ctx: RequestContext, store: Store, config: ImsConfig): EmuResponse {
  if (ctx.method !== 'POST') {
    return imsError('invalid_request', `method ${ctx.method} is not supported; use POST`, 405)
  }
  // IMS itself accepts query parameters, but secrets there end up in proxy and server logs: the
  // emulator refuses them so tests prove the action keeps them in the body.
  const inQuery = ctx.query.map(p => p.name).filter(n => n === 'client_secret' || n === 'client_id')
  if (inQuery.length > 0) {
    return imsError(
      'invalid_request',
      `${inQuery.join(' and ')} must be sent in the request body, not in the query string`
    )
  }
  const contentType = ctx.headers['content-type'] ?? ''
  if (!contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return imsError('invalid_request', 'the request body must be application/x-www-form-urlencoded')
  }
  const form = new URLSearchParams(ctx.body)
  const field = (name: string): string | undefined => {
    const value = form.get(name)
    return value === null || value === '' ? undefined : value
  }

  const grantType = field('grant_type')
  if (!grantType) return imsError('invalid_request', 'missing grant_type parameter')
  if (grantType !== 'client_credentials')
    return imsError('unsupported_grant_type', `unsupported grant_type ${grantType}`)

  const clientId = field('client_id')
  if (!clientId) return imsError('invalid_request', 'missing client_id parameter')
  const client = config.clients.find(c => c.clientId === clientId)
  if (!client) return imsError('invalid_client', 'invalid client_id parameter')

  const clientSecret = field('client_secret')
  if (!clientSecret) return imsError('invalid_request', 'missing client_secret parameter')
  if (clientSecret !== client.clientSecret) return imsError('invalid_client', 'invalid client_secret parameter')

  const scope = field('scope')
  if (!scope) return imsError('invalid_request', 'missing scope parameter')
  if (client.scopes) {
    const allowed = new Set(client.scopes)
    const denied = scope
      .split(',')
      .map(s => s.trim())
      .filter(s => !allowed.has(s))
    if (denied.length > 0) return imsError('invalid_scope', `invalid scope (${denied.join(',')})`)
  }

  const accessToken = store.issueToken(client.clientId, client.orgId, config.tokenLifetimeSeconds)
  return json(
    200,
    { access_token: accessToken, token_type: 'bearer', expires_in: config.tokenLifetimeSeconds },
    { 'content-type': 'application/json;charset=utf-8', 'cache-control': 'no-store' }
  )
}
