// Lists in messages: ids and names come from Adobe's answers, which may hold thousands of them.

/** How many items a message lists before it only counts the rest. */
export const MAX_LISTED = 10

export interface ListOptions {
  /** "a, b and c" rather than "a, b, c". */
  readonly and?: boolean
  /** How each listed item is shown (only those are). */
  readonly show?: (item: string) => string
}

/** "a, b, c" (or "a, b and c"), and past MAX_LISTED items "a, b, …, j and 15 more". */
export function listed(items: readonly string[], { and = false, show = item => item }: ListOptions = {}): string {
  const shown = items.slice(0, MAX_LISTED).map(show)
  const more = items.length - shown.length
  if (more > 0) return `${shown.join(', ')} and ${more} more`
  if (!and || shown.length < 2) return shown.join(', ')
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`
}
