// One bundle for both steps (action.yml's `main` and `post`). The main step marks the job's state
// first thing, so the post step is told apart by it, and the post step reads its state before it
// loads anything: with nothing to delete it ends at once, as cheap as a bare Node start.
import { NOTHING_TO_DELETE, STATE } from './constants.js'

const state = (key: string): string => process.env[`STATE_${key}`] ?? ''

if (state(STATE.isPost) !== 'true') {
  const { run } = await import('./main.js')
  await run()
} else if (state(STATE.createdConnectionId) === '' && state(STATE.pendingCreate) === '') {
  // The runner's debug command, written directly: @actions/core is not worth loading for it.
  process.stdout.write(`::debug::${NOTHING_TO_DELETE}\n`)
} else {
  const { runPost } = await import('./post.js')
  await runPost()
}
