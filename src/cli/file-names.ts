/**
 * One file name per participant for agendas: `buyer-<id>` / `supplier-<id>` (ids are per side),
 * with characters a file system would not take replaced by `_`. When that loses information
 * (`A/B`, `A:B` and `A B` all become `A_B`) or two names differ only in case (macOS and Windows
 * would see one file), a short hash of the exact id is appended, so every participant gets a
 * file of its own on every file system.
 */
import { checksum } from '../rank/snapshot-format.js';

export function participantFileNames(participants: readonly { side: 'buyer' | 'supplier'; id: string }[]): string[] {
  const slugs = participants.map((p) => `${p.side}-${p.id.replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 80)}`);
  const exact = slugs.map((slug, i) => slug === `${participants[i]!.side}-${participants[i]!.id}`);
  const folded = new Map<string, number>();
  slugs.forEach((s, i) => exact[i] && folded.set(s.toLowerCase(), (folded.get(s.toLowerCase()) ?? 0) + 1));
  const names = slugs.map((slug, i) =>
    exact[i] && folded.get(slug.toLowerCase()) === 1
      ? slug
      : `${slug}~${checksum(`${participants[i]!.side}\u0000${participants[i]!.id}`)}`,
  );
  // A hash collision is astronomically rare, but "unique" is a promise: number any repeat.
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${name}~${k}`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}
