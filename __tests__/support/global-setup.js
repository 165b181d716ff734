// Jest globalSetup: says once per run which Node the end-to-end tests run dist/ with. Plain
// JavaScript because Jest loads this file without its transform; tsx loads the TypeScript.
import { tsImport } from 'tsx/esm/api'

export default async function globalSetup() {
  const { describeRunnerNode } = await tsImport('../../harness/run-action.ts', import.meta.url)
  console.log(`\nEnd-to-end tests run dist/ with ${describeRunnerNode()}`)
}
