// What the code under test writes to stdout (@actions/core's commands and log lines), kept out of
// the test output.
import { afterEach, beforeEach, jest } from '@jest/globals'

/** The writes of each test, in order (emptied before each); call at the top of a test file. */
export function captureStdout(): string[] {
  const writes: string[] = []
  beforeEach(() => {
    writes.length = 0
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => writes.push(String(chunk)) > 0)
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })
  return writes
}
