/**
 * Text and attribute values made inert in HTML: every user-provided string (names, ids,
 * reasons, titles) goes through here, so a name like `<script>` is shown, never run.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
