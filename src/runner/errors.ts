/** An expected failure: its message is the whole story, so no stack trace is shown. */
export class ActionError extends Error {
  override name = 'ActionError'
}
