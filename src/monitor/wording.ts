// Adobe's advice in the monitor's words: the shared inputs' sentences, and its own for what a
// monitor meets (a dataflow's base connection, not one of its inputs).
import { wordingWith } from '../access/hints.js'

export const wording = wordingWith({
  'unknown-connection-spec': `Flow Service does not offer the source of a watched dataflow's base connection to this organization any more.`
})
