// What a run does with the objects it found by name, as `if-exists` says, for every object that
// Flow Service finds by name (base connections, source and target connections, dataflows).

/** `if-exists`: reuse, update, fail, or (the base connection action only) create another. */
export type IfExists = 'reuse' | 'update' | 'fail' | 'create'

export type Decision<T> =
  | { readonly kind: 'create' }
  | { readonly kind: 'reuse' | 'update'; readonly match: T }
  | { readonly kind: 'fail'; readonly why: 'exists' | 'duplicates'; readonly matches: readonly T[] }

/**
 * Decides for an object found by name: none (or if-exists=create) makes a new one; two or
 * more are a mess a human must sort out, so nothing is created or changed; one is reused, updated,
 * or refused as if-exists says.
 */
export function decide<T>(ifExists: IfExists, matches: readonly T[] | undefined): Decision<T> {
  const [match, ...others] = matches ?? []
  if (ifExists === 'create' || match === undefined) return { kind: 'create' }
  if (others.length > 0) return { kind: 'fail', why: 'duplicates', matches: [match, ...others] }
  if (ifExists === 'fail') return { kind: 'fail', why: 'exists', matches: [match] }
  return { kind: ifExists, match }
}
