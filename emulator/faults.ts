// Fault injection: rules matched by method and pathname, each good for a number of requests.
import type { FaultAction, FaultRule } from './types.js'

interface ActiveRule {
  rule: FaultRule
  remaining: number
}

export class Faults {
  private rules: ActiveRule[] = []

  add(rule: FaultRule): void {
    const times = rule.times ?? 1
    if (!(times > 0)) throw new RangeError(`fault times must be positive, got ${times}`)
    this.rules.push({ rule, remaining: times })
  }

  clear(): void {
    this.rules = []
  }

  /** The first matching rule with uses left applies, and one use is spent. */
  take(method: string, pathname: string): FaultAction | undefined {
    const active = this.rules.find(r => r.remaining > 0 && matches(r.rule, method, pathname))
    if (!active) return undefined
    active.remaining -= 1
    return active.rule.action
  }
}

function matches(rule: FaultRule, method: string, pathname: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false
  const path = rule.path
  if (path === undefined) return true
  if (typeof path === 'string') return pathname === path || pathname.endsWith(path)
  path.lastIndex = 0 // a /g or /y RegExp keeps state between tests
  return path.test(pathname)
}

/** Whether the request is processed normally before (or instead of) the fault answer. */
export function commits(action: FaultAction): boolean {
  return 'commit' in action && action.commit === true
}
