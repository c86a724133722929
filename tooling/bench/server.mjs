// The mock server of the benchmark, in a process of its own so its memory is measured apart from the
// CLI's: no rate limit, no account quota, an ephemeral port, queued operations run as they come.
// Prints its URL on the first line of stdout; stops on SIGTERM, SIGINT or when stdin closes.
import { MockServer } from "@egoi-ts/test-kit"

const server = await MockServer.start({ rateLimit: false, accountLimit: false, port: 0 })
process.stdout.write(`${server.url}\n`)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  server.close().then(() => process.exit(0))
}
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
process.stdin.on("end", stop)
process.stdin.resume()
