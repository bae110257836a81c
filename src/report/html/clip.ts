/** A long text cut to `max` characters (whole code points) with an ellipsis: reasons can run to a paragraph. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
