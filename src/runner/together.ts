// Requests that go out at once, and end together: a failure counts only once every sibling has
// ended, so that none is cut off mid-request (a POST cut off is a lost answer; a look-up cut off
// would be retried and reported as a network fault) when the step then closes its connections.

/** Like Promise.all, but waits for every promise; then throws the first failure in argument order. */
export async function together<T extends readonly unknown[]>(
  ...promises: { readonly [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const results = await Promise.allSettled(promises)
  const failed = results.find(result => result.status === 'rejected')
  if (failed !== undefined) throw failed.reason
  return results.map(result => (result as PromiseFulfilledResult<unknown>).value) as unknown as T
}
