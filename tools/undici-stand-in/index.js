// Stand-in for undici, put in its place by package.json "overrides" (README, Development: why).
// @actions/http-client imports ProxyAgent when it loads, for getAgentDispatcher(), which this
// action never calls. Anything that does reach it fails here, loudly, instead of silently.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is not in this bundle (a stand-in replaces it, see README, Development): ProxyAgent was used unexpectedly'
    )
  }
}
