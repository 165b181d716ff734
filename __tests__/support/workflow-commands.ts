// Jest setupFilesAfterEnv. On a GitHub runner a line of the job's log that starts (after whitespace)
// with "::", or that holds "##[", is a workflow command and is obeyed: a fixture's ::add-mask:: or
// ::set-output:: printed by a test would act on the CI job. So what the code under test writes to
// stdout and stderr, and what a test logs, reaches the output with such lines neutralised. A test
// that spies on process.stdout.write (support/stdout.ts) replaces the guard while it runs and sees
// the raw text, as before. Not covered: the text of a failing assertion, which Jest's reporter
// prints from its own process (a failing toContain on captured stdout shows that stdout as it is);
// a red test run is read by a person, and CI fails on it anyway.

/** What goes before a line that would start a workflow command. */
const NEUTRALISED = '[not a command] '
/** Line breaks to the runner or to a log viewer. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/
/** Marks a stream as guarded: the guard stays for the process, and the next test file finds it. */
const GUARDED = Symbol.for('aep-tests.workflow-commands-guard')

/**
 * Neutralises the workflow commands in one stream's text, write by write: it remembers where the
 * last write ended, as a command may span writes.
 */
function commandNeutraliser(): (text: string) => string {
  let blankLine = true // the current line holds nothing but whitespace so far
  let tail = '' // the last two characters written, for a "##[" split across writes
  return text => {
    // "## [" is no command. The space goes in after the tail, so slicing the tail off is exact.
    const unhashed = (tail + text).replace(/##\[/g, '## [').slice(tail.length)
    tail = (tail + text).slice(-2)
    let out = ''
    for (const piece of unhashed.split(new RegExp(`(?<=${LINE_BREAK.source})`))) {
      // One colon is enough: the second may come in the next write. The indent stays in front.
      out += blankLine && /^\s*:/.test(piece) ? piece.replace(/^\s*/, indent => indent + NEUTRALISED) : piece
      blankLine = LINE_BREAK.test(piece.slice(-1)) || (blankLine && /^\s*$/.test(piece))
    }
    return out
  }
}

/** Passes the stream's writes through a neutraliser, once per process. */
function guard(stream: NodeJS.WriteStream): void {
  if (Reflect.has(stream, GUARDED)) return
  Object.defineProperty(stream, GUARDED, { value: true })
  const write = stream.write.bind(stream)
  const neutralise = commandNeutraliser()
  stream.write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean =>
    Reflect.apply(write, undefined, [
      neutralise(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()),
      ...rest
    ]) as boolean
}

guard(process.stdout)
guard(process.stderr)

// What a test logs: Jest keeps it, and once the file is done prints it indented (a runner trims the
// indent), from its own process when the file ran in a worker. So it is neutralised as Jest takes it;
// wrapping console.log instead would make Jest name the wrapper as the caller. (With --verbose there
// is no buffer: the console writes through the guarded stream.)
type Buffered = Console & { getBuffer?: () => { message: string }[] | undefined }
const getBuffer = (console as Buffered).getBuffer?.bind(console)
if (getBuffer !== undefined)
  (console as Buffered).getBuffer = () =>
    getBuffer()?.map(entry => ({ ...entry, message: commandNeutraliser()(entry.message) }))
