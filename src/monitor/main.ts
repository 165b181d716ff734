// The monitor's main step: inputs → clients → watch (reads only) → outputs and summary → the
// verdict. The step fails only after the outputs and the summary are written, so that a red
// scheduled run still carries its report.
import { connect } from '../adobe/connect.js'
import { ActionError } from '../runner/errors.js'
import { log } from '../runner/log.js'
import { setOutputs, writeSummary } from '../runner/report.js'
import { runMainStep } from '../runner/step.js'
import { failsOn } from './assess.js'
import { assess, failureOf, logLines, outputsOf, summaryOf } from './describe.js'
import { readMonitorConfig } from './inputs.js'
import { connectionsFor, watch } from './watch.js'
import { wording } from './wording.js'

export function run(): Promise<void> {
  return runMainStep(async cancellation => {
    const now = Date.now()
    const config = readMonitorConfig(now)
    const clients = connect(config, { wording, ...cancellation, connections: connectionsFor(config.dataflows.length) })
    try {
      const window = { since: config.since, now }
      const assessed = assess(await watch(clients, config), window, config)
      for (const line of logLines(assessed)) log.info(line)
      setOutputs(outputsOf(assessed, config.failOn))
      await writeSummary(summaryOf(assessed, window, config.failOn))
      if (
        failsOn(
          assessed.flatMap(a => a.findings),
          config.failOn
        )
      ) {
        throw new ActionError(failureOf(assessed, config.failOn))
      }
    } finally {
      clients.close()
    }
  })
}
