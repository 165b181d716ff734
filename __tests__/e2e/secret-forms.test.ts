// The bundle against answers that echo a secret encoded: percent-encoded in either case,
// form-encoded, base64 and base64url (with and without padding, and inside an echoed Basic
// header), JSON-escaped and HTML-escaped. Each form is registered with ::add-mask:: and shown
// nowhere else: not in the ::error:: line, the debug log, stderr, the outputs or the summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { ActionRun, maskedValues, runAction } from '../../harness/run-action.js'
import { expectNoLeak, expectNotShown, validInputs } from '../support/e2e.js'

const CONNECTIONS = '/data/foundation/flowservice/connections'
const IMS = '/ims/token/v3'

/** The secret, with the characters HTML escapes; its base64 holds `+` and padding. */
const SECRET = `p8e-S3cr3t/with+chars==<&>"'~~?`

// Written out, not computed as the action computes them.
const FORMS: readonly (readonly [string, string])[] = [
  ['percent-encoded in lower-case hex', `p8e-S3cr3t%2fwith%2bchars%3d%3d%3c%26%3e%22'~~%3f`],
  ['percent-encoded in upper-case hex', `p8e-S3cr3t%2Fwith%2Bchars%3D%3D%3C%26%3E%22'~~%3F`],
  ['form-encoded in lower-case hex', 'p8e-S3cr3t%2fwith%2bchars%3d%3d%3c%26%3e%22%27%7e%7e%3f'],
  ['base64', 'cDhlLVMzY3IzdC93aXRoK2NoYXJzPT08Jj4iJ35+Pw=='],
  ['base64 without padding', 'cDhlLVMzY3IzdC93aXRoK2NoYXJzPT08Jj4iJ35+Pw'],
  ['base64url', 'cDhlLVMzY3IzdC93aXRoK2NoYXJzPT08Jj4iJ35-Pw=='],
  ['base64url without padding', 'cDhlLVMzY3IzdC93aXRoK2NoYXJzPT08Jj4iJ35-Pw'],
  ['JSON-escaped', `p8e-S3cr3t/with+chars==<&>\\"'~~?`],
  ['HTML-escaped with named entities', 'p8e-S3cr3t/with+chars==&lt;&amp;&gt;&quot;&#39;~~?'],
  ['HTML-escaped with numeric entities', 'p8e-S3cr3t/with+chars==&#60;&#38;&#62;&#34;&#39;~~?']
]

/** Where each secret input is echoed: the message of an error answer, and how the error line shows it. */
const ECHOES = {
  password: {
    path: CONNECTIONS,
    body: (text: string) => ({ error_code: '400', message: `rejected ${text} (bad)` }),
    shown: 'HTTP 400, code 400: rejected *** (bad)'
  },
  'client-secret': {
    path: IMS,
    body: (text: string) => ({ error: 'invalid_client', error_description: `unknown client_secret ${text} (bad)` }),
    shown: 'HTTP 400, code invalid_client: unknown client_secret *** (bad)'
  }
} as const

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

/** The ::error:: lines as the runner shows them: @actions/core's escapes of `%`, CR and LF undone. */
function errorLines(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/** Shown nowhere but in ::add-mask:: lines, also once the escapes of the commands' data are undone. */
function expectShownNowhere(run: ActionRun, text: string): void {
  expectNotShown(run, text)
  const unescaped = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .map(line => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n')
  expect({ text, shown: unescaped.includes(text) }).toEqual({ text, shown: false })
}

describe('a secret echoed encoded in an error answer', () => {
  it('the forms are all different, and none is the secret as it is', () => {
    const all = [SECRET, ...FORMS.map(([, form]) => form)]
    expect(new Set(all).size).toBe(all.length)
  })

  describe.each(Object.keys(ECHOES) as (keyof typeof ECHOES)[])('as %s', input => {
    const echo = ECHOES[input]
    it.each(FORMS)('%s is masked and shown nowhere', async (_, form) => {
      emulator.fault({ path: echo.path, action: { status: 400, body: echo.body(form) } })
      const run = await runAction({ inputs: validInputs(emulator, { [input]: SECRET }), env: { RUNNER_DEBUG: '1' } })
      expect(run.code).toBe(1)
      const [error, ...others] = errorLines(run)
      expect(others).toEqual([])
      expect(error).toContain(echo.shown)
      expect({ form, masked: maskedValues(run.stdout).includes(form) }).toEqual({ form, masked: true })
      expectShownNowhere(run, form)
      expectNoLeak(run, [SECRET])
    })
  })

  it('the password inside an echoed Basic header (base64 of user:password) is shown nowhere', async () => {
    // "aep-bot:" is 8 bytes: the password starts 2 bytes into a group of 3 of the base64 text.
    const header = Buffer.from(`aep-bot:${SECRET}`).toString('base64')
    expect(header).toBe('YWVwLWJvdDpwOGUtUzNjcjN0L3dpdGgrY2hhcnM9PTwmPiInfn4/')
    emulator.fault({
      path: CONNECTIONS,
      action: { status: 400, body: { error_code: '400', message: `sent Authorization: Basic ${header} (bad)` } }
    })
    const run = await runAction({
      inputs: validInputs(emulator, { username: 'aep-bot', password: SECRET }),
      env: { RUNNER_DEBUG: '1' }
    })
    expect(run.code).toBe(1)
    // Only the groups of 4 that also hold bits of "aep-bot:" are left: "aep-bot:p".
    expect(errorLines(run)[0]).toContain('sent Authorization: Basic YWVwLWJvdDpw*** (bad)')
    expectShownNowhere(run, header)
    expectNoLeak(run, [SECRET])
  })
})
