/**
 * The Ecommerce group of the mock: catalogs and their products, and the carts and orders of a
 * shop's customers.
 *
 * - A product's identifier is unique in its catalog: `createProduct` answers the documented 409
 *   `product_already_exists`; `ImportProducts` queues an `import_ecommerce` operation that adds
 *   (`add`), upserts (`update`, the default) or replaces the whole catalog (`rewrite`).
 * - E-goi documents no 404 for a missing catalog on most catalog routes: they answer 422 naming
 *   `catalog_id`, as the mock's other routes without a documented 404 do.
 * - Carts and orders go to a connected site's domain (otherwise 422 naming `domain`); their customer
 *   is a contact of the site's list: by `contact_id`, else the contact holding one of the list's
 *   unique values given, else a new contact (which needs at least one unique value). The same
 *   `cart_id` or `order_id` on a domain replaces the earlier one (a shop sends a cart again as it
 *   changes, an order as its status does). Each one adds `ecommerce_cart` or `ecommerce_order`
 *   to the customer's activities.
 * - `ImportOrdersBulk` queues an `import_ecommerce` operation; each order's customer is the list's
 *   contact with that ID or email, created from the email when there is none; an order whose
 *   customer is neither is ignored, as E-goi ignores malformed records. Imported orders are dated
 *   with the day of the import, as E-goi documents.
 *
 * @internal
 */
import * as HttpApiBuilder from "@effect/platform/HttpApiBuilder"
import { Common, type Ecommerce, EgoiApi, type EgoiError } from "@egoi-ts/core"
import * as Effect from "effect/Effect"
import { ACCEPTED, conflict, found, unprocessable } from "../answers.js"
import type { StoredContact } from "../contactModel.js"
import type { MockContext } from "../context.js"
import { matchesText, slice } from "../query.js"
import type { MockState } from "../state.js"
import { siteOf } from "./connectedSites.js"
import { isUniqueField, UNIQUE_BASE_FIELDS } from "./fields.js"
import { listsTable, requireList } from "./lists.js"

export const group = "ecommerce"

/** A catalog as the mock stores it. Table `catalogs`, keyed by `catalog_id`. */
export interface StoredCatalog {
  readonly catalog_id: number
  readonly title: string
  readonly language: string
  readonly currency: string
  readonly created: string
  readonly updated: string
}

/** A product as the mock stores and answers it, with every list field present. */
export interface StoredProduct extends Ecommerce.Product {
  readonly catalog_id: number
  readonly price: number
  readonly sale_price: number
  readonly categories: ReadonlyArray<string>
  readonly related_products: ReadonlyArray<string>
  readonly custom_attributes: ReadonlyArray<typeof Ecommerce.CustomAttribute.Type>
}

/** A cart. Table `carts`, keyed by `${domain}:${cart_id}`. */
export interface StoredCart {
  readonly domain: string
  readonly cart_id: string
  readonly list_id: number
  /** The customer's contact, when the cart named one. */
  readonly contact_id?: string | undefined
  readonly cart_total: number
  readonly products: ReadonlyArray<typeof Ecommerce.CartProductInput.Type>
  /** The order the cart became, once one named it. */
  readonly order_id?: string | undefined
  readonly created: string
  readonly updated: string
}

/** An order sent with `CreateOrder`. Table `orders`, keyed by `${domain}:${order_id}`. */
export interface StoredOrder {
  readonly domain: string
  readonly order_id: string
  readonly list_id: number
  readonly contact_id?: string | undefined
  readonly cart_id?: string | undefined
  readonly order_total: number
  readonly order_status: string
  readonly order_date: string
  readonly products: ReadonlyArray<typeof Ecommerce.OrderProductInput.Type>
  readonly created: string
  readonly updated: string
}

/** An order imported with `ImportOrdersBulk`. Table `importedOrders`, keyed by `${list_id}:${order_id}`. */
export interface StoredImportedOrder {
  readonly list_id: number
  readonly order_id: string
  readonly contact_id: string
  readonly revenue: number
  readonly store_url: string
  readonly order_status: string
  /** The day of the import: E-goi dates imported orders so, whatever date they were sent with. */
  readonly date: string
  readonly items: ReadonlyArray<Ecommerce.BulkOrder["items"][number]>
}

export const catalogsTable = (state: MockState) =>
  state.table<StoredCatalog>("catalogs", (catalog) => catalog.catalog_id)

const productKey = (catalogId: number, identifier: string) => `${catalogId}:${identifier}`

export const productsTable = (state: MockState) =>
  state.table<StoredProduct>("products", (product) => productKey(product.catalog_id, product.product_identifier))

export const cartsTable = (state: MockState) =>
  state.table<StoredCart>("carts", (cart) => `${cart.domain}:${cart.cart_id}`)

export const ordersTable = (state: MockState) =>
  state.table<StoredOrder>("orders", (order) => `${order.domain}:${order.order_id}`)

export const importedOrdersTable = (state: MockState) =>
  state.table<StoredImportedOrder>("importedOrders", (order) => `${order.list_id}:${order.order_id}`)

/** A catalog to seed, with the products it starts with. */
export interface CatalogSeed {
  readonly title: string
  readonly language: string
  readonly currency: string
  readonly products?: ReadonlyArray<Ecommerce.ProductInput> | undefined
}

/** A product to seed into an existing catalog. */
export interface ProductSeed extends Ecommerce.ProductInput {
  readonly catalog_id: number
}

/** Adds a catalog, as `createCatalog` does. */
export const insertCatalog = (state: MockState, seed: Omit<CatalogSeed, "products">): StoredCatalog => {
  const table = catalogsTable(state)
  const now = state.now()
  return table.set({
    catalog_id: table.takeId(),
    title: seed.title,
    language: seed.language,
    currency: seed.currency,
    created: now,
    updated: now
  })
}

/** The product a create, an update or an import leaves: the fields given over the earlier ones. */
const composeProduct = (
  catalogId: number,
  identifier: string,
  fields: Ecommerce.ProductInput | typeof Ecommerce.ProductPatch.Type,
  previous: StoredProduct | undefined
): StoredProduct => {
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
  return {
    price: 0,
    sale_price: 0,
    categories: [],
    related_products: [],
    custom_attributes: [],
    ...previous,
    ...given,
    catalog_id: catalogId,
    product_identifier: identifier
  } as StoredProduct
}

/** Writes a product of a catalog (new or replaced) and marks the catalog updated. */
export const putProduct = (
  state: MockState,
  catalog: StoredCatalog,
  identifier: string,
  fields: Ecommerce.ProductInput | typeof Ecommerce.ProductPatch.Type,
  previous: StoredProduct | undefined
): StoredProduct => {
  const product = productsTable(state).set(composeProduct(catalog.catalog_id, identifier, fields, previous))
  catalogsTable(state).set({ ...catalog, updated: state.now() })
  return product
}

export const seeds = {
  catalogs: (context: MockContext, seed: CatalogSeed) => {
    const catalog = insertCatalog(context.state, seed)
    for (const product of seed.products ?? []) seeds.products(context, { ...product, catalog_id: catalog.catalog_id })
  },
  products: (context: MockContext, { catalog_id, ...product }: ProductSeed) => {
    const catalog = catalogsTable(context.state).get(catalog_id)
    if (!catalog) throw new Error(`Cannot seed product ${product.product_identifier}: no catalog ${catalog_id}`)
    if (productsTable(context.state).has(productKey(catalog_id, product.product_identifier))) {
      throw new Error(`Cannot seed product ${product.product_identifier} twice in catalog ${catalog_id}`)
    }
    putProduct(context.state, catalog, product.product_identifier, product, undefined)
  }
}

const PRODUCT_EXISTS = { product_already_exists: "The provided product already exists in the catalog" }

/** The catalog of a route, or the 422 naming `catalog_id` E-goi's catalog routes document. */
const requireCatalog = (state: MockState, catalogId: number) =>
  Effect.suspend(() => {
    const catalog = catalogsTable(state).get(catalogId)
    return catalog
      ? Effect.succeed(catalog)
      : Effect.fail(unprocessable({ catalog_id: [`Catalog ${catalogId} does not exist`] }))
  })

/** The filters of `getAllProducts`, as the route decodes them. */
type ProductQuery = typeof Ecommerce.ProductQuery.Type

const EXACT_FILTERS = ["product_identifier", "sku", "upc", "ean", "gtin", "mpn", "price", "sale_price"] as const
const TEXT_FILTERS = ["name", "description", "brand"] as const

/** Whether a product passes the filters: codes and prices exactly, texts by "contains", attributes by value. */
const matches = (product: StoredProduct, query: ProductQuery): boolean =>
  EXACT_FILTERS.every((key) => query[key] === undefined || product[key] === query[key]) &&
  TEXT_FILTERS.every((key) => matchesText(product[key], query[key])) &&
  Object.entries(query.custom_attributes ?? {}).every(([alias, value]) =>
    product.custom_attributes.some((attribute) => attribute.alias === alias && attribute.value === value)
  )

/** What a refused customer looks like to the shop: a 422 naming the customer's fields. */
const refusedCustomer = (errors: Record<string, unknown>) => unprocessable({ contact: errors })

/** A date as E-goi writes it (the route decodes dates to text already; code may pass a `Date`). */
const dateText = (date: string | Date | undefined) => (date instanceof Date ? Common.formatDateTime(date) : date)

/** A random cart ID in the documented format (10 hexadecimal characters), for carts sent without one. */
const newCartId = (state: MockState) => Array.from({ length: 10 }, () => state.random.int(0, 15).toString(16)).join("")

export const layer = ({ state, contacts, operations }: MockContext) => {
  const catalogs = catalogsTable(state)
  const products = productsTable(state)
  const carts = cartsTable(state)
  const orders = ordersTable(state)
  const imported = importedOrdersTable(state)

  const productsOf = (catalogId: number) => {
    const out: Array<StoredProduct> = []
    for (const product of products.iterate()) if (product.catalog_id === catalogId) out.push(product)
    return out
  }

  /** The connected site of a shop's route, or the 422 naming `domain`. */
  const requireSite = (domain: string) =>
    Effect.suspend(() => {
      const site = siteOf(state, domain)
      if (!site) return Effect.fail(unprocessable({ domain: [`The domain ${domain} is not a connected site`] }))
      if (!listsTable(state).has(site.list_id)) {
        return Effect.fail(unprocessable({ domain: [`The list ${site.list_id} of ${domain} no longer exists`] }))
      }
      return Effect.succeed(site)
    })

  /** The customer of a cart or an order: found by contact ID or unique value, or created. */
  const customerOf = (
    listId: number,
    input: Ecommerce.CustomerInput | undefined
  ): Effect.Effect<StoredContact | undefined, EgoiError.UnprocessableEntity> =>
    Effect.suspend(() => {
      if (input === undefined) return Effect.succeed(undefined)
      const { contact_id, ...base } = input.base ?? {}
      if (contact_id !== undefined) {
        const contact = contacts.get(listId, contact_id)
        return contact
          ? Effect.succeed(contact)
          : Effect.fail(refusedCustomer({ contact_id: [`Contact ${contact_id} is not in list ${listId}`] }))
      }
      const keys: Array<readonly [string, string]> = []
      for (const field of UNIQUE_BASE_FIELDS) {
        const value = base[field]
        if (value !== undefined && value !== "" && isUniqueField(state, listId, field)) keys.push([field, value])
      }
      for (const item of input.extra ?? []) {
        if (typeof item.value === "string" && isUniqueField(state, listId, item.field_id)) {
          keys.push([String(item.field_id), item.value])
        }
      }
      for (const [field, value] of keys) {
        const owner = contacts.ownerOf(listId, field, value)
        if (owner) return Effect.succeed(owner)
      }
      if (keys.length === 0) {
        return Effect.fail(
          refusedCustomer({ base: [`Give the contact's contact_id or a value of a unique field of list ${listId}`] })
        )
      }
      const written = contacts.write(listId, { base, extra: input.extra }, undefined, { method: "api" })
      if (!("_tag" in written)) return Effect.succeed(written)
      return Effect.fail(
        refusedCustomer(
          written._tag === "invalid"
            ? written.errors
            : { [written.field_id]: [`Already used by contact ${written.contacts.join(", ")}`] }
        )
      )
    })

  /** The list's contact a bulk order names, by contact ID or email; created from an email when there is none. */
  const importedCustomerOf = (listId: number, reference: string): StoredContact | undefined => {
    const byId = /^[a-fA-F\d]{10}$/.test(reference) ? contacts.get(listId, reference) : undefined
    if (byId) return byId
    if (!Common.EMAIL_PATTERN.test(reference)) return undefined
    // E-goi reads addresses without regard to case: a shop may send them in any.
    const owner =
      contacts.ownerOf(listId, "email", reference) ?? contacts.ownerOf(listId, "email", reference.toLowerCase())
    if (owner) return owner
    const written = contacts.write(listId, { base: { email: reference } }, undefined, { method: "api" })
    return "_tag" in written ? undefined : written
  }

  return HttpApiBuilder.group(EgoiApi.EgoiApi, group, (handlers) =>
    handlers
      .handle("getAllCatalogs", () =>
        Effect.sync(() => {
          const items = catalogs.values()
          return { total_items: items.length, items }
        })
      )
      .handle("createCatalog", ({ payload }) => Effect.sync(() => insertCatalog(state, payload)))
      .handle("deleteCatalog", ({ path }) =>
        Effect.map(requireCatalog(state, path.catalog_id), (catalog) => {
          for (const product of productsOf(catalog.catalog_id)) {
            products.delete(productKey(catalog.catalog_id, product.product_identifier))
          }
          catalogs.delete(catalog.catalog_id)
        })
      )
      .handle("getAllProducts", ({ path, urlParams }) =>
        Effect.map(requireCatalog(state, path.catalog_id), (catalog) => {
          const matching = productsOf(catalog.catalog_id).filter((product) => matches(product, urlParams))
          return { total_items: matching.length, items: slice(matching, urlParams) }
        })
      )
      .handle("createProduct", ({ path, payload }) =>
        Effect.gen(function* () {
          const catalog = yield* requireCatalog(state, path.catalog_id)
          if (products.has(productKey(catalog.catalog_id, payload.product_identifier))) {
            return yield* conflict(PRODUCT_EXISTS)
          }
          return putProduct(state, catalog, payload.product_identifier, payload, undefined)
        })
      )
      .handle("getProduct", ({ path }) =>
        Effect.gen(function* () {
          yield* requireCatalog(state, path.catalog_id)
          const product = products.get(productKey(path.catalog_id, path.product_identifier))
          if (!product) {
            return yield* unprocessable({
              product_identifier: [`Product ${path.product_identifier} is not in catalog ${path.catalog_id}`]
            })
          }
          return product
        })
      )
      .handle("updateProduct", ({ path, payload }) =>
        Effect.gen(function* () {
          const catalog = yield* requireCatalog(state, path.catalog_id)
          const product = yield* found(
            products.get(productKey(catalog.catalog_id, path.product_identifier)),
            () => `Product ${path.product_identifier} is not in catalog ${path.catalog_id}`
          )
          return putProduct(state, catalog, product.product_identifier, payload, product)
        })
      )
      .handle("deleteProduct", ({ path }) =>
        Effect.gen(function* () {
          const key = productKey(path.catalog_id, path.product_identifier)
          yield* found(
            products.get(key),
            () => `Product ${path.product_identifier} is not in catalog ${path.catalog_id}`
          )
          products.delete(key)
        })
      )
      .handle("ImportProducts", ({ path, payload }) =>
        Effect.gen(function* () {
          const catalog = yield* requireCatalog(state, path.catalog_id)
          const mode = payload.mode ?? "update"
          const name = `Import of ${payload.products.length} products into catalog ${catalog.catalog_id}`
          operations.enqueue({ type: "import_ecommerce", name }, () => {
            // The catalog may have gone while the import waited.
            const current = catalogs.get(catalog.catalog_id)
            if (!current) return
            if (mode === "rewrite") {
              for (const product of productsOf(current.catalog_id)) {
                products.delete(productKey(current.catalog_id, product.product_identifier))
              }
            }
            for (const product of payload.products) {
              const previous = products.get(productKey(current.catalog_id, product.product_identifier))
              if (previous && mode === "add") continue
              products.set(composeProduct(current.catalog_id, product.product_identifier, product, previous))
            }
            catalogs.set({ ...current, updated: state.now() })
          })
          return ACCEPTED
        })
      )
      .handle("createCart", ({ path, payload }) =>
        Effect.gen(function* () {
          const site = yield* requireSite(path.domain)
          const customer = yield* customerOf(site.list_id, payload.contact)
          const cartId = payload.cart_id ?? newCartId(state)
          const previous = carts.get(`${site.domain}:${cartId}`)
          const now = state.now()
          carts.set({
            domain: site.domain,
            cart_id: cartId,
            list_id: site.list_id,
            contact_id: customer?.contact_id ?? previous?.contact_id,
            cart_total: payload.cart_total ?? 0,
            products: payload.products ?? [],
            ...(previous?.order_id === undefined ? {} : { order_id: previous.order_id }),
            created: previous?.created ?? now,
            updated: now
          })
          if (customer) contacts.record(customer, "ecommerce_cart")
          return ACCEPTED
        })
      )
      .handle("CreateOrder", ({ path, payload }) =>
        Effect.gen(function* () {
          const site = yield* requireSite(path.domain)
          const customer = yield* customerOf(site.list_id, payload.contact)
          const previous = orders.get(`${site.domain}:${payload.order_id}`)
          const now = state.now()
          const cartId = payload.cart_id ?? previous?.cart_id
          orders.set({
            domain: site.domain,
            order_id: payload.order_id,
            list_id: site.list_id,
            contact_id: customer?.contact_id ?? previous?.contact_id,
            ...(cartId === undefined ? {} : { cart_id: cartId }),
            order_total: payload.order_total ?? 0,
            order_status: payload.order_status ?? previous?.order_status ?? "unknown",
            order_date: dateText(payload.order_date) ?? previous?.order_date ?? now,
            products: payload.products ?? [],
            created: previous?.created ?? now,
            updated: now
          })
          const cart = cartId === undefined ? undefined : carts.get(`${site.domain}:${cartId}`)
          if (cart) carts.set({ ...cart, order_id: payload.order_id, updated: now })
          if (customer) contacts.record(customer, "ecommerce_order")
          return ACCEPTED
        })
      )
      .handle("ImportOrdersBulk", ({ path, payload }) =>
        Effect.gen(function* () {
          yield* requireList(state, path.list_id)
          const listId = path.list_id
          const name = `Import of ${payload.length} orders into list ${listId}`
          operations.enqueue({ type: "import_ecommerce", list_id: listId, name }, () => {
            if (!listsTable(state).has(listId)) return
            for (const order of payload) {
              const customer = importedCustomerOf(listId, order.contact_id)
              if (!customer) continue
              imported.set({
                list_id: listId,
                order_id: order.order_id,
                contact_id: customer.contact_id,
                revenue: order.revenue,
                store_url: order.store_url,
                order_status: order.order_status ?? "unknown",
                date: state.now(),
                items: order.items
              })
              contacts.record(customer, "ecommerce_order")
            }
          })
          return ACCEPTED
        })
      )
  )
}
