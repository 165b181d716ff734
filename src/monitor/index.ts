// The monitor action's bundle (monitor/action.yml's `main`). It has no post step: it writes nothing.
await (await import('./main.js')).run()
