// The base connection action's main step: its inputs, then (once they are good) the rest of the
// step, loaded only then: a step that fails on its inputs starts and ends nearly as fast as Node.
import { runMainStep } from '../runner/step.js'
import { readConfig } from './inputs.js'

export function run(): Promise<void> {
  return runMainStep(async cancellation => {
    const config = readConfig()
    await (await import('./provision.js')).provision(config, cancellation)
  })
}
