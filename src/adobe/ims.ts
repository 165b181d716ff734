// Access tokens: from Adobe IMS with OAuth Server-to-Server client credentials, or given ready.
import { HttpResponse, Transport } from '../http/transport.js'
import { maskSecret } from '../runner/secrets.js'
import { notDocumented, readJsonObject, sendToAdobe, Wording } from './errors.js'

/** IMS's OAuth Server-to-Server token endpoint, under the IMS base URL. */
export const IMS_TOKEN_PATH = '/ims/token/v3'

export interface TokenSource {
  /** Where the tokens come from: IMS with client credentials, or a token given ready. */
  readonly credentials: 'client' | 'token'
  token(): Promise<string>
  /** A new token after Adobe rejected the current one; undefined when none can be had. */
  refresh(): Promise<string | undefined>
}

export class StaticTokenSource implements TokenSource {
  readonly credentials = 'token'
  constructor(private readonly accessToken: string) {}
  token(): Promise<string> {
    return Promise.resolve(this.accessToken)
  }
  refresh(): Promise<undefined> {
    return Promise.resolve(undefined)
  }
}

export interface ClientCredentials {
  readonly clientId: string
  readonly clientSecret: string
  readonly scopes: string
}

export class ImsTokenSource implements TokenSource {
  readonly credentials = 'client'
  private current: Promise<string> | undefined

  constructor(
    private readonly transport: Transport,
    private readonly imsUrl: string,
    private readonly client: ClientCredentials,
    private readonly wording?: Wording
  ) {}

  token(): Promise<string> {
    this.current ??= this.fetchToken()
    return this.current
  }

  refresh(): Promise<string> {
    this.current = this.fetchToken()
    return this.current
  }

  private fetchToken(): Promise<string> {
    // Secrets go in the form body, never in the URL.
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.client.clientId,
      client_secret: this.client.clientSecret,
      scope: this.client.scopes
    }).toString()
    return sendToAdobe(
      this.transport,
      {
        operation: 'get an access token from Adobe IMS',
        method: 'POST',
        url: `${this.imsUrl}${IMS_TOKEN_PATH}`,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body
      },
      { read: readToken },
      { service: 'ims', wording: this.wording }
    )
  }
}

function readToken(response: HttpResponse): string {
  const token = readJsonObject(response).access_token
  if (typeof token !== 'string' || token === '') throw notDocumented('no access_token')
  maskSecret(token, 'The access token from Adobe IMS') // the moment it arrives
  return token
}
