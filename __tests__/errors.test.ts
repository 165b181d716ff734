import { describe, expect, it } from '@jest/globals'
import { AdobeApiError, parseAdobeError } from '../src/errors.js'

describe('parseAdobeError', () => {
  it("reads Flow Service's error body: code from the type, detailed message, request id from the report", () => {
    const body = JSON.stringify({
      type: 'http://ns.adobe.com/aep/errors/FLOW-1413-400',
      title: 'Invalid request',
      status: 400,
      report: { 'detailed-message': 'The provided spec id is invalid.', 'request-id': 'req-flow-1' },
      errorMessage: 'Invalid request'
    })
    expect(parseAdobeError('create the base connection', 400, body, 'req-header')).toEqual({
      operation: 'create the base connection',
      status: 400,
      code: '1413-400',
      adobeMessage: 'The provided spec id is invalid.',
      requestId: 'req-flow-1'
    })
  })

  it("reads the API gateway's body and takes the request id from the header", () => {
    const body = '{"error_code":"403025","message":"Profile is not valid"}'
    expect(parseAdobeError('look up existing base connections', 403, body, 'req-9')).toEqual({
      operation: 'look up existing base connections',
      status: 403,
      code: '403025',
      adobeMessage: 'Profile is not valid',
      requestId: 'req-9'
    })
  })

  it('reads a bare errorMessage body and IMS error bodies', () => {
    expect(parseAdobeError('x', 500, '{"errorMessage":"Something broke"}', undefined)).toMatchObject({
      code: undefined,
      adobeMessage: 'Something broke'
    })
    expect(
      parseAdobeError('get an access token from Adobe IMS', 400, '{"error":"invalid_client","error_description":"invalid client_secret parameter"}', undefined)
    ).toMatchObject({ code: 'invalid_client', adobeMessage: 'invalid client_secret parameter' })
  })

  it('survives a body that is not JSON, keeping only status and request id', () => {
    expect(parseAdobeError('x', 502, '<html>Bad Gateway</html>', 'r1')).toEqual({
      operation: 'x',
      status: 502,
      code: undefined,
      adobeMessage: undefined,
      requestId: 'r1'
    })
  })
})

describe('AdobeApiError', () => {
  it('says what failed, the status, code, message, request id and the next step', () => {
    const error = new AdobeApiError({
      operation: 'look up existing base connections',
      status: 403,
      code: '403025',
      adobeMessage: 'Profile is not valid',
      requestId: 'req-9'
    })
    expect(error.message).toBe(
      'Could not look up existing base connections: HTTP 403, code 403025: Profile is not valid (request id req-9)\n' +
        'Next step: the credential has no Experience Platform product profile in this organization, or "org-id" is not its organization. In Adobe Developer Console add the Experience Platform API with a product profile to the project, and check "org-id".'
    )
  })

  it.each([
    ['401013', 401, 'the access token was not accepted'],
    ['403003', 403, 'the API key was not accepted'],
    ['2101', 404, 'the sandbox does not exist'],
    ['1413-400', 400, 'does not offer this connection spec'],
    ['1415-400', 400, '"auth-spec-name" is not an authentication spec'],
    ['invalid_client', 400, 'Adobe IMS rejected the client credentials'],
    [undefined, 429, 'Adobe is throttling requests'],
    [undefined, 503, "Adobe's service failed"]
  ])('gives a hint for code %s (HTTP %i)', (code, status, hint) => {
    expect(new AdobeApiError({ operation: 'x', status, code }).hint).toContain(hint)
  })
})
