/**
 * `egoi ecommerce import-products FILE --catalog ID` and `egoi ecommerce import-orders FILE --list ID`:
 * what they take. The work is in `internal/ecommerceImport.ts`.
 *
 * @internal
 */
import {
  batchSizeFlag,
  concurrencyFlag,
  connectionFlags,
  dryRunFlag,
  failedFlag,
  jsonFlag,
  listFlag,
  mapFlag,
  recordFileArg,
  recordFormatFlag
} from "../internal/commonFlags.js"
import { type Command, type Flag, lazy } from "../internal/spec.js"

/** The flags of a file import besides its target: as `egoi contacts import` takes them. */
const fileFlags = (noun: string): ReadonlyArray<Flag> => [
  mapFlag(`Map a column to a field of the ${noun}`),
  recordFormatFlag,
  failedFlag,
  batchSizeFlag(`${noun[0]!.toUpperCase()}${noun.slice(1)}s per request`, 1),
  concurrencyFlag,
  { ...dryRunFlag, description: "Check every row and count the requests; send nothing" },
  jsonFlag,
  ...connectionFlags
]

export const importProducts: Command = {
  name: "import-products",
  summary: "Import products into a catalog from a CSV, JSON or NDJSON file, streaming, every row accounted for",
  description:
    "Each column is a product field (product_identifier, name, price, categories, ...); --map decides for a column, and --map COLUMN=custom_attributes.ALIAS makes it a custom attribute. Lists (categories, related_products) are JSON arrays or values separated by |. Products are upserted by identifier; every row is checked before it is sent, and --failed keeps the failed ones to fix and retry.",
  args: [recordFileArg],
  flags: [
    {
      name: "catalog",
      aliases: ["catalog-id"],
      kind: { _tag: "integer" },
      required: true,
      description: "ID of the catalog",
      bounds: { minimum: 1 }
    },
    {
      name: "mode",
      kind: { _tag: "choice", values: ["add", "update"] },
      defaultValue: "update",
      description: "update: add and replace by identifier; add: new products only"
    },
    ...fileFlags("product")
  ],
  examples: [
    "ecommerce import-products products.csv --catalog 1",
    'ecommerce import-products feed.csv --catalog 1 --map "SKU=product_identifier" --map "Colour=custom_attributes.color"',
    "ecommerce import-products products.ndjson --catalog 1 --failed failed.ndjson"
  ],
  run: lazy(() => import("../internal/ecommerceImport.js"), "runProductImport")
}

export const importOrders: Command = {
  name: "import-orders",
  summary: "Import a list's past orders from a CSV, JSON or NDJSON file, streaming, every row accounted for",
  description:
    "Each record is an order (order_id, contact_id, revenue, store_url, date, items, order_status); in a CSV file, items is a JSON array. The customer (contact_id) is an email address or a contact ID of the list. Every row is checked before it is sent, and --failed keeps the failed ones to fix and retry.",
  args: [recordFileArg],
  flags: [listFlag, ...fileFlags("order")],
  examples: [
    "ecommerce import-orders orders.ndjson --list 1",
    "ecommerce import-orders orders.json --list 1 --dry-run"
  ],
  run: lazy(() => import("../internal/ecommerceImport.js"), "runOrderImport")
}
