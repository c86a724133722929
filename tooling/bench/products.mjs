#!/usr/bin/env node
// The product import benchmark: the bundled CLI imports a generated CSV of products into a catalog of
// the mock server (`egoi ecommerce import-products`), measured for wall time and peak memory, beside a
// raw baseline in the same run: the same products read from the same file and sent by hand with
// `fetch`, in the same requests (10,000 products, two at a time), to a second catalog. The ratio is
// the price of the CLI: its start, the column mapping, each row checked against the schema, the
// request validation, the `--failed` bookkeeping.
//
//   node tooling/bench/products.mjs [--products 100000] [--rounds 3] [--json] [--keep]
//
// The CLI must be built (`cd apps/cli && node build.mjs`) and the packages compiled; see README.md.
import { createReadStream } from "node:fs"
import { mkdtemp, rm, stat } from "node:fs/promises"
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { createInterface } from "node:readline"
import { parseArgs } from "node:util"
import { log, median, requireCli, runCli, seconds, startServer, writeCsv } from "./measure.mjs"

const KEY = "bench-key"
const BATCH = 10_000
const PRODUCT_HEADER = "product_identifier,name,description,price,sale_price,brand,categories"
/** A generated product: an identifier, a name, prices, a brand, two categories. */
const productRow = (i) =>
  `SKU-${i},Product ${i},"A product, number ${i}",${(10 + (i % 90)).toFixed(2)},${(i % 90).toFixed(2)},Brand ${i % 50},Clothing>Women>Jeans|Sale`

const { values: flags } = parseArgs({
  options: {
    products: { type: "string", default: "100000" },
    rounds: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false }
  }
})
const PRODUCTS = Number(flags.products)
const ROUNDS = Number(flags.rounds)
if (!Number.isInteger(PRODUCTS) || PRODUCTS < 1 || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error("--products and --rounds must be integers of at least 1")
  process.exit(2)
}
requireCli()

/** The raw baseline: the CSV read with a plain split, products sent with `fetch`, BATCH at a time, two requests at once. */
const runRaw = async (csv, url, catalogId) => {
  const started = performance.now()
  const lines = createInterface({ input: createReadStream(csv), crlfDelay: Number.POSITIVE_INFINITY })
  const inFlight = new Set()
  const send = async (products) => {
    const response = await fetch(`${url}/catalogs/${catalogId}/products/actions/import`, {
      method: "POST",
      headers: { Apikey: KEY, "content-type": "application/json" },
      body: JSON.stringify({ products, mode: "update" })
    })
    if (response.status !== 202) throw new Error(`raw import: ${response.status} ${await response.text()}`)
    await response.arrayBuffer()
  }
  const post = async (products) => {
    while (inFlight.size >= 2) await Promise.race(inFlight)
    const request = send(products).finally(() => inFlight.delete(request))
    inFlight.add(request)
  }
  let header = true
  let batch = []
  for await (const line of lines) {
    if (header) {
      header = false
      continue
    }
    // The generated lines have one quoted cell (the description), without quotes inside.
    const [before, description, after] = line.split('"')
    const [product_identifier, name] = before.split(",")
    const [, price, sale_price, brand, categories] = after.split(",")
    batch.push({
      product_identifier,
      name,
      description,
      price: Number(price),
      sale_price: Number(sale_price),
      brand,
      categories: categories.split("|")
    })
    if (batch.length === BATCH) {
      await post(batch)
      batch = []
    }
  }
  if (batch.length > 0) await post(batch)
  await Promise.all(inFlight)
  return { seconds: seconds(started) }
}

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), "egoi-bench-products-"))
  const server = await startServer()
  const api = async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { Apikey: KEY, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text === "" ? undefined : JSON.parse(text)
  }
  const drained = async () => {
    while ((await api("GET", "/operations?limit=1")).total_items > 0) await new Promise((r) => setTimeout(r, 100))
  }
  const catalogSize = async (catalogId) => (await api("GET", `/catalogs/${catalogId}/products?limit=1`)).total_items

  const results = {
    machine: {
      cpus: availableParallelism(),
      cpu: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAtStart: loadavg()[0]
    },
    products: PRODUCTS,
    rounds: []
  }
  try {
    const csv = join(dir, "products.csv")
    await writeCsv(csv, PRODUCT_HEADER, PRODUCTS, productRow)
    results.megabytes = (await stat(csv)).size / 2 ** 20
    log(`generated ${PRODUCTS} products (${results.megabytes.toFixed(1)} MB)`)

    // Rounds alternate the CLI and the raw baseline, each into a catalog of its own, so drift reaches both.
    for (let round = 0; round < ROUNDS; round++) {
      const cliCatalog = (await api("POST", "/catalogs", { title: `CLI ${round}`, language: "en", currency: "eur" }))
        .catalog_id
      const rawCatalog = (await api("POST", "/catalogs", { title: `Raw ${round}`, language: "en", currency: "eur" }))
        .catalog_id
      const run = await runCli(
        ["ecommerce", "import-products", csv, "--catalog", String(cliCatalog), "--base-url", server.url],
        { dir, env: { EGOI_API_KEY: KEY } }
      )
      const cli = { ...run, summary: JSON.parse(run.stdout) }
      if (cli.summary.accepted !== PRODUCTS) throw new Error(`the CLI accepted ${cli.summary.accepted} of ${PRODUCTS}`)
      await drained()
      const raw = await runRaw(csv, server.url, rawCatalog)
      await drained()
      for (const catalogId of [cliCatalog, rawCatalog]) {
        const size = await catalogSize(catalogId)
        if (size !== PRODUCTS) throw new Error(`catalog ${catalogId} holds ${size} products, not ${PRODUCTS}`)
      }
      // The catalogs go, so the mock holds one round's products at a time.
      await api("DELETE", `/catalogs/${cliCatalog}`)
      await api("DELETE", `/catalogs/${rawCatalog}`)
      results.rounds.push({ cli: cli.seconds, cliPeakMb: cli.peakMb, requests: cli.summary.requests, raw: raw.seconds })
      log(
        `round ${round + 1}: CLI ${cli.seconds.toFixed(2)} s (${cli.peakMb.toFixed(0)} MB), raw ${raw.seconds.toFixed(2)} s`
      )
    }
    results.machine.loadAtEnd = loadavg()[0]
    const cli = median(results.rounds.map((round) => round.cli))
    const raw = median(results.rounds.map((round) => round.raw))
    const peak = Math.max(...results.rounds.map((round) => round.cliPeakMb))
    results.summary = { cliSeconds: cli, rawSeconds: raw, cliOverRaw: cli / raw, cliPeakMb: peak }
    console.log(`| measure | median time | rate | |`)
    console.log(`|---|---|---|---|`)
    console.log(
      `| import ${PRODUCTS.toLocaleString("en")} products (CLI) | ${cli.toFixed(2)} s | ${Math.round(PRODUCTS / cli).toLocaleString("en")}/s | peak RSS ${peak.toFixed(0)} MB, ${results.rounds[0].requests} requests |`
    )
    console.log(
      `| same products, raw \`fetch\` | ${raw.toFixed(2)} s | ${Math.round(PRODUCTS / raw).toLocaleString("en")}/s | **cli/raw = ${(cli / raw).toFixed(2)}** |`
    )
    if (flags.json) console.log(JSON.stringify(results, null, 2))
  } finally {
    server.stop()
    if (flags.keep) log(`kept ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

await main()
