// A loopback CONNECT proxy for the test that proves the action honours HTTPS_PROXY: `CONNECT
// host:443` is tunnelled to one target (the emulator's TLS port on 127.0.0.1) whatever host was
// asked for, so the action can be pointed at Adobe's real host names without DNS.
//
// Not the npm package `proxy`: it always connects to the host and port named in the CONNECT line
// (it parses them itself after its `authenticate` hook, with no option to choose the target), and
// redirecting it would take rewriting `req.url` inside that hook, a side effect it does not
// document. The action speaks only HTTPS, so only CONNECT is served; anything else gets a 405.
// With `answer`, every CONNECT is answered with that status instead (407: authentication required).
import http from 'node:http'
import net, { type AddressInfo, type Socket } from 'node:net'

export interface Proxy {
  readonly url: string
  /** Authorities asked for by CONNECT, e.g. `platform.adobe.io:443`, in order. */
  readonly connects: string[]
  close(): Promise<void>
}

export interface ProxyOptions {
  /** Answer every CONNECT with this status (e.g. 407, with a Proxy-Authenticate header) instead of tunnelling. */
  readonly answer?: number
}

export async function startProxy(target: { host: string; port: number }, options: ProxyOptions = {}): Promise<Proxy> {
  const connects: string[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  const server = http.createServer((_req, res) => {
    res.writeHead(405, { allow: 'CONNECT' }).end()
  })
  server.on('connection', track)
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '')
    if (options.answer !== undefined) {
      const challenge = options.answer === 407 ? 'Proxy-Authenticate: Basic realm="test proxy"\r\n' : ''
      client.end(
        `HTTP/1.1 ${options.answer} ${http.STATUS_CODES[options.answer] ?? ''}\r\n${challenge}Content-Length: 0\r\n\r\n`
      )
      return
    }
    const upstream = net.connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close(): Promise<void> {
      return new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    }
  }
}
