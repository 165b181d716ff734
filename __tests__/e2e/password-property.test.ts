// Property: whatever the password, Flow Service receives it byte for byte (never trimmed, never
// re-encoded). Run through the bundle, as the runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { Emulator, startEmulator } from '../../emulator/server.js'
import { runAction } from '../../harness/run-action.js'
import { creates, validInputs } from '../support/e2e.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.close())

// Environment variables cannot hold NUL, so neither can an input; every other code point can.
const password = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
    fc.string({
      unit: fc.constantFrom(' ', '\t', '\n', '\r', '"', '\\', '%', '%0A', '::', '$', '&', '=', '+', 'é', '€', '😀'),
      minLength: 1
    })
  )
  .filter(value => !value.includes('\0'))

describe('password', () => {
  it('arrives in the create request exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(password, async value => {
        emulator.reset()
        const run = await runAction({ inputs: validInputs(emulator, { password: value, 'if-exists': 'create' }) })
        expect(run.code).toBe(0)
        const [create] = creates(emulator)
        const sent = (create?.json as { auth: { params: { password: string } } }).auth.params.password
        expect(Buffer.from(sent, 'utf8').equals(Buffer.from(value, 'utf8'))).toBe(true)
      }),
      { numRuns: 40 }
    )
  }, 120_000)
})
