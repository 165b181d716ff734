// The Adobe-access inputs' names and defaults, the same in every action.yml. Constants only: a
// bundle's entry reads them without loading anything else.

/** The Adobe-access inputs, by the names messages and hints quote. */
export const ACCESS_INPUT = {
  clientId: 'client-id',
  clientSecret: 'client-secret',
  scopes: 'scopes',
  accessToken: 'access-token',
  apiKey: 'api-key',
  orgId: 'org-id',
  sandboxName: 'sandbox-name',
  platformUrl: 'platform-url',
  imsUrl: 'ims-url',
  timeoutSeconds: 'timeout-seconds',
  maxAttempts: 'max-attempts'
} as const

/** Their defaults, as every action.yml declares them (a test keeps them equal). */
export const ACCESS_DEFAULTS: Readonly<Record<string, string>> = {
  [ACCESS_INPUT.scopes]: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
  [ACCESS_INPUT.sandboxName]: 'prod',
  [ACCESS_INPUT.platformUrl]: 'https://platform.adobe.io',
  [ACCESS_INPUT.imsUrl]: 'https://ims-na1.adobelogin.com',
  [ACCESS_INPUT.timeoutSeconds]: '30',
  [ACCESS_INPUT.maxAttempts]: '5'
}
