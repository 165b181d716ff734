// The dataflow action's one bundle for both steps (dataflow/action.yml's `main` and `post`), told
// apart by the state the main step writes first; a post step with nothing to delete loads nothing.
import { DATAFLOW_STATE } from './constants.js'

const state = (key: string): string => process.env[`STATE_${key}`] ?? ''

if (state(DATAFLOW_STATE.isPost) !== 'true') {
  const { run } = await import('./main.js')
  await run()
} else if (state(DATAFLOW_STATE.createdChain) !== '' || state(DATAFLOW_STATE.pendingChain) !== '') {
  const { runPost } = await import('./post.js')
  await runPost()
}
