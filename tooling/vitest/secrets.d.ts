/** Every string reachable from a value, at any depth: own properties of every kind, prototypes, Map and Set entries. */
export declare const reachableStrings: (root: unknown, maxDepth?: number) => Array<string>
