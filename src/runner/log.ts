// The run's log. Texts from inputs and from Adobe's answers reach it, so nothing is written that the
// runner could take for a workflow command.
//
// The rule. The runner reads the step's output line by line (a line ends at LF, CR or CRLF) and
// takes for a command
//   - a line that starts, after leading white space, with `::` (`::add-mask::…`, `::save-state …`), and
//   - a line that holds `##[` anywhere (the legacy form, `##[set-output name=…]…`).
// @actions/core's warning(), error(), setFailed() and debug() write one such command themselves and
// escape `%`, CR and LF in its text, so that text stays inside the command. core.info() writes
// its text as it is. So `log.info(text)` writes exactly one line:
//   - every control character (C0 including TAB, CR and LF; DEL; C1 such as NEL; U+2028 and U+2029)
//     is shown as a visible escape: `\n`, `\r`, `\t`, `\u001b`…;
//   - `##[` is written `##\u005b`;
//   - a line whose start, after white space, is `::` has that first colon written `\u003a`.
// Every text is also redacted of registered secrets first (secrets.ts), as the runner would,
// so that a local run or a test shows no secret either. `log.warning` and `log.debug` keep line
// breaks (core escapes them) and show every other control character as an escape.
import * as core from '@actions/core'

import { redactSecrets } from './secrets.js'

/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g
/* eslint-enable no-control-regex */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Is there a control character (as `log.info` escapes them)? Its code point and 1-based position if so. */
export function findControlCharacter(
  text: string
): { readonly codePoint: string; readonly position: number } | undefined {
  CONTROL.lastIndex = 0
  const match = CONTROL.exec(text)
  if (match === null) return undefined
  return { codePoint: unicodeName(match[0]), position: [...text.slice(0, match.index)].length + 1 }
}

/** "U+000A". */
function unicodeName(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

function escape(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** The text with every control character shown as an escape (`\n`, `\u0085`), on one line. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, escape)
}

/** The text as one log line that the runner cannot take for a command (the rule above). */
export function safeLine(text: string): string {
  return neutralizeCommands(escapeControlCharacters(redactSecrets(text)))
}

/** The text as the data of a command of @actions/core: line breaks kept (core escapes them), other control characters escaped. */
function safeCommandData(text: string): string {
  return redactSecrets(text).replace(CONTROL_BUT_LF, escape)
}

function neutralizeCommands(line: string): string {
  return line.replace(/##\[/g, '##\\u005b').replace(/^(\s*):(?=:)/, '$1\\u003a')
}

/** The runner's log, as the clients, the executor and the entries use it. */
export const log = {
  /** Writes exactly one line (the rule above). */
  info: (message: string): void => core.info(safeLine(message)),
  debug: (message: string): void => core.debug(safeCommandData(message)),
  warning: (message: string): void => core.warning(safeCommandData(message)),
  /** Fails the step with this message (as `core.setFailed`, with the same care as `warning`). */
  failed: (message: string): void => core.setFailed(safeCommandData(message))
}
