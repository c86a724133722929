// One server the mock benchmarks measure, in a process of its own (so its CPU and memory are its own):
//
//   node mock-target.mjs mock <test-kit dist index.js>   the stateful mock of that build, seeded with the demo
//                                                         data and contact 00000000a1 in list 1, no rate limits
//   node mock-target.mjs bare                            node:http answering a fixed JSON body, the floor
//
// Prints its URL on the first line of stdout; stops when stdin closes.
import { createServer } from "node:http"

const [kind, entry] = process.argv.slice(2)
let close
if (kind === "mock") {
  const { MockServer } = await import(entry)
  const server = await MockServer.start({ seed: "demo", rateLimit: false, accountLimit: false, port: 0 })
  server.mock.seed({ contacts: [{ list_id: 1, contact_id: "00000000a1", base: { email: "bench@example.com" } }] })
  // A bounded log is what is measured where the build has one; an unbounded one would grow through the run.
  process.stdout.write(`${server.url}\n`)
  close = () => server.close()
} else if (kind === "bare") {
  const body = JSON.stringify({ total_items: 1, items: [{ list_id: 1, internal_name: "Newsletter" }] })
  const server = createServer((request, response) => {
    request.resume()
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) })
    response.end(body)
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`)
  close = () => new Promise((resolve) => server.close(resolve))
} else {
  throw new Error(`unknown target ${kind}`)
}
process.stdin.on("end", () => close().then(() => process.exit(0)))
process.stdin.resume()
