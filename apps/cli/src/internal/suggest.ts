/**
 * "Did you mean": the names closest to one mistyped, by edit distance, for errors and help.
 *
 * @internal
 */

/** The edit distance between two words (insertions, deletions, substitutions). */
export const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidates a mistyped word most likely meant: those within a third of its length in edits
 * (at least two), or that contain it or it contains, closest first, at most three.
 */
export const closest = (word: string, candidates: Iterable<string>): ReadonlyArray<string> => {
  const given = word.toLowerCase()
  const limit = Math.max(2, Math.floor(given.length / 3))
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, score: distance(given, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, score }) =>
        score <= limit || (given.length >= 3 && (candidate.includes(given) || given.includes(candidate)))
    )
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(({ candidate }) => candidate)
}

/** " Did you mean x?" or " Did you mean x or y?", or nothing. */
export const didYouMean = (word: string, candidates: Iterable<string>, prefix = ""): string => {
  const found = closest(word, candidates)
  if (found.length === 0) return ""
  const names = found.map((name) => `${prefix}${name}`)
  return ` Did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`}?`
}
