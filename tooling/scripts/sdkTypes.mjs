// The SDK's public types, written out in full: every operation's parameters and answer and every
// schema's type, as TypeScript's checker computes them from core's definition, printed as plain
// object types. The SDK's declarations then refer to nothing of core, Effect or @effect/platform:
// an application type-checks them without those packages, with any lib and `skipLibCheck` off.
import { join } from "node:path"
import ts from "typescript"

/** A compiler host that serves one file from memory and the rest from disk. */
const hostWith = (options, file, text) => {
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, text, language, true) : getSourceFile(name, language, ...rest)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (name) => name === file || fileExists(name)
  const readFile = host.readFile.bind(host)
  host.readFile = (name) => (name === file ? text : readFile(name))
  return host
}

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name)

/**
 * Prints a type as a plain TypeScript type: primitives, literals, unions, arrays, tuples, `Date`, and
 * objects with their properties (all `readonly`, as core's schemas make them). Anything else is an
 * error: the SDK's types must not refer to a type the SDK does not declare.
 */
const printer = (checker, where, sorted = false) => {
  const print = (type, depth) => {
    if (depth > 40) throw new Error("a type nests deeper than any of the API's")
    const flags = type.flags
    if (flags & ts.TypeFlags.String) return "string"
    if (flags & ts.TypeFlags.Number) return "number"
    if (flags & ts.TypeFlags.Boolean) return "boolean"
    if (flags & ts.TypeFlags.BigInt) return "bigint"
    if (flags & ts.TypeFlags.Undefined) return "undefined"
    if (flags & ts.TypeFlags.Null) return "null"
    if (flags & ts.TypeFlags.Void) return "void"
    if (flags & ts.TypeFlags.Unknown || flags & ts.TypeFlags.Any) return "unknown"
    if (flags & ts.TypeFlags.Never) return "never"
    if (flags & ts.TypeFlags.StringLiteral) return JSON.stringify(type.value)
    if (flags & ts.TypeFlags.NumberLiteral) return String(type.value)
    if (flags & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type)
    if (flags & ts.TypeFlags.Union) {
      const members = type.types
      const hasTrue = members.some(
        (member) => member.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(member) === "true"
      )
      const hasFalse = members.some(
        (member) => member.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(member) === "false"
      )
      const printed = []
      if (hasTrue && hasFalse) printed.push("boolean")
      for (const member of members) {
        if (hasTrue && hasFalse && member.flags & ts.TypeFlags.BooleanLiteral) continue
        const text = print(member, depth + 1)
        printed.push(member.flags & ts.TypeFlags.Intersection ? `(${text})` : text)
      }
      const distinct = [...new Set(printed)]
      return (sorted ? distinct.sort() : distinct).join(" | ")
    }
    if (flags & ts.TypeFlags.Intersection) {
      // `string & {}`: a string other than the documented literals, which keeps editor completion.
      const [primitive] = type.types.filter((member) => member.flags & ts.TypeFlags.String)
      if (primitive && type.types.length === 2) return "string & {}"
      return objectType(type, depth)
    }
    if (flags & ts.TypeFlags.Object) {
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        const args = checker.getTypeArguments(type)
        if (checker.isTupleType(type)) return `readonly [${args.map((arg) => print(arg, depth + 1)).join(", ")}]`
        return `ReadonlyArray<${print(args[0], depth + 1)}>`
      }
      const symbol = type.getSymbol()
      if (
        symbol?.getName() === "Date" &&
        symbol.declarations?.some((declaration) => declaration.getSourceFile().hasNoDefaultLib)
      ) {
        return "Date"
      }
      if (checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0) {
        throw new Error(`a function type in the API's types: ${checker.typeToString(type)}`)
      }
      return objectType(type, depth)
    }
    throw new Error(`a type the SDK cannot print: ${checker.typeToString(type)}`)
  }
  const objectType = (type, depth) => {
    const lines = []
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName()
      const optional = (property.getFlags() & ts.SymbolFlags.Optional) !== 0
      const propertyType = checker.getTypeOfSymbolAtLocation(property, where)
      lines.push(
        `readonly ${isIdentifier(name) ? name : JSON.stringify(name)}${optional ? "?" : ""}: ${print(propertyType, depth + 1)}`
      )
    }
    for (const info of checker.getIndexInfosOfType(type)) {
      lines.push(`readonly [key: ${print(info.keyType, depth + 1)}]: ${print(info.type, depth + 1)}`)
    }
    if (sorted) lines.sort()
    return lines.length === 0 ? "{}" : `{ ${lines.join("; ")} }`
  }
  return (type) => print(type, 0)
}

/**
 * The printed types of the probes, and for each its shape (the same with properties and union members
 * sorted, to tell two equal types apart from their order): `aliases` maps a probe alias name to the type expression to
 * compute, against core's declarations as resolved from `fromFolder` (the SDK's package folder).
 */
export const computeTypes = ({ fromFolder, imports, aliases }) => {
  const file = join(fromFolder, "__sdk_types_probe__.ts")
  const text = [
    ...imports,
    ...Object.entries(aliases).map(([name, expression]) => `export type ${name} = ${expression}`),
    ""
  ].join("\n")
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: []
  }
  const program = ts.createProgram({ rootNames: [file], options, host: hostWith(options, file, text) })
  const problems = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file?.fileName === file)
  if (problems.length > 0) {
    throw new Error(problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n")).join("\n"))
  }
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  const print = printer(checker, source)
  const canonical = printer(checker, source, true)
  const printed = {}
  const shapes = {}
  for (const statement of source.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue
    const type = checker.getTypeAtLocation(statement.name)
    printed[statement.name.text] = print(type)
    shapes[statement.name.text] = canonical(type)
  }
  return { printed, shapes }
}
