// The Experience Platform API gateway in front of Flow Service. Checks run in the order the
// troubleshooting guide lists them: token missing, token not valid, API key required, API key
// invalid, org header missing, profile not valid.
import type { RequestContext } from './context.js'
import { type EmuResponse, gatewayErrors } from './errors.js'
import type { Store } from './store.js'

export interface Caller {
  clientId: string
  orgId: string
}

export type GatewayResult = { ok: true; caller: Caller } | { ok: false; response: EmuResponse }

/** Who calls, and in which sandbox: everything past the gateway is kept per org and sandbox. */
export interface Scope {
  caller: Caller
  sandboxName: string
}

export interface SandboxErrors {
  missing: () => EmuResponse
  unknown: (name: string) => EmuResponse
}

/** The gateway's checks, then the `x-sandbox-name` header, answered in the service's own words. */
export function checkScope(
  ctx: RequestContext,
  store: Store,
  sandboxes: readonly string[],
  errors: SandboxErrors
): { ok: true; scope: Scope } | { ok: false; response: EmuResponse } {
  const gate = checkGateway(ctx, store)
  if (!gate.ok) return gate
  const sandboxName = ctx.headers['x-sandbox-name']
  if (sandboxName === undefined || sandboxName === '') return { ok: false, response: errors.missing() }
  if (!sandboxes.includes(sandboxName)) return { ok: false, response: errors.unknown(sandboxName) }
  return { ok: true, scope: { caller: gate.caller, sandboxName } }
}

export function checkGateway(ctx: RequestContext, store: Store): GatewayResult {
  const authorization = ctx.headers['authorization']
  if (authorization === undefined || authorization.trim() === '') {
    return { ok: false, response: gatewayErrors.tokenMissing() }
  }
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
  const token = bearer?.[1] ? store.validToken(bearer[1]) : undefined
  if (!token) return { ok: false, response: gatewayErrors.tokenInvalid() }

  const apiKey = ctx.headers['x-api-key']
  if (apiKey === undefined || apiKey === '') return { ok: false, response: gatewayErrors.apiKeyMissing() }
  if (apiKey !== token.clientId) return { ok: false, response: gatewayErrors.apiKeyInvalid() }

  const orgId = ctx.headers['x-gw-ims-org-id']
  if (orgId === undefined || orgId === '') return { ok: false, response: gatewayErrors.orgHeaderMissing() }
  if (orgId !== token.orgId) return { ok: false, response: gatewayErrors.profileInvalid() }

  return { ok: true, caller: { clientId: token.clientId, orgId: token.orgId } }
}
