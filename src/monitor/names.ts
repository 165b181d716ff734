// Names of the monitor action (monitor/action.yml): its inputs and outputs.
import { ACCESS_INPUT } from '../access/names.js'

/** The monitor's inputs (monitor/action.yml), by the names messages quote. */
export const MONITOR_INPUT = {
  clientId: ACCESS_INPUT.clientId,
  clientSecret: ACCESS_INPUT.clientSecret,
  scopes: ACCESS_INPUT.scopes,
  accessToken: ACCESS_INPUT.accessToken,
  apiKey: ACCESS_INPUT.apiKey,
  orgId: ACCESS_INPUT.orgId,
  sandboxName: ACCESS_INPUT.sandboxName,
  dataflows: 'dataflows',
  since: 'since',
  failOn: 'fail-on',
  checkConnection: 'check-connection',
  expectRuns: 'expect-runs',
  platformUrl: ACCESS_INPUT.platformUrl,
  imsUrl: ACCESS_INPUT.imsUrl,
  timeoutSeconds: ACCESS_INPUT.timeoutSeconds,
  maxAttempts: ACCESS_INPUT.maxAttempts
} as const

/** The monitor's outputs (monitor/action.yml). */
export const MONITOR_OUTPUT = {
  status: 'status',
  failedRuns: 'failed-runs',
  report: 'report'
} as const
