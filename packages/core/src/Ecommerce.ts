/**
 * E-commerce: the catalogs of a shop and their products, and the carts and orders of its customers.
 *
 * Products are identified by the shop's own identifier (`product_identifier`, letters, digits, `_`,
 * `-` and `.`), unique in their catalog. Carts and orders are sent to the route of the shop's domain
 * (`/{domain}/carts`, `/{domain}/orders`), which must be a connected site (see `ConnectedSites`): its
 * list holds the customers, matched by their contact ID or the list's unique fields, or created.
 * `ImportOrdersBulk` imports past orders into a list; its body is the array of orders itself, given
 * in code as the parameter `body`.
 *
 * @since 0.1.0
 */
import * as HttpApiSchema from "@effect/platform/HttpApiSchema"
import * as OpenApi from "@effect/platform/OpenApi"
import * as Schema from "effect/Schema"
import {
  Accepted,
  Choice,
  Collection,
  DateTime,
  DateTimeParam,
  HttpUrl,
  Id,
  IdParam,
  Limit,
  ListIdPath,
  Offset,
  optionalParam
} from "./Common.js"
import { Domain } from "./ConnectedSites.js"
import { ContactBaseInput, ContactId, ExtraFieldInput } from "./Contacts.js"
import { Wire } from "./EgoiError.js"
import { withDeepObject } from "./internal/deepObject.js"
import * as Endpoint from "./internal/endpoint.js"
import { expected } from "./internal/messages.js"
import { Paging } from "./Paging.js"

const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "Expected a non-empty string" }))

/**
 * The characters of a product identifier: letters, digits, `_`, `-` and `.`.
 *
 * @since 0.1.0
 * @category constants
 */
export const PRODUCT_IDENTIFIER_PATTERN = /^[a-zA-Z0-9_\-.]+$/

/**
 * A product's identifier in the shop: letters, digits, `_`, `-` and `.`, unique in its catalog.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProductIdentifier = Schema.String.pipe(
  Schema.pattern(PRODUCT_IDENTIFIER_PATTERN, {
    message: expected("a product identifier of letters, digits, _, - and .")
  })
).annotations({ description: "The ID of the product in your store: letters, digits, _, - and ." })

/**
 * A price: a number, zero or more.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Price = Schema.Number.pipe(
  Schema.finite(),
  Schema.greaterThanOrEqualTo(0, { message: () => "Expected a price >= 0" })
).annotations({ message: expected("a number >= 0") })

/**
 * A custom attribute of a product, as sent: a key in lower case without spaces, and its value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomAttributeInput = Schema.Struct({
  alias: Schema.String.pipe(
    Schema.pattern(/^[^\sA-Z]+$/, { message: expected("an attribute key in lower case, without spaces") })
  ).annotations({ description: "Custom attribute key (lower case without spaces)" }),
  value: Schema.String.annotations({ description: "Custom attribute value" })
}).annotations({ identifier: "ProductCustomAttributesInput" })

/** The fields of a product a request may set, all optional. */
const ProductFieldsInput = {
  name: optionalParam(NonEmptyString.annotations({ description: "Name of the product" })),
  description: optionalParam(Schema.String.annotations({ description: "Description of the product" })),
  sku: optionalParam(Schema.String.annotations({ description: "Stock Keeping Unit" })),
  upc: optionalParam(Schema.String.annotations({ description: "Universal Product Code" })),
  ean: optionalParam(Schema.String.annotations({ description: "European Article Numbering" })),
  gtin: optionalParam(Schema.String.annotations({ description: "Global Trade Item Number" })),
  mpn: optionalParam(Schema.String.annotations({ description: "Manufacturer Part Number" })),
  link: optionalParam(Schema.String.annotations({ description: "Link for the product" })),
  image_link: optionalParam(Schema.String.annotations({ description: "Link for the product image" })),
  price: optionalParam(Price.annotations({ description: "Price of the product (0 when not given)" })),
  sale_price: optionalParam(Price.annotations({ description: "Sale price of the product (0 when not given)" })),
  brand: optionalParam(Schema.String.annotations({ description: "Brand of the product" })),
  categories: optionalParam(
    Schema.Array(Schema.String).annotations({
      description: "Categories of the product, with '>' between the levels of a breadcrumb: Clothing>Women>Jeans"
    })
  ),
  related_products: optionalParam(
    Schema.Array(ProductIdentifier).annotations({ description: "Identifiers of related products" })
  ),
  custom_attributes: optionalParam(Schema.Array(CustomAttributeInput).annotations({ description: "Custom attributes" }))
} as const

/**
 * A product as `createProduct` and `ImportProducts` take it: its identifier and name, and any other
 * documented field.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProductInput = Schema.Struct({
  ...ProductFieldsInput,
  product_identifier: ProductIdentifier,
  name: NonEmptyString.annotations({ description: "Name of the product" })
}).annotations({ identifier: "ProductPostRequest" })

/**
 * @since 0.1.0
 * @category models
 */
export type ProductInput = typeof ProductInput.Type

/**
 * The fields `updateProduct` changes: any documented field but the identifier.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProductPatch = Schema.Struct(ProductFieldsInput).annotations({ identifier: "ProductPatchRequest" })

/**
 * A custom attribute of a product as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomAttribute = Schema.Struct({
  alias: Schema.optional(Schema.String),
  value: Schema.optional(Schema.String)
}).annotations({ identifier: "ProductCustomAttributes" })

/**
 * A product as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Product = Schema.Struct({
  product_identifier: Schema.String,
  catalog_id: Schema.optional(Schema.Int),
  name: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  sku: Schema.optional(Schema.String),
  upc: Schema.optional(Schema.String),
  ean: Schema.optional(Schema.String),
  gtin: Schema.optional(Schema.String),
  mpn: Schema.optional(Schema.String),
  link: Schema.optional(Schema.String),
  image_link: Schema.optional(Schema.String),
  price: Schema.optional(Schema.Number),
  sale_price: Schema.optional(Schema.Number),
  brand: Schema.optional(Schema.String),
  categories: Schema.optional(Schema.Array(Schema.String)),
  related_products: Schema.optional(Schema.Array(Schema.String)),
  custom_attributes: Schema.optional(Schema.Array(CustomAttribute))
}).annotations({ identifier: "Product" })

/**
 * @since 0.1.0
 * @category models
 */
export type Product = typeof Product.Type

/**
 * A page of products.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProductCollection = Collection(Product, "ProductCollection")

/**
 * A catalog as E-goi returns it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Catalog = Schema.Struct({
  catalog_id: Id,
  title: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  currency: Schema.optional(Schema.String),
  created: Schema.optional(DateTime),
  updated: Schema.optional(DateTime)
}).annotations({ identifier: "Catalog" })

/**
 * @since 0.1.0
 * @category models
 */
export type Catalog = typeof Catalog.Type

/**
 * The catalogs of the account (all of them: the operation does not page).
 *
 * @since 0.1.0
 * @category schemas
 */
export const CatalogCollection = Collection(Catalog, "CatalogCollection")

/**
 * The body of `createCatalog`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CatalogInput = Schema.Struct({
  title: NonEmptyString.annotations({ description: "Title of the catalog" }),
  language: NonEmptyString.annotations({ description: "Language of the catalog, such as en" }),
  currency: NonEmptyString.annotations({ description: "Currency of the catalog, such as eur" })
}).annotations({ identifier: "CatalogPostRequest" })

/**
 * How `ImportProducts` treats the catalog: `rewrite` empties it first, `add` adds new products only,
 * `update` (the default) adds new products and replaces those with the same identifier.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImportMode = Choice("rewrite", "add", "update").annotations({
  description: "rewrite: empty the catalog first; add: new products only; update (default): add and replace"
})

/**
 * The body of `ImportProducts`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImportProductsRequest = Schema.Struct({
  products: Schema.Array(ProductInput).pipe(
    Schema.minItems(1, { message: () => "Expected at least one product" }),
    Schema.annotations({ description: "The products to import" })
  ),
  mode: optionalParam(ImportMode)
}).annotations({ identifier: "ProductBulkRequest" })

/**
 * The customer of a cart or an order: an existing contact by its `contact_id`, or the contact's
 * fields, by which E-goi finds the contact of the list (through its unique fields) or creates it.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CustomerInput = Schema.Struct({
  base: optionalParam(
    Schema.Struct({
      contact_id: optionalParam(ContactId),
      ...ContactBaseInput.fields
    })
  ),
  extra: optionalParam(Schema.Array(ExtraFieldInput))
}).annotations({ identifier: "EcommerceContact" })

/**
 * @since 0.1.0
 * @category models
 */
export type CustomerInput = typeof CustomerInput.Type

/**
 * A product in a cart: its identifier and, optionally, the fields of the product.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CartProductInput = Schema.Struct({
  ...ProductFieldsInput,
  product_identifier: ProductIdentifier
}).annotations({ identifier: "CartProduct" })

/**
 * A product in an order: as in a cart, with the quantity ordered.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OrderProductInput = Schema.Struct({
  ...CartProductInput.fields,
  quantity: optionalParam(
    Schema.Number.pipe(Schema.finite(), Schema.greaterThanOrEqualTo(0)).annotations({
      message: expected("a quantity >= 0"),
      description: "Quantity of the product (0 when not given)"
    })
  )
}).annotations({ identifier: "OrderProduct" })

/**
 * The body of `createCart`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CartInput = Schema.Struct({
  cart_id: optionalParam(
    NonEmptyString.annotations({ description: "The cart's ID in the shop, any non-empty string" })
  ),
  cart_total: optionalParam(Price.annotations({ description: "Total of the cart" })),
  contact: optionalParam(CustomerInput),
  products: optionalParam(Schema.Array(CartProductInput).annotations({ description: "The products in the cart" }))
}).annotations({ identifier: "Cart" })

/**
 * The statuses of an order.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OrderStatus = Choice("created", "pending", "canceled", "completed", "unknown").annotations({
  description: "Status of the order (unknown when not given)"
})

/**
 * The body of `CreateOrder`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OrderInput = Schema.Struct({
  order_id: NonEmptyString.annotations({ description: "The order's ID in the shop, any non-empty string" }),
  order_total: optionalParam(Price.annotations({ description: "Total of the order" })),
  cart_id: optionalParam(NonEmptyString.annotations({ description: "ID of the cart the order came from" })),
  order_date: optionalParam(DateTimeParam.annotations({ description: "Date and time of the order" })),
  order_status: optionalParam(OrderStatus),
  contact: optionalParam(CustomerInput),
  products: optionalParam(Schema.Array(OrderProductInput).annotations({ description: "The products ordered" }))
}).annotations({ identifier: "CreateOrder" })

/**
 * A product of an order given to `ImportOrdersBulk`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkOrderItem = Schema.Struct({
  id: NonEmptyString.annotations({ description: "The product's ID in the shop" }),
  name: NonEmptyString.annotations({ description: "Name of the product" }),
  category: optionalParam(Schema.String.annotations({ description: "Category IDs, comma-separated" })),
  price: optionalParam(Price.annotations({ description: "Price of the product" })),
  quantity: optionalParam(
    Schema.Int.pipe(Schema.greaterThanOrEqualTo(0)).annotations({
      message: expected("an integer >= 0"),
      description: "Quantity ordered"
    })
  )
}).annotations({ identifier: "ImportOrdersBulkBulkRequestItems" })

/**
 * An order given to `ImportOrdersBulk`. E-goi dates every imported order with the day of the import,
 * whatever its `date`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkOrder = Schema.Struct({
  order_id: NonEmptyString.annotations({ description: "The order's ID in the shop" }),
  order_status: optionalParam(OrderStatus),
  contact_id: NonEmptyString.annotations({
    description: "The customer: their email address or E-goi contact ID"
  }),
  revenue: Price.annotations({ description: "Revenue of the order" }),
  store_url: HttpUrl.annotations({ description: "URL of the shop" }),
  date: DateTimeParam.annotations({ description: "Date of the order" }),
  items: Schema.Array(BulkOrderItem).annotations({ description: "The products ordered" })
}).annotations({ identifier: "ImportOrdersBulkBulkRequest" })

/**
 * @since 0.1.0
 * @category models
 */
export type BulkOrder = typeof BulkOrder.Type

/**
 * The body of `ImportOrdersBulk`: the orders themselves, at least one.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BulkOrders = Schema.Array(BulkOrder).pipe(
  Schema.minItems(1, { message: () => "Expected at least one order" }),
  Schema.annotations({ identifier: "ImportOrdersBulk", description: "The orders to import" })
)

const CatalogIdPath = { catalog_id: IdParam.annotations({ description: "ID of the catalog" }) } as const

const ProductPath = Schema.Struct({
  ...CatalogIdPath,
  product_identifier: ProductIdentifier.annotations({ description: "Identifier of the product" })
})

const DomainPath = Schema.Struct({ domain: Domain.annotations({ description: "The shop's connected domain" }) })

/**
 * The query of `getAllProducts`: a page, a filter per documented field, and custom attributes by
 * key (`custom_attributes: { color: "blue" }`, sent as `custom_attributes[color]=blue`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProductQuery = withDeepObject(
  {
    product_identifier: optionalParam(ProductIdentifier),
    name: optionalParam(Schema.String),
    description: optionalParam(Schema.String),
    sku: optionalParam(Schema.String),
    upc: optionalParam(Schema.String),
    ean: optionalParam(Schema.String),
    gtin: optionalParam(Schema.String),
    mpn: optionalParam(Schema.String),
    price: optionalParam(Schema.NumberFromString.pipe(Schema.finite()).annotations({ message: expected("a number") })),
    sale_price: optionalParam(
      Schema.NumberFromString.pipe(Schema.finite()).annotations({ message: expected("a number") })
    ),
    brand: optionalParam(Schema.String),
    offset: optionalParam(Offset),
    limit: optionalParam(Limit)
  },
  "custom_attributes",
  'Filters by custom attribute: { "<alias>": "<value>" }, sent as custom_attributes[<alias>]=<value>'
)

/**
 * The Ecommerce group: `getAllCatalogs`, `createCatalog`, `deleteCatalog`, `getAllProducts`,
 * `createProduct`, `getProduct`, `updateProduct`, `deleteProduct`, `ImportProducts`, `createCart`,
 * `CreateOrder`, `ImportOrdersBulk`.
 *
 * @since 0.1.0
 * @category api
 */
export const EcommerceGroup = Endpoint.authenticatedGroup("ecommerce", "Ecommerce")
  .add(
    Endpoint.get("getAllCatalogs", "/catalogs")
      .addSuccess(CatalogCollection)
      .annotate(OpenApi.Summary, "List the account's catalogs")
  )
  .add(
    Endpoint.post("createCatalog", "/catalogs")
      .setPayload(CatalogInput)
      .addSuccess(Catalog, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Create a catalog of products, in one language and currency")
  )
  .add(
    Endpoint.del("deleteCatalog", "/catalogs/:catalog_id")
      .setPath(Schema.Struct(CatalogIdPath))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Remove a catalog and its products")
  )
  .add(
    Endpoint.get("getAllProducts", "/catalogs/:catalog_id/products")
      .annotate(Paging, "page")
      .setPath(Schema.Struct(CatalogIdPath))
      .setUrlParams(ProductQuery)
      .addSuccess(ProductCollection)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "List the products of a catalog, filtered by their fields, a page at a time")
  )
  .add(
    Endpoint.post("createProduct", "/catalogs/:catalog_id/products")
      .setPath(Schema.Struct(CatalogIdPath))
      .setPayload(ProductInput)
      .addSuccess(Product, { status: 201 })
      .addError(Wire.BadRequest)
      .addError(Wire.Conflict)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Add a product to a catalog; its identifier must be new there")
  )
  .add(
    Endpoint.get("getProduct", "/catalogs/:catalog_id/products/:product_identifier")
      .setPath(ProductPath)
      .addSuccess(Product)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Show a product of a catalog")
  )
  .add(
    Endpoint.patch("updateProduct", "/catalogs/:catalog_id/products/:product_identifier")
      .setPath(ProductPath)
      .setPayload(ProductPatch)
      .addSuccess(Product)
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Change fields of a product")
  )
  .add(
    Endpoint.del("deleteProduct", "/catalogs/:catalog_id/products/:product_identifier")
      .setPath(ProductPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(Wire.NotFound)
      .annotate(OpenApi.Summary, "Remove a product from a catalog")
  )
  .add(
    Endpoint.post("ImportProducts", "/catalogs/:catalog_id/products/actions/import")
      .setPath(Schema.Struct(CatalogIdPath))
      .setPayload(ImportProductsRequest)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.PayloadTooLarge)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Import products into a catalog in the background, by identifier")
  )
  .add(
    Endpoint.post("createCart", "/:domain/carts")
      .setPath(DomainPath)
      .setPayload(CartInput)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Record a customer's cart on a connected site")
  )
  .add(
    Endpoint.post("CreateOrder", "/:domain/orders")
      .setPath(DomainPath)
      .setPayload(OrderInput)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.PayloadTooLarge)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Record a customer's order on a connected site")
  )
  .add(
    Endpoint.post("ImportOrdersBulk", "/lists/:list_id/orders")
      .setPath(Schema.Struct(ListIdPath))
      .setPayload(BulkOrders)
      .addSuccess(Accepted, { status: 202 })
      .addError(Wire.BadRequest)
      .addError(Wire.NotFound)
      .addError(Wire.UnprocessableEntity)
      .annotate(OpenApi.Summary, "Import past orders of a list's contacts in the background")
  )
