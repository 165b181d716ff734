// The switch every action's index.ts makes: one bundle serves both steps of its action.yml (`main`
// and `post`), told apart by a state the main step saves first thing. A post step whose main step
// recorded nothing for it ends at once, loading nothing (not even @actions/core): as cheap as a
// bare Node start.
import { IS_POST_STATE, JOB_STATE } from './job-state.js'

export interface Entry {
  readonly main: () => Promise<void>
  readonly post: () => Promise<void>
  /** Said in the debug log by a post step with nothing to do. */
  readonly idle: string
}

/** A state the main step saved, as the runner passes it to the post step. */
function savedState(key: string): string {
  return process.env[`STATE_${key}`] ?? ''
}

/** Runs the main step, the post step, or (a post step with nothing to do) nothing at all. */
export async function runEntry(entry: Entry): Promise<void> {
  if (savedState(IS_POST_STATE) !== 'true') await entry.main()
  else if (savedState(JOB_STATE.created) !== '' || savedState(JOB_STATE.pending) !== '') await entry.post()
  // The runner's debug command, written directly: @actions/core is not worth loading for it.
  else process.stdout.write(`::debug::${entry.idle}\n`)
}
