// The base connection action's bundle (action.yml's `main` and `post`).
import { runEntry } from '../runner/entry.js'
import { NOTHING_TO_DELETE } from './names.js'

await runEntry({
  main: async () => (await import('./main.js')).run(),
  post: async () => (await import('./post.js')).runPost(),
  idle: NOTHING_TO_DELETE
})
