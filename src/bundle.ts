// One bundle for every action of the repository, so that what they share (@actions/core, its HTTP
// client, the kernel) is shipped once. Each action.yml's `main` is a two-line file the build writes
// (dist/index.js, dist/dataflow/index.js, dist/monitor/index.js) that loads this bundle and names
// its action; only that action's chunks are then loaded.
export type ActionName = 'base-connection' | 'dataflow' | 'monitor'

export async function run(action: ActionName): Promise<void> {
  // Each action's index runs its step when it loads.
  switch (action) {
    case 'base-connection':
      await import('./base-connection/index.js')
      return
    case 'dataflow':
      await import('./dataflow/index.js')
      return
    case 'monitor':
      await import('./monitor/index.js')
      return
  }
}
