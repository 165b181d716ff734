// Reading what exists by name, when other runs may be settling at this very moment: each of them
// deletes its losing object within a round trip, so two objects of one name are read again, a
// second apart, before they count as real duplicates.
import { POLL_MS } from './create.js'

/** How many times duplicates are read again before they count. */
export const DUPLICATE_RECHECKS = 3

/** Reads, and reads again while `hasDuplicates` says the answer may be runs settling. */
export async function readSettled<T>(
  read: () => Promise<T>,
  hasDuplicates: (found: T) => boolean,
  sleep: (ms: number) => Promise<void>
): Promise<T> {
  let found = await read()
  for (let check = 0; check < DUPLICATE_RECHECKS && hasDuplicates(found); check++) {
    await sleep(POLL_MS)
    found = await read()
  }
  return found
}
