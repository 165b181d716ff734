// The dataflow action's bundle (dataflow/action.yml's `main` and `post`).
import { runEntry } from '../runner/entry.js'
import { DATAFLOW_STATE, NOTHING_TO_DELETE } from './names.js'

await runEntry({
  main: async () => (await import('./main.js')).run(),
  post: async () => (await import('./post.js')).runPost(),
  postStates: [DATAFLOW_STATE.createdChain, DATAFLOW_STATE.pendingChain],
  idle: NOTHING_TO_DELETE
})
