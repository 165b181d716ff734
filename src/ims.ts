// Access tokens: from Adobe IMS with OAuth Server-to-Server client credentials, or given ready.
import { Http, HttpResponse, MalformedAnswerError, readJsonObject } from './http.js'
import { maskSecret } from './secrets.js'

export interface TokenSource {
  token(): Promise<string>
  /** A new token after Adobe rejected the current one; undefined when none can be had. */
  refresh(): Promise<string | undefined>
}

export class StaticTokenSource implements TokenSource {
  constructor(private readonly accessToken: string) {}
  async token(): Promise<string> {
    return this.accessToken
  }
  async refresh(): Promise<undefined> {
    return undefined
  }
}

export class ImsTokenSource implements TokenSource {
  private current: Promise<string> | undefined

  constructor(
    private readonly http: Http,
    private readonly imsUrl: string,
    private readonly client: { readonly clientId: string; readonly clientSecret: string; readonly scopes: string }
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
    return this.http.send(
      {
        operation: 'get an access token from Adobe IMS',
        method: 'POST',
        url: `${this.imsUrl}/ims/token/v3`,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body
      },
      readToken
    )
  }
}

function readToken(response: HttpResponse): string {
  const token = readJsonObject(response).access_token
  if (typeof token !== 'string' || token === '') throw new MalformedAnswerError('no access_token')
  maskSecret(token, 'The access token from Adobe IMS') // the moment it arrives
  return token
}
