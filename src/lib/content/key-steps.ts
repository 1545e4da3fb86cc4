/**
 * The first steps of a lesson as plain sentences, for a poster: each <Step>'s
 * first sentence with its Markdown marks removed.
 */
export function keySteps(body: string, count = 3): string[] {
  return [...body.matchAll(/<Step\b[^>]*>([\s\S]*?)<\/Step>/g)]
    .map((match) =>
      (match[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\*\*|__|`/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .slice(0, count)
    .map((text) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text);
}
